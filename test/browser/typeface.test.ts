import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, site } from '../setup/browser';

// The site's face is its own: every page's headline is set in the font file this site serves (never
// another origin's, never a system fallback once it has loaded), and its arrival moves nothing. The file
// is fetched after the first paint (src/scripts/font-in.ts), which marks <html> with .font-in once it has it.
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => browser?.dispose());

const PAGES = [
  '/',
  '/es/',
  '/s/in-court/',
  '/es/s/the-law/',
  '/summary/',
  '/es/summary/',
  '/c/taxes-by-level/',
  '/updates/',
  '/sources/',
];

describe('the headline typeface', () => {
  it.each(PAGES)('%s sets its headline in Source Serif 4, loaded from this site', async (path) => {
    const page = await browser.newPage();
    await page.goto(site(path));
    await page.waitForFunction(() => document.documentElement.classList.contains('font-in'));
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      const h1 = document.querySelector('h1')!;
      const style = getComputedStyle(h1);
      const files = performance
        .getEntriesByType('resource')
        .filter((e) => /\.woff2$/.test(e.name))
        .map((e) => new URL(e.name));
      return {
        family: style.fontFamily.split(',')[0]!.replace(/["']/g, '').trim(),
        loaded: [...document.fonts].some(
          (f) => f.family.replace(/["']/g, '') === 'Source Serif 4' && f.status === 'loaded',
        ),
        usable: document.fonts.check(`${style.fontWeight} ${style.fontSize} "Source Serif 4"`, h1.textContent!),
        origins: [...new Set(files.map((u) => u.origin))],
        here: location.origin,
      };
    });
    expect(font.family).toBe('Source Serif 4');
    expect(font.loaded).toBe(true);
    expect(font.usable).toBe(true);
    expect(font.origins).toEqual([font.here]);
    await page.close();
  });

  it('moves nothing on the front page while it loads (no layout shift)', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site('/'));
    await page.waitForFunction(() => document.documentElement.classList.contains('font-in'));
    const shifts = await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return (window as unknown as { shifts: number }).shifts;
    });
    expect(shifts).toBe(0);
    await page.close();
  });
});
