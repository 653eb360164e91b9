import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, site } from '../setup/browser';

// Note numbers are small; a thumb is not. Each number must take a tap anywhere in a 24×24 px square
// around it (WCAG 2.5.8), neighbours ("2, 3") must not share any of it, and the hit areas must not
// make the lines they sit in any taller.
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ hasTouch: true, viewport: { width: 360, height: 740 } });
});
afterAll(async () => browser?.dispose());

describe.each(['/s/in-court/', '/es/s/in-court/'])('note numbers on %s at 360 px', (path) => {
  it('each takes a tap anywhere in a 24×24 px square around it, and no neighbour takes any of it', async () => {
    const page = await browser.newPage();
    await page.goto(site(path));
    const { count, misses } = await page.evaluate(() => {
      // The numbers a reader can see (those in a folded <details> are checked when it opens, as it is the same CSS).
      const refs = [...document.querySelectorAll<HTMLAnchorElement>('main a[data-footnote-ref]')].filter((a) =>
        a.checkVisibility(),
      );
      const misses: string[] = [];
      const steps = [-11.5, -6, 0, 6, 11.5];
      for (const ref of refs) {
        ref.scrollIntoView({ block: 'center', behavior: 'instant' });
        // The number as drawn: its digits' box, not the link's padding.
        const digits = document.createRange();
        digits.selectNodeContents(ref.lastChild!);
        const r = digits.getBoundingClientRect();
        const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
        for (const dx of steps) {
          for (const dy of steps) {
            const hit = document.elementFromPoint(cx + dx, cy + dy)?.closest('a[data-footnote-ref]');
            if (hit !== ref)
              misses.push(
                `${ref.id} at (${dx}, ${dy}): ${hit ? hit.id : (document.elementFromPoint(cx + dx, cy + dy)?.tagName ?? 'nothing')}`,
              );
          }
        }
      }
      return { count: refs.length, misses };
    });
    expect(count).toBeGreaterThan(10);
    expect(misses.slice(0, 10)).toEqual([]);
    await page.close();
  });

  it('leaves every line of text with notes as tall as the paragraph’s line height', async () => {
    const page = await browser.newPage();
    await page.goto(site(path));
    const odd = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main p')]
        .filter((p) => p.querySelector('a[data-footnote-ref]'))
        .map((p) => ({
          lines: p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
          text: p.textContent!.slice(0, 60),
        }))
        .filter(({ lines }) => Math.abs(lines - Math.round(lines)) > 0.05),
    );
    expect(odd).toEqual([]);
    await page.close();
  });
});
