import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site, topOnScreen } from '../setup/browser';

// Notes out of the reading path, as a phone reader meets them: folded per section, one tap on a
// number shows that note beside it, and the full list and the way back stay one link away.
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ hasTouch: true, viewport: { width: 360, height: 740 } });
});
afterAll(async () => browser?.dispose());

const preview = (p: Page) => p.locator('.note-pop');
const distance = async (p: Page, selector: string, other: string) =>
  p.evaluate(
    ([a, b]) => {
      const r = document.querySelector(a)!.getBoundingClientRect();
      const s = document.querySelector(b)!.getBoundingClientRect();
      return Math.min(Math.abs(s.top - r.bottom), Math.abs(r.top - s.bottom));
    },
    [selector, other],
  );

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const x = Number(v) / 255;
        return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('notes on a 360 px phone', () => {
  it('the whole explainer on one page is at most 84,000 px tall, with every note in its HTML', async () => {
    const page = await browser.newPage();
    await page.goto(site('/all/'));
    const { height, refs, missing } = await page.evaluate(() => {
      const targets = [...document.querySelectorAll('a[data-footnote-ref]')].map((a) =>
        a.getAttribute('href')!.slice(1),
      );
      return {
        height: document.documentElement.scrollHeight,
        refs: targets.length,
        missing: targets.filter((id) => !document.getElementById(id)?.closest('.footnotes details')),
      };
    });
    expect(refs).toBeGreaterThan(100);
    expect(missing).toEqual([]);
    // 70,000 px before the chart reuse kit (about 160 px under each of the eight charts at 360 px); /all/ also
    // holds the timeline, the questions and Sources and methods in full (the old home page showed them as briefs),
    // and since December 7 the court-fight chart, whose phone drawing runs down about two screens.
    expect(height).toBeLessThanOrEqual(84_000);
    await page.close();
  });

  it('a tap on a note number shows that note beside it; Escape closes it and focus returns to the number', async () => {
    const page = await browser.newPage();
    await page.goto(site('/s/the-agreement/'));
    const ref = page.locator('a[data-footnote-ref]').nth(3);
    const refId = (await ref.getAttribute('id'))!;
    const noteId = (await ref.getAttribute('href'))!.slice(1);
    const noteText = (
      await page.locator(`[id="${noteId}"]`).evaluate((li) => {
        const copy = li.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
        return copy.textContent!;
      })
    )
      .replace(/\s+/g, ' ')
      .trim();
    await ref.tap();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect((await preview(page).innerText()).replace(/\s+/g, ' ')).toContain(noteText);
    expect(await page.evaluate(() => location.hash)).toBe(''); // the page stays where the reader was
    expect(await page.locator(`[id="${noteId}"]`).isVisible()).toBe(false); // the list stays folded
    await expect.poll(() => distance(page, `[id="${refId}"]`, '.note-pop')).toBeLessThanOrEqual(8);
    const box = (await preview(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await preview(page).evaluate((p) => p.contains(document.activeElement))).toBe(true);
    expect(await preview(page).getAttribute('aria-label')).toMatch(/^Note \d+$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(refId);
    await page.close();
  });

  it('from the preview, the full list opens at that note, and the note’s back link returns to the sentence', async () => {
    const page = await browser.newPage();
    await page.goto(site('/all/'));
    const ref = page.locator('#the-law a[data-footnote-ref]').nth(2);
    const refId = (await ref.getAttribute('id'))!;
    const noteId = (await ref.getAttribute('href'))!.slice(1);
    await ref.scrollIntoViewIfNeeded();
    await ref.tap();
    await preview(page).getByRole('link', { name: 'Show in the list of notes' }).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${noteId}`);
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await page.locator('#the-law details.notes-block').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      true,
    );
    const note = page.locator(`[id="${noteId}"]`);
    // The page scrolls smoothly to the note, a long way down /, so allow it the time it takes.
    await expect.poll(() => topOnScreen(note), { timeout: 5000 }).toBe(true);
    await note.locator(`a[data-footnote-backref][href="#${refId}"]`).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${refId}`);
    await expect
      .poll(() =>
        ref.evaluate((a) => {
          const r = a.getBoundingClientRect();
          return r.top > 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    await page.close();
  });

  it('an address that ends in a note’s id opens the folded notes at that note', async () => {
    const page = await browser.newPage();
    await page.goto(site('/all/'));
    const noteId = (await page.locator('#in-court .footnotes li[id]').nth(4).getAttribute('id'))!;
    const fresh = await browser.newPage();
    // Shared when the sections were on /: the front page sends a note's id on to /all/.
    await fresh.goto(site(`/#${noteId}`));
    await fresh.waitForURL(new RegExp(`/all/#${noteId}$`));
    const note = fresh.locator(`[id="${noteId}"]`);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await fresh.locator('#in-court details.notes-block').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      true,
    );
    // The page scrolls smoothly to the note, a long way down /, so allow it the time it takes.
    await expect.poll(() => topOnScreen(note), { timeout: 5000 }).toBe(true);
    await page.close();
    await fresh.close();
  });

  it('a summary tap opens and closes a section’s notes', async () => {
    const page = await browser.newPage();
    await page.goto(site('/s/the-data/'));
    const summary = page.locator('.notes-summary');
    expect((await summary.textContent())!.trim()).toMatch(/^Notes \(\d+\)$/);
    const first = page.locator('.footnotes li').first();
    expect(await first.isVisible()).toBe(false);
    await summary.tap();
    await expect.poll(() => first.isVisible()).toBe(true);
    await summary.tap();
    await expect.poll(() => first.isVisible()).toBe(false);
    await page.close();
  });
});

describe('glossary terms', () => {
  it('are inline links that wrap like words, and the punctuation after a term never starts a line', async () => {
    const page = await browser.newPage();
    await page.goto(site('/all/'));
    const found = await page.evaluate(() => {
      const terms = [...document.querySelectorAll<HTMLElement>('main a.term')];
      const notInline = terms.filter((t) => getComputedStyle(t).display !== 'inline').length;
      // Squeeze the first multi-word term's paragraph narrower than the term: it must break inside the term.
      const long = terms.find((t) => t.textContent!.trim().includes(' '))!;
      const para = long.closest('p, li') as HTMLElement;
      para.style.width = `${long.getBoundingClientRect().width / 2}px`;
      const lines = long.getClientRects().length;
      para.style.width = '';
      // Punctuation right after a term stays on the term's last line (360 px, as laid out).
      const orphaned = terms.flatMap((t) => {
        const next = t.nextElementSibling?.classList.contains('term-def')
          ? t.nextElementSibling.nextSibling
          : t.nextSibling;
        if (next?.nodeType !== Node.TEXT_NODE || !/^[.,;:!?)”’]/.test(next.textContent!)) return [];
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        const mark = range.getBoundingClientRect();
        const end = [...t.getClientRects()].at(-1)!;
        return Math.abs(mark.bottom - end.bottom) > 2 ? [`${t.textContent}${next.textContent!.slice(0, 1)}`] : [];
      });
      const punctuated = terms.filter((t) =>
        /^[.,;:!?)”’]/.test((t.nextElementSibling?.nextSibling ?? t.nextSibling)?.textContent ?? ''),
      ).length;
      return {
        count: terms.length,
        notInline,
        lines,
        orphaned,
        punctuated,
        buttons: document.querySelectorAll('main :is(p, li) button:not(form button)').length,
      };
    });
    expect(found.count).toBeGreaterThan(5);
    expect(found.notInline).toBe(0);
    expect(found.lines).toBeGreaterThanOrEqual(2);
    expect(found.punctuated).toBeGreaterThan(0);
    expect(found.orphaned).toEqual([]);
    expect(found.buttons).toBe(0);
    await page.close();
  });

  it('a tap opens the definition beside the term and a second tap closes it', async () => {
    const page = await browser.newPage();
    await page.goto(site('/s/the-law/'));
    const term = page.locator('a.term').first();
    const def = page.locator(`[id="${(await term.getAttribute('href'))!.slice(1)}"]`);
    await term.tap();
    await expect.poll(() => def.isVisible()).toBe(true);
    await expect.poll(() => term.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await term.tap();
    await expect.poll(() => def.isVisible()).toBe(false);
    await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('in dark mode the definition panel and a note preview stand out: background and border at least 3:1 against the page', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site('/s/the-law/'));
    await page.locator('a.term').first().tap();
    const term = await page.locator('.term-def:popover-open').evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        bg: s.backgroundColor,
        border: s.borderTopColor,
        text: s.color,
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
    await page.keyboard.press('Escape');
    await page.locator('a[data-footnote-ref]').first().tap();
    const note = await preview(page).evaluate((el) => {
      const s = getComputedStyle(el);
      const link = el.querySelector('a')!;
      return { bg: s.backgroundColor, border: s.borderTopColor, text: s.color, link: getComputedStyle(link).color };
    });
    expect(term.page).toBe('rgb(18, 20, 23)');
    for (const panel of [term, note]) {
      expect(contrast(panel.bg, term.page)).toBeGreaterThanOrEqual(3);
      expect(contrast(panel.border, term.page)).toBeGreaterThanOrEqual(3);
      expect(contrast(panel.text, panel.bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(note.link, note.bg)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});
