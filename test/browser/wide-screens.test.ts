import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';

// On screens from 1200 px, the charts that gain from room (the registry's `broad` ones) are drawn at 960 px
// and leave the 640 px text column; below that they stay in it. One page per such chart, both editions:
// the home (the court fight), a section beside the contents column in each language.
const PAGES = ['/', '/s/taxes-paid/', '/es/s/what-it-could-mean/'] as const;

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
  page = await browser.newPage();
});
afterAll(async () => browser?.dispose());

interface Shown {
  chart: string;
  /** Drawn width on screen, CSS px. */
  width: number;
  /** The smallest SVG text as rendered: its font size times the drawing's scale, CSS px. */
  text: number;
  left: number;
  right: number;
}

/** Each chart's drawing on show, how wide and with how large text; where the text column and the contents are; the page's sideways overflow. */
const measure = (p: Page) =>
  p.evaluate(() => {
    const charts = [...document.querySelectorAll<HTMLElement>('figure.chart')].map((fig): Shown => {
      const svg = [...fig.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getClientRects().length)!;
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return {
        chart: fig.dataset.chart!,
        width: box.width,
        text: Math.min(...sizes),
        left: box.left,
        right: box.right,
      };
    });
    const column = document.querySelector('.sections, .front-body')!.getBoundingClientRect();
    const toc = document.querySelector('.toc')?.getBoundingClientRect();
    return {
      charts,
      column: { left: column.left, right: column.right },
      tocRight: toc && toc.width ? toc.right : null,
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  });

async function at(width: number) {
  await page.setViewportSize({ width, height: 900 });
  const out: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const path of PAGES) {
    const res = await page.goto(site(path), { waitUntil: 'load' });
    expect(res?.status(), path).toBe(200);
    out[path] = await measure(page);
  }
  return out;
}

describe('charts on wide screens', () => {
  it('at 1366 px draws at least three charts at 800 px or more, their text at 12 px or more, clear of the contents and without sideways scroll', async () => {
    const pages = await at(1366);
    const wide = Object.values(pages).flatMap((m) => m.charts.filter((c) => c.width >= 800));
    expect(new Set(wide.map((c) => c.chart)).size, JSON.stringify(pages)).toBeGreaterThanOrEqual(3);
    for (const c of wide) expect(c.text, c.chart).toBeGreaterThanOrEqual(12);
    for (const [path, m] of Object.entries(pages)) {
      expect(m.overflow, path).toBeLessThanOrEqual(0);
      if (m.tocRight !== null)
        for (const c of m.charts) expect(c.left, `${path} ${c.chart}`).toBeGreaterThanOrEqual(m.tocRight);
    }
  });

  it('at 1200 px, the narrowest such screen, keeps the wide drawings’ text at 12 px or more without sideways scroll', async () => {
    const pages = await at(1200);
    for (const [path, m] of Object.entries(pages)) {
      expect(m.overflow, path).toBeLessThanOrEqual(0);
      for (const c of m.charts) expect(c.text, `${path} ${c.chart}`).toBeGreaterThanOrEqual(12);
    }
  });

  it('at 1024 px keeps every chart inside the text column, without sideways scroll', async () => {
    const pages = await at(1024);
    for (const [path, m] of Object.entries(pages)) {
      expect(m.overflow, path).toBeLessThanOrEqual(0);
      for (const c of m.charts) {
        expect(c.left, `${path} ${c.chart}`).toBeGreaterThanOrEqual(m.column.left - 0.5);
        expect(c.right, `${path} ${c.chart}`).toBeLessThanOrEqual(m.column.right + 0.5);
      }
    }
  });
});
