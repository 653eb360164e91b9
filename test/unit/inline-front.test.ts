import { describe, expect, it } from 'vitest';
import { cspHash, inlineScript, inlineStylesheet, scriptHashHeaders } from '../../src/integrations/inline-front';

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
    expect(out).toContain(`style-src 'self' 'sha256-old=' ${cspHash(css)};`);
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

  it('inlines the page\u2019s one module script at the end of the body, after the page it enhances, and adds its hash to script-src, keeping the hashes already there', () => {
    const js = 'customElements.define(`x-y`, class extends HTMLElement {});';
    const { html, hash } = inlineScript(page(''), () => js, '/');
    expect(hash).toBe(cspHash(js));
    expect(html).toContain(`<body><p>x</p><script type="module">${js}</script></body>`);
    expect(html).not.toContain('src="/_astro/site.js"');
    expect(html).toContain(`script-src 'self' ${hash};`);
  });

  it('refuses a script it cannot inline whole: none or two, one that imports another file, one that would close the tag', () => {
    expect(() => inlineScript('<body></body>', () => '', '/es/')).toThrow(
      /\/es\/: expected one <script type="module" src>.*found 0/,
    );
    expect(() => inlineScript(page(''), () => 'import{a}from"./b.js";a()', '/')).toThrow(/imports or exports/);
    expect(() => inlineScript(page(''), () => 'x=1;export{x}', '/')).toThrow(/imports or exports/);
    expect(() => inlineScript(page(''), () => 'let s="</script>"', '/')).toThrow(/"<\/script"/);
    expect(inlineScript(page(''), () => 'document.importNode(a);x.exports=1', '/').html).toContain('importNode');
    const noBody = page('').replace('</body>', '');
    expect(() => inlineScript(noBody, () => '', '/')).toThrow(/\/: not exactly one <\/body>/);
  });
});

describe('the front pages\u2019 header policy', () => {
  it('writes one _headers block per page that replaces the site policy with one allowing the script by its hash, read back as the server reads it', async () => {
    const { parseHeaders, headersFor } = await import('../../src/server/static-server.mjs');
    const site =
      "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'\n  X-Content-Type-Options: nosniff\n";
    const text = scriptHashHeaders(site, [
      { page: '/', hash: "'sha256-a='" },
      { page: '/es/', hash: "'sha256-b='" },
    ]);
    const rules = parseHeaders(site + text);
    expect(headersFor(rules, '/')).toEqual({
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-a='; object-src 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
    expect(headersFor(rules, '/es/')['Content-Security-Policy']).toContain("script-src 'self' 'sha256-b=';");
    expect(headersFor(rules, '/s/in-court/')['Content-Security-Policy']).toContain("script-src 'self';");
    expect(() => scriptHashHeaders('/*\n  X-Frame-Options: DENY\n', [{ page: '/', hash: "'sha256-a='" }])).toThrow(
      /no Content-Security-Policy with a script-src for \//,
    );
  });
});
