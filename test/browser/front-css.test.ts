import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';
import { page as built } from '../setup/dist';

// The front pages carry only the stylesheet rules that can apply to them (src/integrations/front-css.ts). A
// reader must see exactly what the whole stylesheet would show them: each front page is drawn as built and
// again with its <style> swapped for a link to the whole file, at phone and desktop widths, light and dark,
// as printed (print media at a Letter page's width), and with a note open, and the two drawings must be the
// same to the pixel.
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => browser?.dispose());

/** Screenshots of the page at each width and colour scheme, then of the screen with its first note open. */
async function look(page: Page, path: string): Promise<[string, Buffer][]> {
  await page.goto(site(path));
  await page.waitForFunction(() => document.documentElement.classList.contains('font-in'));
  await page.evaluate(() => document.fonts.ready);
  const shots: [string, Buffer][] = [];
  for (const width of [360, 1366]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 740 });
      await page.emulateMedia({ colorScheme });
      shots.push([
        `${width}-${colorScheme}`,
        await page.screenshot({ fullPage: true, type: 'jpeg', animations: 'disabled' }),
      ]);
    }
  }
  // Letter paper is 8.5 in wide: 816 CSS px.
  await page.setViewportSize({ width: 816, height: 740 });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  shots.push(['print', await page.screenshot({ fullPage: true, type: 'jpeg', animations: 'disabled' })]);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.locator('main a[data-footnote-ref]').first().click();
  await page.locator('.note-pop:popover-open').waitFor();
  // The note is placed twice (below as it opens, above once its height is known, if below does not fit):
  // draw it only when it has settled wholly on screen.
  await page.waitForFunction(() => {
    const box = document.querySelector('.note-pop:popover-open')!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  shots.push(['note-open', await page.screenshot({ type: 'jpeg', animations: 'disabled' })]);
  return shots;
}

describe('the front pages\u2019 inline stylesheet', () => {
  it.each(['/', '/es/'])('draws %s exactly as the whole stylesheet does', async (path) => {
    const asBuilt = await browser.newPage();
    const subset = await look(asBuilt, path);
    await asBuilt.close();
    // The one file every other page links.
    const href = built('/sources/').querySelector('link[rel="stylesheet"]')!.getAttribute('href');

    const whole = await browser.newPage();
    await whole.route(site(path), async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<style>[\s\S]*?<\/style>/,
        `<link rel="stylesheet" href="${href}">`,
      );
      await route.fulfill({ response, body: html });
    });
    const full = await look(whole, path);
    await whole.close();

    const differ = subset.flatMap(([name, shot], i) => {
      if (shot.equals(full[i]![1])) return [];
      const file = join(tmpdir(), `front-css${path.replace(/\//g, '-')}${name}`);
      writeFileSync(`${file}-inline.jpg`, shot);
      writeFileSync(`${file}-whole.jpg`, full[i]![1]);
      return [`${name} differs (${file}-inline.jpg, -whole.jpg)`];
    });
    expect(differ).toEqual([]);
  });
});
