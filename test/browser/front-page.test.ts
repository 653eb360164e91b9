import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';

// The first phone screen (360 × 640) of / and of every share page, as a reader sees it.
let browser: Awaited<ReturnType<typeof openBrowser>>;
let phone: Page;
const SCREEN = { width: 360, height: 640 };
const sectionIds = readdirSync('content/en/sections')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(`content/en/sections/${f}`, 'utf8'))![1]);

beforeAll(async () => {
  browser = await openBrowser({ viewport: SCREEN });
  phone = await browser.newPage();
});
afterAll(async () => browser?.dispose());

/** Where an element's box sits relative to the first screen (page not scrolled). */
const boxOf = (p: Page, selector: string) =>
  p.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height, inScreen: r.top >= 0 && r.bottom <= innerHeight && r.height > 0 };
  });

/**
 * The words of an element's text, grouped by the line they are drawn on; a line holding one short word
 * (under half the line's width) counts as an orphan, returned as 1. A long word alone, which could not
 * share its line ("indocumentados" at heading size), counts as a full line.
 */
const wordsPerLine = (p: Page, selector: string) =>
  p.locator(selector).first().evaluate((el) => {
    const lines = new Map<number, { n: number; width: number }>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const box = range.getClientRects()[0];
        const top = Math.round(box.top);
        const line = lines.get(top) ?? { n: 0, width: 0 };
        lines.set(top, { n: line.n + 1, width: line.width + box.width });
      }
    }
    const full = el.getBoundingClientRect().width;
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => (l.n === 1 && l.width >= full / 2 ? 2 : l.n));
  });

describe.each(['/', '/es/'])('the first phone screen of %s', (home) => {
  it('holds the whole headline and at least one key number', async () => {
    await phone.goto(site(home));
    expect(await boxOf(phone, 'main h1')).toMatchObject({ inScreen: true });
    const value = await boxOf(phone, '.key-number-value');
    expect(value, 'the first key number').toMatchObject({ inScreen: true });
    expect(await phone.locator('.key-number-value').first().textContent()).toMatch(/\d/);
  });

  it('shows the byline and the dates above the key numbers', async () => {
    await phone.goto(site(home));
    const dates = await boxOf(phone, '.hero .dates');
    expect(dates.inScreen).toBe(true);
    expect(dates.bottom).toBeLessThanOrEqual((await boxOf(phone, '.key-numbers')).top);
    expect(await boxOf(phone, '.hero .byline')).toMatchObject({ inScreen: true });
  });
});

describe.each(['/s/', '/es/s/'])('a share page under %s on a 360 px phone', (prefix) => {
  for (const id of sectionIds) {
    it(`${prefix}${id}/ sets its title in lines of more than one word and shows the link to the full explainer on the first screen`, async () => {
      await phone.goto(site(`${prefix}${id}/`));
      const lines = await wordsPerLine(phone, 'main h1');
      const words = lines.reduce((a, b) => a + b, 0);
      if (words > 1) expect(lines.filter((n) => n === 1).length, `words per line: ${lines.join(', ')}`).toBe(0);
      const link = phone.getByRole('link', { name: /full explainer|guía completa/i }).first();
      expect(await link.evaluate((a) => a.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
      expect(await link.isVisible()).toBe(true);
    });
  }
});

describe('note numbers', () => {
  it('never start a line on their own, at 360 and 390 px', async () => {
    for (const width of [360, 390]) {
      await phone.setViewportSize({ width, height: 640 });
      await phone.goto(site('/'));
      const alone = await phone.evaluate(() =>
        [...document.querySelectorAll('sup a[data-footnote-ref]')]
          .filter((a) => {
            // A number that starts a line sits at its block's left edge, under the previous line.
            const block = a.closest('p, li, td, dd, figcaption')!;
            const before = document.createRange();
            before.setStart(block, 0);
            before.setEndBefore(a.closest('sup')!);
            const last = [...before.getClientRects()].filter((r) => r.width > 0).pop();
            return last !== undefined && a.getBoundingClientRect().top > last.bottom - 2;
          })
          .map((a) => a.id),
      );
      expect(alone, `at ${width}px`).toEqual([]);
    }
    await phone.setViewportSize(SCREEN);
  });
});
