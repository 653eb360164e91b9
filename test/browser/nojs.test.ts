import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site, topOnScreen } from '../setup/browser';
import { sitePages } from '../bench/measure.mjs';

// A reader with JavaScript switched off (or a crawler, or a reader-mode view) gets the whole explainer:
// every paragraph, every chart as a visible SVG, the footnotes, the share links and the summary.
const pages = sitePages();

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({ javaScriptEnabled: false });
  page = await browser.newPage();
});
afterAll(async () => browser?.dispose());

/**
 * What a reader without scripts gets from the page, read in one pass in it. Text blocks in <main> that a reader
 * could not see: closed <details>, popovers and the visually-hidden text for screen readers are hidden on
 * purpose, and so is anything marked hidden until a script can make it work, and the phone-only "Back to
 * contents" links (wide screens keep the contents in view beside the text). Which elements of a kind show.
 */
const read = () => {
  const shown = (selector: string) =>
    [...document.querySelectorAll(selector)].map((el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility === 'visible' && Number(s.opacity) > 0;
    });
  const onPurpose =
    'details:not([open]) > :not(summary), [popover], [hidden], .visually-hidden, template, noscript, .to-contents';
  const hidden = [
    ...document.querySelectorAll<HTMLElement>(
      'main :is(h1, h2, h3, h4, p, li, dt, dd, blockquote, figcaption, th, td, time)',
    ),
  ]
    .filter((el) => (el.textContent ?? '').trim() && !el.closest(onPurpose))
    .filter((el) => {
      const s = getComputedStyle(el);
      return el.getClientRects().length === 0 || s.visibility !== 'visible' || Number(s.opacity) === 0;
    })
    .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
  const refs = [...document.querySelectorAll('main a[data-footnote-ref]')].map((a) => a.getAttribute('href')!.slice(1));
  return {
    mains: document.querySelectorAll('main').length,
    text: (document.querySelector('main') as HTMLElement | null)?.innerText.trim().length ?? 0,
    hidden,
    buttons: shown('button'),
    shareLinks: shown('.share a[href]'),
    shareButtons: shown('.share button'),
    charts: document.querySelectorAll('figure.chart').length,
    drawings: shown('figure.chart svg'),
    captions: shown('figure.chart figcaption'),
    refs: refs.length,
    notFolded: refs.filter(
      (id) => !document.getElementById(decodeURIComponent(id))?.closest('details.notes-block > ol'),
    ),
  };
};

/** Polls that wait on the browser's own scrolling and layout: a loaded 2-core machine can take over a second. */
const SLOW = { timeout: 5000 };

describe('reading without JavaScript', () => {
  it('really has JavaScript off: the page’s custom elements never get defined', async () => {
    await page.goto(site('/all/'));
    expect(await page.locator('script[type="module"][src]').count()).toBeGreaterThan(0);
    expect(await page.locator('toc-spy').count()).toBe(1);
    expect(await page.locator('toc-spy:defined').count()).toBe(0);
  });

  // One visit per page for what a reader without scripts must get from it.
  it.each(pages)(
    '%s shows all of its text, every chart as a visible SVG with its source line, every note folded under "Notes (n)", and a section page its share links as plain links',
    async (path) => {
      const res = await page.goto(site(path));
      expect(res?.status()).toBe(200);
      const seen = await page.evaluate(read);
      expect(seen.mains, 'one <main>').toBe(1);
      if (/^(\/es)?\/s\//.test(path)) {
        expect(seen.shareLinks.length, `${path} share links`).toBeGreaterThanOrEqual(3);
        expect(seen.shareLinks.every(Boolean), `${path} share links visible`).toBe(true);
        // Controls that need a script stay out of the way instead of doing nothing.
        expect(seen.shareButtons.filter(Boolean), `${path} visible buttons that need JavaScript`).toEqual([]);
      }
      expect(seen.text).toBeGreaterThan(path === '/404.html' ? 100 : 400);
      expect(seen.hidden, 'text a reader cannot see').toEqual([]);

      const n = seen.charts;
      // Each chart holds a narrow and a wide layout; CSS shows the one that fits the column.
      expect(seen.drawings.filter(Boolean).length, 'one layout of each chart is shown').toBe(n);
      expect(seen.captions, 'each chart’s source line').toEqual(Array.from({ length: n }, () => true));
      if (path === '/') expect(n, 'the home page has the charts').toBeGreaterThan(0);

      expect(seen.notFolded, 'footnotes missing from the page or outside a notes fold').toEqual([]);
      if (path.startsWith('/s/') || path === '/') expect(seen.refs).toBeGreaterThan(0);
      const summaries = page.locator('main .notes-summary');
      if (!(await summaries.count())) return;
      const fold = page.locator('main details.notes-block').first();
      const note = fold.locator('li[id]').first();
      expect(await note.isVisible()).toBe(false);
      await summaries.first().click();
      await expect.poll(() => note.isVisible()).toBe(true);
    },
  );

  it('a note number leads to its note, opening the folded list on the way', async () => {
    await page.goto(site('/all/'));
    const ref = page.locator('#taxes-paid a[data-footnote-ref]').nth(1);
    const noteId = (await ref.getAttribute('href'))!.slice(1);
    const note = page.locator(`[id="${noteId}"]`);
    expect(await note.isVisible()).toBe(false);
    await ref.click();
    await expect.poll(() => page.evaluate(() => location.hash), SLOW).toBe(`#${noteId}`);
    await expect.poll(() => note.isVisible(), SLOW).toBe(true);
    await expect.poll(() => topOnScreen(note), SLOW).toBe(true);
    // Its back link returns to the sentence.
    const refId = (await ref.getAttribute('id'))!;
    await note.locator(`a[data-footnote-backref][href="#${refId}"]`).click();
    await expect
      .poll(
        () =>
          ref.evaluate((a) => {
            const r = a.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        SLOW,
      )
      .toBe(true);
  });

  it('a glossary term shows its definition in the text, whole and on screen', async () => {
    await page.goto(site('/s/the-law/'));
    const term = page.locator('a.term').first();
    await term.click();
    const def = page.locator(`#${(await term.getAttribute('href'))!.slice(1)}`);
    await expect.poll(() => def.isVisible()).toBe(true);
    const box = (await def.boundingBox())!;
    const view = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(view.width);
    expect(box.y + box.height).toBeLessThanOrEqual(view.height);
    expect(await def.innerText()).toMatch(/\w+: \w+/);
  });

  it('has section pages to check for share links', () => {
    expect(
      pages.filter((p) => p.startsWith('/s/') || p.startsWith('/es/s/')).length,
      'pages under /s/',
    ).toBeGreaterThan(0);
  });

  it('the one-page summary is readable and shows no print button that cannot work', async () => {
    const res = await page.goto(site('/summary/'));
    expect(res?.status()).toBe(200);
    const seen = await page.evaluate(read);
    expect(seen.text).toBeGreaterThan(800);
    expect(seen.hidden).toEqual([]);
    expect(seen.buttons.filter(Boolean)).toEqual([]);
  });
});
