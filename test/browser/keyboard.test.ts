import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';

// A reader with only a keyboard: Tab, Shift+Tab, Enter and the arrow keys, never the mouse and never a
// programmatic focus(). Every control must be reachable, show where focus is, and do its job. What every page
// must get right for a keyboard reader (focus outlines, Tab order, reduced motion) is checked page by page in
// test/browser/every-page.test.ts.
const MAX_TABS = 2000;

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site('/')).origin });
  page = await browser.newPage();
  // Whether the page is scrolling, from the browser's own scroll and scrollend events (see settle()).
  await page.addInitScript(() => {
    const w = window as unknown as { __scrolling: boolean };
    w.__scrolling = false;
    document.addEventListener('scroll', () => (w.__scrolling = true), { passive: true });
    document.addEventListener('scrollend', () => (w.__scrolling = false));
  });
  // The print dialog is the browser's, not the page's: record the call instead of opening it.
  await page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed += 1;
    };
  });
});
afterAll(async () => browser?.dispose());

/** What has focus now, described well enough to assert on. */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      href: el.getAttribute('href'),
      id: el.id,
      cls: el.getAttribute('class') ?? '',
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
      visible: rect.width > 0 && rect.height > 0,
    };
  });

/**
 * Waits until the page has stopped scrolling. The site scrolls smoothly, and Chromium drops a fragment jump
 * that starts while an earlier smooth scroll is still running; a person pauses to read before pressing Enter.
 */
const settle = async (p: Page) => {
  // A scroll that has begun dispatches its scroll event before the next frame's callbacks; after two
  // frames, __scrolling is true for any scroll under way and false again once its scrollend arrives.
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await p.waitForFunction(() => !(window as unknown as { __scrolling: boolean }).__scrolling, null, {
    timeout: 10_000,
  });
};

/** Presses Tab until `match` holds for the focused element (in the page); fails after `max` presses. */
async function tabUntil(p: Page, what: string, match: string, max = MAX_TABS) {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((m) => !!document.activeElement?.matches(m), match)) {
      await settle(p);
      return focused(p);
    }
  }
  throw new Error(`Tab never reached ${what} (${match}) within ${max} presses`);
}

const hash = (p: Page) => p.evaluate(() => decodeURIComponent(location.hash));
const inView = (p: Page, id: string) =>
  p.evaluate((i) => {
    const r = document.getElementById(i)?.getBoundingClientRect();
    return !!r && r.bottom > 0 && r.top < innerHeight;
  }, id);

describe('keyboard-only reading', () => {
  it('walks from the skip link through the contents, a footnote and back, a chart and a share control', async () => {
    await page.goto(site('/all/'));
    // 1. The skip link is the first stop and moves focus to the main content.
    const skip = await tabUntil(page, 'the skip link', 'a.skip-link', 1);
    expect(skip?.text).toBe('Skip to content');
    expect(skip?.visible && (skip.outline || skip.shadow)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    // 2. The contents, inside the main content, come next: reach the link of the first section that has a
    // chart, and follow it.
    const sectionId = await page.evaluate(() => document.querySelector('main section.section:has(figure.chart)')?.id);
    expect(sectionId, 'a section with a chart').toBeTruthy();
    const toc = await tabUntil(page, `the contents link to #${sectionId}`, `nav.toc a[href="#${sectionId}"]`);
    expect(toc?.focusVisible && (toc.outline || toc.shadow)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page), { timeout: 5000 }).toBe(`#${sectionId}`);
    await expect.poll(() => inView(page, sectionId!), { timeout: 5000 }).toBe(true);
    await settle(page);

    // 3. The next Tab stays in that section; its first footnote reference shows the note beside it...
    const ref = await tabUntil(page, 'a footnote reference', `#${sectionId} a[data-footnote-ref]`, 200);
    const noteId = decodeURIComponent(ref!.href!.slice(1));
    const refId = ref!.id;
    await expect.poll(() => inView(page, refId), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('.note-pop:popover-open')))
      .toBe(true);
    // ...Escape closes it and puts focus back on the number...
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(refId);
    // ...and, opened again, its last link leads to the note in the section's (folded) list of notes...
    await page.keyboard.press('Enter');
    const toList = await tabUntil(page, 'the preview’s link to the list of notes', '.note-pop a.note-pop-all', 10);
    expect(toList?.focusVisible && (toList.outline || toList.shadow)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page), { timeout: 5000 }).toBe(`#${noteId}`);
    await expect.poll(() => inView(page, noteId), { timeout: 5000 }).toBe(true);
    await settle(page);
    // ...whose back link is a few Tabs away and returns to the same reference.
    const back = await tabUntil(page, 'the footnote back link', `[id="${noteId}"] a[data-footnote-backref]`, 10);
    expect(back?.focusVisible && (back.outline || back.shadow)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page), { timeout: 5000 }).toBe(`#${refId}`);
    await expect.poll(() => inView(page, refId), { timeout: 5000 }).toBe(true);
    await settle(page);

    // 4. A chart takes focus and answers the arrow keys with the values it shows.
    const chart = await tabUntil(page, 'a chart', `#${sectionId} figure.chart [tabindex="0"]`, 300);
    expect(chart?.focusVisible && (chart.outline || chart.shadow)).toBe(true);
    const spoken = () =>
      page.evaluate(() => {
        const fig = document.activeElement?.closest('figure');
        const live = [...(fig?.querySelectorAll('[aria-live], [role="tooltip"]:not([hidden])') ?? [])];
        return live
          .map((n) => n.textContent?.trim())
          .filter(Boolean)
          .join(' | ');
      });
    await page.keyboard.press('ArrowRight');
    await expect.poll(spoken).not.toBe('');
    const first = await spoken();
    await page.keyboard.press('ArrowRight');
    await expect.poll(spoken).not.toBe(first);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(spoken).toBe(first);

    // 5. The section's share control: "Copy link" by keyboard, and the page says what happened.
    const share = await tabUntil(
      page,
      'the share control',
      `#${sectionId} .share button:not([hidden]), #${sectionId} .share a`,
      100,
    );
    expect(share?.focusVisible && (share.outline || share.shadow)).toBe(true);
    expect(share?.text).toBeTruthy();
    if (share?.tag === 'button') {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`#${sectionId} .share [role="status"]`).textContent()).toMatch(/\w/);
    }
  });

  it('the summary’s print button is reached with Tab and prints with Enter', async () => {
    await page.goto(site('/summary/'));
    let button = await tabUntil(page, 'a button', 'button', 200);
    for (let i = 0; i < 20 && !/print/i.test(button?.text ?? ''); i++)
      button = await tabUntil(page, 'the print button', 'button', 200);
    expect(button?.text).toMatch(/print/i);
    expect(button?.focusVisible && (button.outline || button.shadow)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  });
});
