import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.dispose());

/** A fresh tab the size of a small phone (360 × 740). */
async function openPhone() {
  const phone = await browser.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  return phone;
}

describe('reading the whole explainer on one page (/all/) in Chromium', () => {
  it('shows the title, the contents and every section', async () => {
    await page.goto(site('/all/'));
    await expect(page.locator('h1').textContent()).resolves.toMatch(/whole explainer/);
    const tocLinks = await page.locator('nav.toc ol a').count();
    expect(tocLinks).toBeGreaterThanOrEqual(3);
    expect(await page.locator('main section.section h2').count()).toBe(tocLinks);
  });

  it('every table-of-contents link points to a section that exists and is visible', async () => {
    await page.goto(site('/all/'));
    const hrefs = await page.locator('nav.toc ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const target = page.locator(`section${href}`);
      expect(await target.count(), href).toBe(1);
      expect(await target.isVisible(), href).toBe(true);
    }
  });

  it('following a contents link scrolls its section into view and marks the link current', async () => {
    await page.goto(site('/all/'));
    const link = page.locator('nav.toc ol a').nth(2);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    // The scroll is smooth (unless the reader asks for reduced motion) and can take over a second on a busy machine.
    await expect
      .poll(() => page.locator(`section${href} h2`).evaluate((h) => h.getBoundingClientRect().top / innerHeight), {
        timeout: 5000,
      })
      .toBeLessThan(0.5);
    await expect.poll(() => link.getAttribute('aria-current'), { timeout: 5000 }).toBe('true');
  });

  it('keeps the current contents link right when the reader scrolls back up, and marks none above the first section', async () => {
    const page = await browser.newPage(); // a fresh load: a hash-only goto() on an open page would not scroll
    await page.goto(site('/all/#the-data'));
    const current = () =>
      page.locator('nav.toc a[aria-current="true"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect.poll(current, { timeout: 5000 }).toEqual(['#the-data']); // after the smooth scroll to the section
    // Back up into the middle of the section before: it must take over as soon as "The data" leaves the top band.
    await page.evaluate(() => {
      const s = document.getElementById('in-court')!.getBoundingClientRect();
      scrollTo({ top: scrollY + s.top + s.height / 2, behavior: 'instant' });
    });
    await expect.poll(current).toEqual(['#in-court']);
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(current).toEqual([]);
    await page.close();
  });

  it('coming back from a note lands with the sentence in view and its number marked', async () => {
    const phone = await openPhone();
    await phone.goto(site('/s/the-agreement/'));
    const ref = phone.locator('a[data-footnote-ref]').nth(3);
    const refId = (await ref.getAttribute('id'))!;
    // The number shows its note in place; the preview links on to the note in the (folded) list.
    await ref.click();
    await phone.locator('.note-pop a.note-pop-all').click();
    const back = phone.locator(`.footnotes a[data-footnote-backref][href="#${refId}"]`);
    await back.click();
    await expect.poll(() => phone.evaluate(() => location.hash)).toBe(`#${refId}`);
    // The way back is a smooth scroll, which a busy machine can stretch past the poll's default second.
    await expect
      .poll(() => ref.evaluate((a) => a.getBoundingClientRect().top / innerHeight), { timeout: 5_000 })
      .toBeGreaterThan(0.2);
    expect(await ref.evaluate((a) => a.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await ref.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
    await phone.close();
  });

  it('offers a way back to the contents at the end of each section on a phone, where the contents scroll away', async () => {
    const phone = await openPhone();
    await phone.goto(site('/all/'));
    const links = phone.locator('main section.section .to-contents a');
    expect(await links.count()).toBe(await phone.locator('main section.section').count());
    const last = links.last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    await last.click();
    await expect
      .poll(() => phone.locator('#toc-heading').evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(100);
    await phone.setViewportSize({ width: 1280, height: 800 });
    expect(await links.first().isVisible()).toBe(false); // the contents column stays in view beside the text
    await phone.close();
  });

  it('keeps each section’s "#" link beside its heading on a phone, never alone on a line below it', async () => {
    const phone = await openPhone();
    await phone.goto(site('/all/'));
    const placements = await phone.locator('main .section-head').evaluateAll((heads) =>
      heads.map((head) => {
        const h = head.querySelector('h2')!;
        const text = document.createRange();
        text.selectNodeContents(h);
        const lastLine = [...text.getClientRects()].at(-1)!;
        const a = head.querySelector('a.anchor')!.getBoundingClientRect();
        return { title: h.textContent, belowHeading: a.top >= lastLine.bottom - 1 };
      }),
    );
    expect(placements.length).toBeGreaterThanOrEqual(12);
    for (const p of placements) expect(p.belowHeading, `${p.title}`).toBe(false);
    await phone.close();
  });

  it('lines the site name in the header up with where each page’s content starts, on a phone and a laptop', async () => {
    const tab = await browser.newPage();
    const leftOf = (selector: string) =>
      tab.evaluate((sel) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(sel)!);
        return Math.round(range.getClientRects()[0].left);
      }, selector);
    for (const width of [360, 1280]) {
      await tab.setViewportSize({ width, height: 800 });
      for (const [path, content] of [
        ['/', 'main h1'],
        ['/all/', width >= 1024 ? '.toc h2' : 'main h1'],
        ['/s/taxes-paid/', width >= 1024 ? '.toc h2' : 'main h1'],
        ['/summary/', 'main h1'],
        ['/404.html', 'main h1'],
      ]) {
        await tab.goto(site(path));
        // The wordmark's box: its accent square stands where the content starts, its words just after.
        const header = await tab.evaluate(() =>
          Math.round(document.querySelector('.site-header .wordmark')!.getBoundingClientRect().left),
        );
        expect(Math.abs(header - (await leftOf(content))), `${path} at ${width}px`).toBeLessThanOrEqual(1);
        expect(Math.abs(header - (await leftOf('.site-footer p'))), `${path} footer at ${width}px`).toBeLessThanOrEqual(
          1,
        );
      }
    }
    await tab.close();
  });

  it('renders light and dark colour schemes with readable text in each', async () => {
    const colours: Record<string, { bg: string; fg: string }> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site('/all/'));
      colours[scheme] = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { bg: style.backgroundColor, fg: style.color };
      });
    }
    expect(colours.light.bg).toBe('rgb(255, 255, 255)');
    expect(colours.dark.bg).toBe('rgb(18, 20, 23)');
    expect(colours.light.fg).not.toBe(colours.dark.fg);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('a glossary term opens its definition with the keyboard and closes with Escape', async () => {
    await page.goto(site('/all/'));
    const term = page.locator('a.term').first();
    expect(await term.count(), 'the explainer should define at least one term').toBeGreaterThan(0);
    const target = (await term.getAttribute('href'))!.slice(1);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${target}`).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`#${target}`).isVisible()).toBe(false);
  });

  it('an open definition closes when keyboard focus moves past it, so it never covers what is focused next', async () => {
    await page.goto(site('/s/the-law/'));
    const term = page.locator('a.term').first();
    const popover = page.locator(`#${(await term.getAttribute('href'))!.slice(1)}`);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(true);
    await page.keyboard.press('Tab'); // whatever comes next on the page
    await expect.poll(() => popover.isVisible()).toBe(false);
    expect(await popover.evaluate((p) => p.contains(document.activeElement))).toBe(false);
  });

  it('describes a glossary term by its definition alone', async () => {
    await page.goto(site('/s/the-law/'));
    const term = page.locator('a.term').first();
    const id = (await term.getAttribute('aria-describedby'))!;
    const description = (await page.locator(`[id="${id}"]`).textContent())!.trim();
    expect(description.length).toBeGreaterThan(20);
    expect(description).not.toContain('Close');
    expect(description.startsWith((await term.textContent())!.trim() + ':')).toBe(false);
  });

  it('an open definition sits right next to its term, on screen, and moves with the page when it scrolls', async () => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 360, height: 740 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(site('/s/the-law/'));
      const terms = page.locator('a.term');
      expect(await terms.count()).toBeGreaterThan(2);
      for (const n of [0, 2]) {
        const term = terms.nth(n);
        await term.scrollIntoViewIfNeeded();
        await term.click();
        const popover = page.locator(`#${(await term.getAttribute('href'))!.slice(1)}`);
        await expect.poll(() => popover.isVisible()).toBe(true);
        const label = `${size.width}px, term ${n}`;
        const boxes = async () => ({ t: (await term.boundingBox())!, d: (await popover.boundingBox())! });
        const gap = async () => {
          const { t, d } = await boxes();
          return Math.min(Math.abs(d.y - (t.y + t.height)), Math.abs(t.y - (d.y + d.height)));
        };
        await expect.poll(gap, { message: `${label}: distance between term and definition` }).toBeLessThanOrEqual(8);
        const { t, d } = await boxes();
        expect(d.x, label).toBeGreaterThanOrEqual(0);
        expect(d.x + d.width, label).toBeLessThanOrEqual(size.width);
        await page.mouse.wheel(0, 120);
        await expect
          .poll(async () => (await popover.boundingBox())!.y - (await term.boundingBox())!.y, { message: label })
          .toBeCloseTo(d.y - t.y, 0);
        await page.keyboard.press('Escape');
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});
