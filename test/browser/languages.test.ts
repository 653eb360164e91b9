import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, pageWithoutJavaScript, site } from '../setup/browser';

// The language switch as a reader uses it: it lands on the same section or page in the other
// language, never on the top of the home page, and it is a plain link that works without JavaScript.
// Reduced motion makes the browser's scrolls instant, so nothing here waits out a smooth scroll; where the
// switch leads does not depend on it.
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
  page = await browser.newPage();
});
afterAll(async () => browser?.dispose());

/** Waits until the section is on screen (the browser scrolls to a #fragment once the page has loaded). */
const sectionInView = async (p: Page, id: string) =>
  Boolean(
    await p.waitForFunction((target) => {
      const r = document.getElementById(target)?.getBoundingClientRect();
      return !!r && r.top < innerHeight && r.bottom > 0;
    }, id),
  );

/** Clicks a language switch once its script is running (it adds the section being read to the link). */
async function switchLanguage(p: Page, selector = '.lang-switch a') {
  await p.waitForFunction(() => customElements.get('lang-switch'));
  await p.locator(selector).click();
}

describe('the language switch', () => {
  it('from the section being read on /, lands on that section of /es/ and back', async () => {
    await page.goto(site('/#in-court'));
    await switchLanguage(page);
    await page.waitForURL(/\/es\/#in-court$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await sectionInView(page, 'in-court')).toBe(true);
    await page.goto(site('/es/#the-data'));
    await switchLanguage(page);
    await page.waitForURL(/\/#the-data$/);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await sectionInView(page, 'the-data')).toBe(true);
  });

  it('follows the section the contents mark as being read, from the switch under the contents on a wide screen', async () => {
    const wide = await browser.newPage();
    await wide.setViewportSize({ width: 1366, height: 900 });
    await wide.goto(site('/all/'));
    await wide.locator('#workforce h2').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await wide.waitForSelector('.toc a[aria-current][href="#workforce"]');
    // The contents stay in view while reading, so their switch needs no scrolling (the header's would).
    await switchLanguage(wide, '.toc .toc-lang a');
    await wide.waitForURL(/\/es\/all\/#workforce$/);
    await wide.close();
  });

  it('leads a share page to its twin', async () => {
    await page.goto(site('/s/the-law/'));
    await page.locator('.lang-switch a').click();
    await page.waitForURL(/\/es\/s\/the-law\/$/);
    expect(await page.locator('main h1').textContent()).toBe('La ley detrás del acuerdo');
  });

  it('works without JavaScript, as a plain link to the other edition', async () => {
    const plain = await pageWithoutJavaScript(browser);
    await plain.goto(site('/summary/'));
    expect(await plain.evaluate(() => !!customElements.get('lang-switch')), 'the switch’s script ran').toBe(false);
    await plain.locator('.lang-switch a').click();
    await plain.waitForURL(/\/es\/summary\/$/);
    expect(await plain.locator('html').getAttribute('lang')).toBe('es');
    await plain.close();
  });
});
