import { describe, expect, it } from 'vitest';
import {
  inlineStylesheet,
  preloadHeaders,
  scriptBeforeStyle,
  styleHash,
} from '../../src/integrations/inline-front-css';

// The front pages' stylesheet goes inline after the build; the page's CSP must still allow it (by hash).
const page = (
  links: string,
  csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-old=';">`,
) =>
  `<html><head>${csp}${links}</head><body><script type="module" src="/_astro/site.js"></script><p>x</p></body></html>`;
const css = 'p{color:red}';
const read = (href: string) => (href === '/_astro/style.css' ? css : '');

describe('inlining the front pages\u2019 stylesheet', () => {
  it('replaces the stylesheet link with a <style> and adds its hash to style-src, keeping the hashes already there', () => {
    const out = inlineStylesheet(page('<link rel="stylesheet" href="/_astro/style.css">'), read, '/');
    expect(out).toContain(`<style>${css}</style>`);
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).toContain(`style-src 'self' 'sha256-old=' ${styleHash(css)};`);
    expect(out).toContain("script-src 'self';");
  });

  it('refuses a page with no stylesheet link, or two, naming the page', () => {
    expect(() => inlineStylesheet(page(''), read, '/es/')).toThrow(
      /\/es\/: expected one <link rel="stylesheet">.*found 0/,
    );
    const two = '<link rel="stylesheet" href="/_astro/style.css"><link rel="stylesheet" href="/_astro/style.css">';
    expect(() => inlineStylesheet(page(two), read, '/')).toThrow(/found 2/);
  });

  it('refuses a page whose CSP could not carry the hash (no CSP <meta>, or one without style-src)', () => {
    const link = '<link rel="stylesheet" href="/_astro/style.css">';
    expect(() => inlineStylesheet(page(link, ''), read, '/')).toThrow(
      /\/: no <meta http-equiv="content-security-policy">/,
    );
    expect(() =>
      inlineStylesheet(
        page(link, `<meta http-equiv="content-security-policy" content="default-src 'self';">`),
        read,
        '/',
      ),
    ).toThrow(/no style-src/);
  });

  it('refuses a stylesheet that would close the <style> early', () => {
    const link = '<link rel="stylesheet" href="/_astro/style.css">';
    expect(() => inlineStylesheet(page(link), () => 'a{}</style><script>', '/')).toThrow(/"<\/style"/);
  });

  it('moves the page\u2019s script up to just before the inline stylesheet, after the CSP <meta>', () => {
    const out = scriptBeforeStyle(
      inlineStylesheet(page('<link rel="stylesheet" href="/_astro/style.css">'), read, '/'),
      '/',
    );
    expect(out).toMatch(
      /<meta http-equiv="content-security-policy"[^>]*><script type="module" src="\/_astro\/site.js"><\/script><style>/,
    );
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(() => scriptBeforeStyle('<head><style></style></head>', '/')).toThrow(/\/: no <script type="module" src>/);
  });
});

describe('naming the front pages\u2019 script in their response headers', () => {
  it('writes one _headers block per page with a Link: rel=modulepreload to its script, read back as the server reads it', async () => {
    const { parseHeaders, headersFor } = await import('../../src/server/static-server.mjs');
    const text = preloadHeaders([
      { page: '/', src: '/_astro/site.js' },
      { page: '/es/', src: '/_astro/site.js' },
    ]);
    const rules = parseHeaders(`/*\n  X-Content-Type-Options: nosniff\n${text}`);
    expect(headersFor(rules, '/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      Link: '</_astro/site.js>; rel=modulepreload',
    });
    expect(headersFor(rules, '/es/').Link).toBe('</_astro/site.js>; rel=modulepreload');
    expect(headersFor(rules, '/s/in-court/').Link).toBeUndefined();
  });
});
