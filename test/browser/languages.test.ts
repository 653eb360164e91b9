import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';

// The language switch as a reader uses it: it lands on the same section or page in the other
// language, never on the top of the home page, and it is a plain link that works without JavaScript.
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 360, height: 740 } });
  page = await browser.newPage();
});
afterAll(async () => browser?.dispose());

const sectionInView = (p: Page, id: string) =>
  p.locator(`#${id}`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });

describe('the language switch', () => {
  it('from the section being read on /, lands on that section of /es/ and back', async () => {
    await page.goto(site('/#in-court'));
    await page.locator('.lang-switch a').click();
    await page.waitForURL(/\/es\/#in-court$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await sectionInView(page, 'in-court')).toBe(true);
    await page.goto(site('/es/#the-data'));
    await page.locator('.lang-switch a').click();
    await page.waitForURL(/\/#the-data$/);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await sectionInView(page, 'the-data')).toBe(true);
  });

  it('follows the section the contents marks as being read on a wide screen', async () => {
    const wide = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await wide.goto(site('/'));
    await wide.locator('#workforce h2').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await wide.waitForSelector('.toc a[aria-current][href="#workforce"]');
    await wide.locator('.lang-switch a').click();
    await wide.waitForURL(/\/es\/#workforce$/);
    await wide.close();
  });

  it('leads a share page to its twin', async () => {
    await page.goto(site('/s/the-law/'));
    await page.locator('.lang-switch a').click();
    await page.waitForURL(/\/es\/s\/the-law\/$/);
    expect(await page.locator('main h1').textContent()).toBe('La ley detrás del acuerdo');
  });

  it('works without JavaScript, as a plain link to the other edition', async () => {
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(site('/summary/'));
    await plain.locator('.lang-switch a').click();
    await plain.waitForURL(/\/es\/summary\/$/);
    expect(await plain.locator('html').getAttribute('lang')).toBe('es');
    await plain.close();
  });
});
