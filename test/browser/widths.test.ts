import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';
import { sitePages } from '../bench/measure.mjs';

// Every built page of both editions on the phone widths readers hold (320 px: small phones and 400 %
// zoom on a 1280 px screen; 360, 390, 412: the common Android and iPhone widths): nothing scrolls
// sideways. One load per page; the other widths are the same page resized, as turning a phone does.
const pages = sitePages();
const WIDTHS = [320, 360, 390, 412] as const;

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: WIDTHS[0], height: 700 }, reducedMotion: 'reduce' });
  page = await browser.newPage();
});
afterAll(async () => browser?.dispose());

/** How far the page is wider than the window at each width, and the widest element that sticks out. */
async function overflowAt(p: Page) {
  const out: Record<number, string> = {};
  for (const width of WIDTHS) {
    await p.setViewportSize({ width, height: 700 });
    const over = await p.evaluate(() => {
      const excess = document.documentElement.scrollWidth - innerWidth;
      if (excess <= 0) return null;
      // Name the innermost element whose right edge passes the window, so a failure says where to look.
      const culprit = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && !el.querySelector('*:not(svg *)'))
        .map(
          (el) =>
            `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
        )[0];
      return `${document.documentElement.scrollWidth} px wide (${culprit ?? 'no single element'})`;
    });
    if (over) out[width] = over;
  }
  return out;
}

describe('every page on a phone', () => {
  it('covers both editions’ home pages and every other built page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/es/', '/summary/', '/es/summary/']));
  });

  it.each(pages)(`%s does not scroll sideways at ${WIDTHS.join(', ')} px wide`, async (path) => {
    await page.setViewportSize({ width: WIDTHS[0], height: 700 });
    const res = await page.goto(site(path), { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(await overflowAt(page)).toEqual({});
  });
});
