import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, pageWeight as measure, sitePages } from '../bench/measure.mjs';
import { DIST, page } from '../setup/dist';

// The deterministic half of the performance budget: bytes on the wire, measured from dist/ exactly as
// `npm run bench` prints them (test/bench/measure.mjs). Timings and Lighthouse scores live in the bench only.
/** The section files the home page is built from. */
const pages = sitePages();
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const weights = new Map<string, ReturnType<typeof measure>>();
const pageWeight = (path: string) => {
  if (!weights.has(path)) weights.set(path, measure(path));
  return weights.get(path)!;
};

describe('the performance budget in bytes', () => {
  it('covers the home page and every other built page', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it.each(pages)('%s loads at most 10 kB of JavaScript (gzip), all of it from files on this site', (path) => {
    const w = pageWeight(path);
    expect(w.js.inline, 'inline executable <script> bytes').toBe(0);
    expect(w.js.gzip, `${path} JS: ${w.js.files.join(', ')} = ${kB(w.js.gzip)}`).toBeLessThanOrEqual(BUDGETS.jsGzip);
  });

  it.each(pages)('%s uses at most 12 kB of CSS (gzip, inline <style> included)', (path) => {
    const w = pageWeight(path);
    expect(w.css.gzip, `${path} CSS = ${kB(w.css.gzip)}`).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  it.each(pages)('%s loads nothing from another origin', (path) => {
    expect(pageWeight(path).external).toEqual([]);
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
    const w = pageWeight(all);
    expect(w.html.brotli, `${all} HTML = ${kB(w.html.raw)} raw, ${kB(w.html.brotli)} brotli`).toBeLessThanOrEqual(BUDGETS.allHtmlBrotli);
  });

});
