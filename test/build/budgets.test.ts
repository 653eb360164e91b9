import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { BUDGETS, pageWeight, sitePages } from '../bench/measure.mjs';
import { page } from '../setup/dist';
import { directives } from '../setup/csp';
import { cspHash } from '../../src/integrations/inline-front';
import { headersFor, parseHeaders } from '../../src/server/static-server.mjs';

// The deterministic half of the performance budget: bytes on the wire, measured from dist/ exactly as
// `npm run bench` prints them (test/bench/measure.mjs). Timings and Lighthouse scores live in the bench only.
// Requests to other origins are checked where a browser makes them (test/browser/every-page.test.ts on every
// page as it loads, test/browser/privacy.test.ts while a reader uses one page of each kind).
const pages = sitePages();
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const weights = pages.map((path) => pageWeight(path));

describe('the performance budget in bytes', () => {
  it('no page loads more than 10 kB of JavaScript (gzip), and none runs inline code but the front pages\u2019 copy of the site script', () => {
    expect(pages).toContain('/');
    const homes = ['/', '/es/'];
    const over = weights
      .filter((w) => (w.js.inline > 0 && !homes.includes(w.path)) || w.js.gzip > BUDGETS.jsGzip)
      .map((w) => `${w.path}: ${kB(w.js.gzip)} in ${w.js.files.join(', ')}; ${w.js.inline} bytes inline`);
    expect(over).toEqual([]);
  });

  it('the one stylesheet is at most 12 kB (gzip): every page links it, except the front pages, which carry their part of it inline', () => {
    // One file for the site (astro.config.mjs); / and /es/ hold in a <style> the rules that can apply to them
    // (src/integrations/front-css.ts).
    const homes = ['/', '/es/'];
    const others = weights.filter((w) => !homes.includes(w.path) && w.css.gzip > 0);
    const sheets = new Set(others.map((w) => w.css.files.join(' ')));
    expect([...sheets]).toHaveLength(1);
    expect(others.filter((w) => w.css.inline > 0).map((w) => w.path)).toEqual([]);
    const file = [...sheets][0]!;
    const css = readFileSync(`dist${file}`, 'utf8');
    // (That they link no stylesheet and carry their print rules: test/build/summary.test.ts.)
    for (const home of homes) {
      const inline = page(home)
        .querySelectorAll('style')
        .map((s) => s.textContent);
      expect(inline, home).toHaveLength(1);
      expect(inline[0]!.length, `${home} inlines part of the file`).toBeLessThan(css.length);
    }
    expect(gzipSync(css).length, `${file} = ${kB(gzipSync(css).length)}`).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  it.each(['/', '/es/'])(
    'the CSP of the front page %s allows its inline stylesheet and script by hash, in the page and in its headers, never by unsafe-inline',
    (home) => {
      const doc = page(home);
      const meta = directives(
        doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!,
      );
      const header = directives(
        headersFor(parseHeaders(readFileSync('dist/_headers', 'utf8')), home)['Content-Security-Policy']!,
      );
      const script = cspHash(doc.querySelector('script[type="module"]')!.textContent);
      expect(meta.get('style-src')).toContain(cspHash(doc.querySelector('style')!.textContent));
      expect(meta.get('script-src')).toContain(script);
      expect(header.get('script-src'), `${home}: one header policy, with the script's hash`).toEqual([
        "'self'",
        script,
      ]);
      expect(meta.get('style-src')).not.toContain("'unsafe-inline'");
      expect(meta.get('script-src')).not.toContain("'unsafe-inline'");
    },
  );

  it("each page runs the site's one script: every other page loads it as one file, first in <body>; the front pages carry the same code inline", () => {
    const many = weights.filter((w) => w.js.files.length > 1).map((w) => `${w.path}: ${w.js.files.join(', ')}`);
    expect(many).toEqual([]);
    const first = page('/s/in-court/').querySelector('body > script[type="module"][src]:first-child');
    expect(first, 'first in <body>').not.toBeNull();
    const file = readFileSync(`dist${first!.getAttribute('src')}`, 'utf8');
    for (const home of ['/', '/es/']) {
      expect(page(home).querySelectorAll('script[src]'), home).toHaveLength(0);
      expect(page(home).querySelector('script[type="module"]')!.textContent, home).toBe(file);
    }
  });

  it('the chart tooltip script (chart-tips.ts, part of the site script) is under 2 kB gzip on its own', () => {
    const built = buildSync({
      entryPoints: ['src/scripts/chart-tips.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
    });
    expect(gzipSync(built.outputFiles[0]!.contents).length).toBeLessThan(2048);
  });

  it.each(['/', '/es/'])('the front page %s is at most 25 kB brotli', (home) => {
    const w = pageWeight(home);
    expect(w.html.brotli, `${home} HTML = ${kB(w.html.raw)} raw, ${kB(w.html.brotli)} brotli`).toBeLessThanOrEqual(
      BUDGETS.homeHtmlBrotli,
    );
  });

  it.each([
    ['/all/', 'content/en/sections'],
    ['/es/all/', 'content/es/sections'],
  ])('the whole explainer on one page, %s, with every chart drawn inline, is at most 80 kB brotli', (all, dir) => {
    const charts = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .reduce((n, f) => n + (readFileSync(`${dir}/${f}`, 'utf8').match(/<Chart\s/g)?.length ?? 0), 0);
    expect(page(all).querySelectorAll('main figure svg').length, `inline chart SVGs on ${all}`).toBeGreaterThanOrEqual(
      charts,
    );
    const w = weights.find((x) => x.path === all)!;
    expect(w.html.brotli, `${all} HTML = ${kB(w.html.raw)} raw, ${kB(w.html.brotli)} brotli`).toBeLessThanOrEqual(
      BUDGETS.allHtmlBrotli,
    );
  });
});
