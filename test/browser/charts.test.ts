import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, pageWithoutJavaScript, site } from '../setup/browser';
import { CHART_IDS, loadDataset } from '../unit/charts-fixtures';

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => browser?.dispose());

/** Focuses whatever comes just before `selector` in tab order, then presses Tab into it. */
async function tabInto(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const target = document.querySelector(sel)!;
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]')].filter(
      (el) => el.offsetParent !== null || el === target,
    );
    focusable[focusable.indexOf(target as HTMLElement) - 1].focus();
  }, selector);
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector))
    .toBe(true);
}

// Chart values keep a non-breaking space before "billion"/"million"; compare them as a reader reads them.
const tipText = async (page: Page, frame: string) =>
  (await page.locator(`${frame} .chart-tip`).textContent())?.replace(/\u00a0/g, ' ');

describe('reading a chart with the keyboard in Chromium', () => {
  let page: Page;
  const frame = '#chart-taxes-by-state-frame';
  const states = [...(loadDataset('taxes-by-state').rows as { label: string; value: number }[])].sort(
    (a, b) => b.value - a.value,
  );

  beforeAll(async () => {
    page = await browser.newPage();
    await page.goto(site('/all/'));
  });

  it('shows the first mark’s value in the tooltip when Tab reaches the chart', async () => {
    await tabInto(page, frame);
    await expect.poll(() => tipText(page, frame)).toBe('California: $8.5 billion');
    await expect(page.locator(`${frame} .chart-tip`).isVisible()).resolves.toBe(true);
  });

  it('moves through every mark with the arrow keys and announces each value', async () => {
    await tabInto(page, frame);
    await page.keyboard.press('Home');
    await expect.poll(() => tipText(page, frame)).toBe('California: $8.5 billion');
    for (const state of states.slice(1)) {
      await page.keyboard.press('ArrowRight');
      const expected = `${state.label}: $${state.value.toFixed(1)} billion`;
      await expect.poll(() => tipText(page, frame)).toBe(expected);
      await expect
        .poll(async () => (await page.locator(`${frame} [aria-live="polite"]`).textContent())?.replace(/\u00a0/g, ' '))
        .toBe(expected);
    }
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tipText(page, frame)).toBe('Illinois: $1.5 billion');
    await page.keyboard.press('Home');
    await expect.poll(() => tipText(page, frame)).toBe('California: $8.5 billion');
    await page.keyboard.press('End');
    await expect.poll(() => tipText(page, frame)).toBe('New Jersey: $1.3 billion');
  });

  it('marks the current bar and hides the tooltip on Escape, keeping focus in place', async () => {
    // Its own starting point (the last bar), not the one the test before left behind.
    await tabInto(page, frame);
    await page.keyboard.press('End');
    await expect.poll(() => tipText(page, frame)).toBe('New Jersey: $1.3 billion');
    await expect(page.locator(`${frame} .chart-mark.is-active`).getAttribute('data-label')).resolves.toBe('New Jersey');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${frame} .chart-tip`).isHidden()).toBe(true);
    expect(await page.locator(`${frame} .chart-mark.is-active`).count()).toBe(0);
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), frame)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tipText(page, frame)).toBe('New Jersey: $1.3 billion');
  });

  it('shows a mark’s value when the pointer is over it', async () => {
    const bar = page
      .locator('#chart-taxes-by-level-frame svg:visible [data-label="AIC, 2023: State and local"] rect')
      .first();
    await bar.scrollIntoViewIfNeeded();
    await bar.hover();
    await expect
      .poll(() => tipText(page, '#chart-taxes-by-level-frame'))
      .toBe('AIC, 2023: State and local: $33.9 billion');
  });

  it('reads the waffle and the area chart too', async () => {
    await tabInto(page, '#chart-workforce-share-frame');
    await expect
      .poll(() => tipText(page, '#chart-workforce-share-frame'))
      .toBe('Unauthorized immigrant workers, 2022: 4.8% of U.S. workers (8.3 million)');
    await tabInto(page, '#chart-requests-vs-disclosed-frame');
    await page.keyboard.press('Home');
    await expect
      .poll(() => tipText(page, '#chart-requests-vs-disclosed-frame'))
      .toBe('Addresses the IRS disclosed (August 7, 2025): 47,289 people');
  });
});

describe('charts on a 360 px wide phone', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(site('/all/'));
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('figure.chart details').forEach((d) => (d.open = true)),
    );
  });

  it('sets no chart text smaller than 12 CSS px', async () => {
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('figure.chart svg text')].map((t) => ({
        text: t.textContent,
        px: parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement!.getScreenCTM()?.a ?? 1),
      })),
    );
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter((s) => s.px < 12)).toEqual([]);
  });

  it('lets no chart, label or table overflow horizontally', async () => {
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      for (const fig of document.querySelectorAll<HTMLElement>('figure.chart')) {
        const box = fig.getBoundingClientRect();
        if (fig.scrollWidth > fig.clientWidth + 1 || box.right > innerWidth)
          out.push(`${fig.id} is ${fig.scrollWidth}px wide`);
        const svg = [...fig.querySelectorAll('svg')].find((el) => el.getClientRects().length)!.getBoundingClientRect();
        for (const t of [...fig.querySelectorAll('svg text')].filter((el) => el.getClientRects().length)) {
          const r = t.getBoundingClientRect();
          if (r.left < svg.left - 0.5 || r.right > svg.right + 0.5)
            out.push(`${fig.id}: "${t.textContent}" leaves the chart`);
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('keeps chart labels from overlapping each other', async () => {
    const overlaps = await page.evaluate(() => {
      const out: string[] = [];
      for (const fig of document.querySelectorAll('figure.chart')) {
        const boxes = [...fig.querySelectorAll('svg text')].map((t) => ({
          t: t.textContent,
          r: t.getBoundingClientRect(),
        }));
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const overlapX = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const overlapY = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (overlapX > 1 && overlapY > 1) out.push(`${fig.id}: "${a.t}" / "${b.t}"`);
          }),
        );
      }
      return out;
    });
    expect(overlaps).toEqual([]);
  });
});

describe('printing a chart', () => {
  it('prints the chart and its sources’ addresses, but not its table or the download link', async () => {
    const page = await browser.newPage();
    await page.goto(site('/all/'));
    await page.emulateMedia({ media: 'print' });
    const looks = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((fig) => {
        // The citations (the data table's own links are not printed: the table is not).
        const sources = [
          ...fig.querySelectorAll<HTMLAnchorElement>('.chart-caption a[href^="http"]:not(.chart-table a)'),
        ];
        return {
          id: fig.id,
          // One drawing printed, whichever layouts (two or three) the figure carries.
          svg: [...fig.querySelectorAll('svg')]
            .map((svg) => getComputedStyle(svg).display)
            .filter((d) => d !== 'none')
            .join(' '),
          table: getComputedStyle(fig.querySelector('details')!).display,
          csv: getComputedStyle(fig.querySelector('a.chart-csv')!.closest('details')!).display,
          sources: sources.length,
          printedAddresses: sources.filter(
            (a) => a.dataset.host && getComputedStyle(a, '::after').content.includes(a.dataset.host),
          ).length,
        };
      }),
    );
    await page.close();
    expect(looks.length).toBe(CHART_IDS.length);
    for (const l of looks) {
      expect(l, l.id).toMatchObject({ svg: 'block', table: 'none', csv: 'none' });
      expect(l.sources, l.id).toBeGreaterThan(0);
      expect(l.printedAddresses, l.id).toBe(l.sources);
    }
  });
});

describe('where a tooltip goes', () => {
  it('never covers another mark or a label when the mark has no room above it inside the chart', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(site('/s/the-data/'));
    const frame = '#chart-requests-vs-disclosed-frame';
    await page.locator(frame).scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, -250)); // room above the chart, as when reading down to it
    await tabInto(page, frame);
    await expect.poll(() => page.locator(`${frame} .chart-tip`).isVisible()).toBe(true);
    const covered = await page.evaluate((sel) => {
      const f = document.querySelector(sel)!;
      const tip = f.querySelector('.chart-tip')!.getBoundingClientRect();
      const hit = (b: DOMRect) => tip.left < b.right && b.left < tip.right && tip.top < b.bottom && b.top < tip.bottom;
      const others = [...f.querySelectorAll('[data-label]:not(.is-active), svg text')];
      return others
        .filter((el) => hit(el.getBoundingClientRect()))
        .map((el) => el.getAttribute('data-label') ?? el.textContent);
    }, frame);
    expect(covered).toEqual([]);
    await page.close();
  });
});

describe('the tooltip enhancement', () => {
  it('changes no chart’s size or layout when it starts (same boxes with JavaScript off)', async () => {
    const measure = async (javaScriptEnabled: boolean) => {
      const page = javaScriptEnabled ? await browser.newPage() : await pageWithoutJavaScript(browser);
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(site('/all/'));
      expect(await page.evaluate(() => !!customElements.get('chart-tips')), 'the site script ran').toBe(
        javaScriptEnabled,
      );
      if (javaScriptEnabled) {
        // Each chart starts its tooltip once it nears the viewport: bring each one into view, frame by frame.
        const notStarted = await page.evaluate(async () => {
          const frames = [...document.querySelectorAll('.chart-frame')];
          for (const frame of frames) {
            frame.scrollIntoView({ block: 'center', behavior: 'instant' });
            for (let i = 0; i < 60 && !frame.querySelector('.chart-tip'); i++)
              await new Promise((r) => requestAnimationFrame(r));
          }
          scrollTo({ top: 0, behavior: 'instant' });
          return frames.filter((f) => f.querySelectorAll('.chart-tip').length !== 1).map((f) => f.id);
        });
        expect(notStarted, 'charts whose tooltip did not start').toEqual([]);
      }
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((f) => {
          const r = f.getBoundingClientRect();
          const frame = f.querySelector('.chart-frame')!.getBoundingClientRect();
          return [
            f.id,
            Math.round(r.height),
            Math.round(r.width),
            Math.round(frame.top - r.top),
            Math.round(frame.height),
            Math.round(frame.width),
          ];
        }),
      );
      await page.close();
      return boxes;
    };
    const without = await measure(false);
    const withJs = await measure(true);
    expect(without.length).toBe(CHART_IDS.length);
    expect(withJs).toEqual(without);
  });
});

// A chart in the page at one viewport width and colour scheme.
async function openHome(width: number, colorScheme: 'light' | 'dark' = 'light') {
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 800 });
  await page.goto(site('/all/'));
  return page;
}

describe.each([360, 1366])('charts at %i px', (width) => {
  // One load of the page serves both tests: the second starts from what the page shows when it loads.
  let page: Page;
  beforeAll(async () => {
    page = await openHome(width);
  });
  afterAll(async () => page?.close());

  it('draw every chart at least 90% as wide as its figure, one layout shown per chart', async () => {
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((fig) => {
        const shown = [...fig.querySelectorAll('svg')].filter((svg) => svg.getClientRects().length);
        return {
          id: fig.id,
          shown: shown.length,
          ratio: Math.round((100 * (shown[0]?.getBoundingClientRect().width ?? 0)) / fig.getBoundingClientRect().width),
        };
      }),
    );
    expect(widths.length).toBeGreaterThanOrEqual(5);
    for (const w of widths) {
      expect(w.shown, w.id).toBe(1);
      expect(w.ratio, w.id).toBeGreaterThanOrEqual(90);
    }
  });

  // The tooltip is placed by the chart's own keydown handler (src/scripts/chart-tips.ts), the same code
  // whichever key event reaches it, so every mark's placement is read in one pass in the page: focus each chart
  // (as Tab does, which starts its tooltip on the first mark), then ArrowRight through its marks. That real Tab
  // and arrow presses reach the charts and move the tooltip is tested above ('reading a chart with the keyboard').
  it('place every tooltip clear of every other mark and every chart label, for every mark', async () => {
    const { frames, covered } = await page.evaluate(() => {
      const frames = [...document.querySelectorAll<HTMLElement>('.chart-frame')];
      const covered: string[] = [];
      for (const f of frames) {
        // Room above the chart, as when reading down to it.
        f.scrollIntoView({ block: 'center', behavior: 'instant' });
        scrollBy({ top: -200, behavior: 'instant' });
        f.focus();
        const marks = [...f.querySelectorAll('[data-label]')].filter((el) => el.getClientRects().length);
        const count = marks.length;
        const placed = new Set<Element>();
        for (let i = 0; i < count; i++) {
          if (i > 0) f.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          const active = f.querySelectorAll('.is-active');
          const tipEl = f.querySelector<HTMLElement>('.chart-tip');
          if (active.length !== 1 || !tipEl || tipEl.hidden) {
            covered.push(
              `#${f.id} mark ${i + 1}: ${active.length} marks active, tooltip ${tipEl?.hidden ?? 'missing'}`,
            );
            continue;
          }
          placed.add(active[0]!);
          const tip = tipEl.getBoundingClientRect();
          const hit = (b: DOMRect) =>
            tip.left < b.right - 0.5 &&
            b.left + 0.5 < tip.right &&
            tip.top < b.bottom - 0.5 &&
            b.top + 0.5 < tip.bottom;
          const drawn = [...f.querySelectorAll('svg text, svg [data-label] > *')].filter(
            (el) => el.getClientRects().length && !active[0]!.contains(el),
          );
          covered.push(
            ...drawn
              .filter((el) => hit(el.getBoundingClientRect()))
              .map(
                (el) =>
                  `#${f.id} ${active[0]!.getAttribute('data-label')}: covers "${el.textContent || el.parentElement!.getAttribute('data-label')}"`,
              ),
          );
        }
        for (const m of marks.filter((m) => !placed.has(m)))
          covered.push(`#${f.id} ${m.getAttribute('data-label')}: never shown`);
        f.blur();
      }
      return { frames: frames.length, covered };
    });
    expect(frames).toBeGreaterThanOrEqual(5);
    expect(covered).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('chart colours in the %s scheme', (scheme) => {
  it('give each category the same computed fill (or outline) in every chart on / (and the summary’s waffle), the palette’s colour', async () => {
    const { PALETTE } = await import('../../src/charts/palette');
    const fills = async (path: string) => {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site(path));
      const found = await page.evaluate(() =>
        // Every shape of a mark: a filled one by its fill, an outlined one (a request, a court step) by its border.
        [...document.querySelectorAll('svg .cat > *')].map((shape) => {
          const style = getComputedStyle(shape);
          const g = shape.parentElement!;
          const category = [...g.classList].find((c) => c.startsWith('cat-'))!.slice(4);
          return {
            category,
            chart: g.closest('figure')?.getAttribute('data-chart') ?? '?',
            fill: shape.classList.contains('is-outline') ? style.stroke : style.fill,
          };
        }),
      );
      await page.close();
      return found;
    };
    const all = [...(await fills('/all/')), ...(await fills('/summary/'))];
    const hex = (rgb: string) =>
      '#' +
      (rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('');
    const byCategory = new Map<string, Set<string>>();
    for (const f of all) byCategory.set(f.category, (byCategory.get(f.category) ?? new Set()).add(hex(f.fill)));
    // The taxes charts share state and local; the waffle appears on / and /summary/.
    expect(
      new Set(all.filter((f) => f.category === 'tax-state-local').map((f) => f.chart)).size,
    ).toBeGreaterThanOrEqual(2);
    expect(all.filter((f) => f.category === 'workforce-share').length).toBeGreaterThanOrEqual(2);
    for (const [category, seen] of byCategory) {
      expect([...seen], category).toEqual([PALETTE[category as keyof typeof PALETTE][scheme]]);
    }
    expect([...byCategory.keys()]).toEqual(
      expect.arrayContaining([
        'tax-federal',
        'tax-payroll',
        'tax-state-local',
        'workforce-share',
        'industry-share',
        'request-ice',
        'request-narrowed',
        'addresses-disclosed',
        'disclosed-likely-unlawful',
        'court-allowed',
        'court-blocked',
        'court-pending',
      ]),
    );
  });
});
