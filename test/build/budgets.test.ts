import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, pageWeight, sitePages } from '../bench/measure.mjs';
import { DIST, page } from '../setup/dist';

// The deterministic half of the performance budget: bytes on the wire, measured from dist/ exactly as
// `npm run bench` prints them (test/bench/measure.mjs). Timings and Lighthouse scores live in the bench only.
// Requests to other origins are checked where a browser makes them (test/browser/privacy.test.ts).
const pages = sitePages();
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const weights = pages.map((path) => pageWeight(path));

describe('the performance budget in bytes', () => {
  it('no page loads more than 10 kB of JavaScript (gzip), and none runs inline code', () => {
    expect(pages).toContain('/');
    const over = weights
      .filter((w) => w.js.inline > 0 || w.js.gzip > BUDGETS.jsGzip)
      .map((w) => `${w.path}: ${kB(w.js.gzip)} in ${w.js.files.join(', ')}; ${w.js.inline} bytes inline`);
    expect(over).toEqual([]);
  });

  it('the one stylesheet every page links is at most 12 kB (gzip)', () => {
    // Every page links the same file and inlines no <style> (astro.config.mjs), so it is weighed once.
    const sheets = new Set(weights.map((w) => w.css.files.join(' ')));
    expect([...sheets]).toHaveLength(1);
    expect(weights.filter((w) => w.css.inline > 0).map((w) => w.path)).toEqual([]);
    const css = weights[0]!.css;
    expect(css.gzip, `${css.files.join(', ')} = ${kB(css.gzip)}`).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  it('the chart island (the tooltip script) is under 2 kB gzip', () => {
    const chunks = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    const island = chunks.filter((f) => readFileSync(join(DIST, '_astro', f), 'utf8').includes('chart-tips'));
    expect(island.length).toBeGreaterThan(0);
    for (const f of island) expect(gzipSync(readFileSync(join(DIST, '_astro', f))).length, f).toBeLessThan(2048);
  });

  it.each(['/', '/es/'])('the front page %s is at most 25 kB brotli', (home) => {
    const w = pageWeight(home);
    expect(w.html.brotli, `${home} HTML = ${kB(w.html.raw)} raw, ${kB(w.html.brotli)} brotli`).toBeLessThanOrEqual(BUDGETS.homeHtmlBrotli);
  });

  it.each([['/all/', 'content/en/sections'], ['/es/all/', 'content/es/sections']])('the whole explainer on one page, %s, with every chart drawn inline, is at most 80 kB brotli', (all, dir) => {
    const charts = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .reduce((n, f) => n + (readFileSync(`${dir}/${f}`, 'utf8').match(/<Chart\s/g)?.length ?? 0), 0);
    expect(page(all).querySelectorAll('main figure svg').length, `inline chart SVGs on ${all}`).toBeGreaterThanOrEqual(charts);
    const w = weights.find((x) => x.path === all)!;
    expect(w.html.brotli, `${all} HTML = ${kB(w.html.raw)} raw, ${kB(w.html.brotli)} brotli`).toBeLessThanOrEqual(BUDGETS.allHtmlBrotli);
  });
});
