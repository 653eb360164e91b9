import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatters } from '../../src/i18n/format';
import { resolveDataset } from '../../src/content/dataset-text';
import { parseDataset, type Dataset } from '../../src/content/data-schema';
import { openBrowser, site } from '../setup/browser';
import { renderedTextSizes } from '../setup/text-sizes';

// Printing as a reader would: Chromium's own PDF output (page.pdf after emulateMedia print), read
// back with poppler (pdfinfo, pdftotext). .ci/run installs poppler-utils.
for (const tool of ['pdfinfo', 'pdftotext']) {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(`The print tests need ${tool} (poppler). Install it with: sudo apt-get install -y poppler-utils`);
  }
}

const content = JSON.parse(readFileSync('content/en/summary.json', 'utf8'));
const dataset = (id: string): Dataset =>
  resolveDataset(parseDataset(JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8')), id)) as Dataset;
const row = (id: string, rowId: string) => dataset(id).rows.find((r) => r.id === rowId)!;
/** Each edition's summary: its page, its words and its number formats. */
const EDITIONS = [
  {
    path: '/summary/',
    content,
    f: formatters('en'),
    help: JSON.parse(readFileSync('content/en/help.json', 'utf8')).entries as HelpEntry[],
  },
  {
    path: '/es/summary/',
    content: JSON.parse(readFileSync('content/es/summary.json', 'utf8')),
    f: formatters('es'),
    help: JSON.parse(readFileSync('content/es/help.json', 'utf8')).entries as HelpEntry[],
  },
];
/** One place to get official help (content/<locale>/help.json), as the summary prints it. */
interface HelpEntry {
  short: string;
  printed: string;
  phone?: string;
}
/**
 * Text for comparison: no whitespace (pdftotext breaks lines, URLs wrap anywhere), no word joiners
 * and no hyphens (pdftotext joins a word hyphenated at a line end and drops its hyphen).
 */
const squash = (s: string) => s.replace(/[\s\u2060\u00ad-]+/g, '');

const dir = mkdtempSync(join(tmpdir(), 'explainer-print-'));
let count = 0;

interface Pdf {
  file: string;
  pages: number;
  text: string;
  /** Text of each page, first page first. */
  pageTexts: string[];
}

async function printPdf(page: Page, options: Parameters<Page['pdf']>[0] = {}): Promise<Pdf> {
  const file = join(dir, `print-${++count}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, printBackground: true, ...options });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  const pageTexts = text.split('\f').slice(0, pages);
  expect(pageTexts).toHaveLength(pages);
  return { file, pages, text, pageTexts };
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

/** A chart as the print layout shows it: its headline, its subtitle and the words of its drawing. */
interface PrintedChart {
  id: string;
  headline: string;
  title: string;
  drawing: string[];
}
const sheets = new Map<string, Promise<{ pdf: Pdf; charts: PrintedChart[] }>>();
/** The whole explainer printed once per edition and sheet, for the tests to share (page is left on it, in print media). */
const printed = (path: string, format: 'Letter' | 'A4') => {
  const key = `${path} ${format}`;
  if (!sheets.has(key)) {
    sheets.set(
      key,
      (async () => {
        await page.goto(site(path));
        await page.emulateMedia({ media: 'print' });
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('figure.chart')].map((f) => ({
            id: f.dataset.chart!,
            headline: f.querySelector('.chart-takeaway')!.textContent!,
            title: f.querySelector('.chart-title')!.textContent!,
            drawing: [...f.querySelectorAll('.chart-frame svg')]
              .filter((svg) => svg.checkVisibility())
              .flatMap((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent!)),
          })),
        );
        return { pdf: await printPdf(page, { format }), charts };
      })(),
    );
  }
  return sheets.get(key)!;
};

/**
 * A new tab with `path` laid out as print at the printable width of A4 (210 mm minus 2 × 12 mm margins), the
 * narrower sheet, so what it measures holds on Letter too. The caller closes it.
 */
async function onA4Sheet(path: string): Promise<Page> {
  const sheet = await browser.newPage();
  await sheet.setViewportSize({ width: Math.floor((186 * 96) / 25.4), height: 1000 });
  await sheet.goto(site(path));
  await sheet.emulateMedia({ media: 'print' });
  return sheet;
}

/** CSS px of the page printed beyond the sheet's width: over 0, the browser shrinks the whole printout to fit. */
const beyondSheet = (sheet: Page) =>
  sheet.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('printing the one-page summary', () => {
  const itep = row('taxes-by-level', 'itep-2022-total');
  const pew = row('workforce-share', 'pew-2022-share');

  for (const edition of EDITIONS) {
    const headlines = [edition.f.value(itep.value, itep.unit), edition.f.value(pew.value, pew.unit)];
    for (const format of ['Letter', 'A4'] as const) {
      it(`${edition.path} fits on exactly one ${format} page, with every key point and both headline numbers`, async () => {
        await page.goto(site(edition.path));
        const pdf = await printPdf(page, { format });
        expect(pdf.pages).toBe(1);
        const printed = squash(pdf.text);
        for (const point of edition.content.keyPoints)
          expect(printed, point.lead).toContain(squash(`${point.lead} ${point.text}`));
        for (const value of headlines) expect(printed).toContain(squash(value));
        for (const entry of edition.content.timeline) expect(printed).toContain(squash(entry.text));
        for (const source of edition.content.sources) expect(printed).toContain(squash(source.title));
        // Paper has no links: the official help prints with the address to type and the phone number to call.
        for (const help of edition.help) {
          expect(printed, help.short).toContain(squash(`${help.short}: ${help.printed}`));
          if (help.phone) expect(printed, help.short).toContain(squash(help.phone));
        }
        // Its "not legal advice" line leads the help; its first sentence is on one printed line, which pdftotext keeps whole beside the QR code.
        expect(printed).toContain(squash(edition.content.notAdvice.split('. ')[0]));
      });
    }
  }

  it('also fits the narrowest and shortest sheet at once (A4’s width with Letter’s height)', async () => {
    await page.goto(site('/summary/'));
    expect((await printPdf(page, { width: '210mm', height: '11in' })).pages).toBe(1);
  });

  it('the one-page check can fail: with its key points doubled the summary runs onto a second page, nothing clipped', async () => {
    await page.goto(site('/summary/'));
    await page.evaluate(() => {
      const list = document.querySelector('.summary-points ul')!;
      const copies = [...list.children].map((li) => li.cloneNode(true) as HTMLElement);
      copies.at(-1)!.append(' ENDOFEXTRAPOINTS');
      list.append(...copies);
    });
    const pdf = await printPdf(page, { format: 'Letter' });
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    const printed = squash(pdf.text);
    expect(printed).toContain('ENDOFEXTRAPOINTS');
    expect(printed).toContain(squash(content.sources.at(-1).title));
  });

  it('prints no text smaller than 9 pt (12 px), and nothing wider than the sheet (so nothing is shrunk to fit)', async () => {
    const sheet = await onA4Sheet('/summary/');
    // Visually hidden text has no box and is not printed; SVG text counts at the size its chart is drawn.
    const sizes = await sheet.evaluate(renderedTextSizes);
    const overflow = await beyondSheet(sheet);
    await sheet.close();
    expect(sizes.length).toBeGreaterThan(50);
    expect(sizes.filter((s) => s.px < 12 - 0.01)).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);

    // The PDF agrees: no word box is shorter than 9 pt (a 9 pt line of text is about 10 pt tall).
    await page.goto(site('/summary/'));
    const pdf = await printPdf(page, { format: 'Letter' });
    const html = execFileSync('pdftotext', ['-bbox', pdf.file, '-'], { encoding: 'utf8' });
    const heights = [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    );
    expect(heights.length).toBeGreaterThan(300);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(9);
  });

  it('has a Print button that opens the print dialog, shown only with JavaScript and never printed', async () => {
    const reader = await browser.newPage();
    await reader.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await reader.goto(site('/summary/'));
    const button = reader.getByRole('button', { name: 'Print this page' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    expect(await reader.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await reader.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    await reader.close();

    // Without JavaScript (scripts disabled for this page only): no dead button, everything else there.
    const plain = await browser.newPage();
    const cdp = await browser.newCDPSession(plain);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await plain.goto(site('/summary/'));
    expect(await plain.evaluate(() => customElements.get('print-button'))).toBeUndefined();
    expect(await plain.locator('h1').isVisible()).toBe(true);
    expect(await plain.locator('print-button button').isVisible()).toBe(false);
    expect(await plain.locator('.qr svg').isVisible()).toBe(true);
    expect(await plain.locator('.summary-waffle').isVisible()).toBe(true);
    await plain.close();
  });
});

describe('printing the whole explainer', () => {
  let pdf: Pdf;
  let charts: PrintedChart[];
  beforeAll(async () => {
    ({ pdf, charts } = await printed('/all/', 'Letter'));
  }, 120_000);

  it('shows no navigation, share controls, buttons or on-screen cross-links; glossary terms print as plain inline text', async () => {
    await page.emulateMedia({ media: 'print' });
    const found = await page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.checkVisibility());
      return {
        nav: visible('nav, .toc, .share, .print-hide, [popover], .to-contents, .notes-all').map((el) =>
          el.outerHTML.slice(0, 80),
        ),
        buttons: visible('button').map((b) => b.outerHTML.slice(0, 80)),
        crossLinks: visible('main a')
          .filter((a) => /^(More:|Back to contents)/.test(a.textContent!.trim()))
          .map((a) => a.textContent),
        terms: visible('a.term').map((t) => {
          const s = getComputedStyle(t);
          return {
            text: t.textContent!.trim(),
            display: s.display,
            colour: s.color === getComputedStyle(t.parentElement!).color,
            deco: s.textDecorationLine,
          };
        }),
        allTerms: document.querySelectorAll('a.term').length,
      };
    });
    expect(found.nav).toEqual([]);
    expect(found.buttons).toEqual([]);
    expect(found.crossLinks).toEqual([]);
    expect(found.allTerms).toBeGreaterThan(0);
    expect(found.terms).toHaveLength(found.allTerms);
    for (const term of found.terms)
      expect(term).toEqual({ text: term.text, display: 'inline', colour: true, deco: 'none' });
    const printed = squash(pdf.text);
    for (const term of found.terms) expect(printed, term.text).toContain(squash(term.text));
    expect(printed).not.toContain(squash('Back to contents'));
    expect(printed).not.toMatch(/More:The(agreement|law)/);
  });

  it('prints dark text on white paper even for a reader who prefers dark mode', async () => {
    const reader = await browser.newPage();
    await reader.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const path of ['/', '/summary/']) {
      await reader.goto(site(path));
      const colours = await reader.evaluate(() => {
        const of = (el: Element) => getComputedStyle(el);
        return {
          page: of(document.body).backgroundColor,
          text: of(document.body).color,
          heading: of(document.querySelector('h1')!).color,
        };
      });
      expect(colours, path).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', heading: 'rgb(0, 0, 0)' });
    }
    await reader.close();
  });

  it('has no blank page: every page of the PDF has text', () => {
    expect(pdf.pages).toBeGreaterThan(1);
    const blank = pdf.pageTexts.map((t, i) => (t.trim() ? 0 : i + 1)).filter(Boolean);
    expect(blank).toEqual([]);
  });

  it('never ends a page with a heading: each heading prints with what follows it', async () => {
    const headings = new Set(
      (
        await page.evaluate(() => [...document.querySelectorAll('main h2, main h3')].map((h) => h.textContent!.trim()))
      ).map(squash),
    );
    const stranded: string[] = [];
    pdf.pageTexts.slice(0, -1).forEach((t, i) => {
      const lines = t
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // A section name that ends a source-list entry ("… Cited in: Timeline") is a link, not a heading.
      const inSourceList = /Cited in:.*$/.test(lines.at(-2) ?? '') || /Cited in:/.test(lines.at(-1) ?? '');
      if (headings.has(squash(lines.at(-1) ?? '')) && !inSourceList) stranded.push(`page ${i + 1}: ${lines.at(-1)}`);
    });
    expect(stranded).toEqual([]);
  });

  it('prints in at most 61 Letter pages, none under half full except the last and one a chart could not fit under', () => {
    // Before the reading redesign the explainer printed in 59 pages (whole ~1,000 px figures pushed onto the
    // next page); it then printed in 53, and with the December 7 record (testimony, responses, the ITIN
    // guide's links in the contents) and serif headings in 59; with sites instead of full addresses, 55.
    // The cap leaves room for a short addition; the fill check below is what catches half-empty pages.
    expect(pdf.pages).toBeLessThanOrEqual(61);
    const html = execFileSync('pdftotext', ['-bbox', pdf.file, '-'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const fills = html
      .split('<page ')
      .slice(1)
      .map((p) => {
        const height = Number(/height="([\d.]+)"/.exec(p)![1]);
        const bottoms = [...p.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
        const tops = [...p.matchAll(/yMin="([\d.]+)"/g)].map((m) => Number(m[1]));
        // How far down the printable area (between the 16 mm margins) the page's lowest word reaches.
        const margin = (16 / 25.4) * 72;
        return Math.min(...tops) < height ? (Math.max(...bottoms) - margin) / (height - 2 * margin) : 0;
      });
    expect(fills).toHaveLength(pdf.pages);
    // A chart's headline and drawing (at most 4.6 in) go over to the next page together, so the page before
    // a chart may be a third full.
    const chartNext = (i: number) =>
      charts.some((c) => squash(pdf.pageTexts[i + 1] ?? '').startsWith(squash(c.headline)));
    const underHalf = fills
      .slice(0, -1)
      .map((f, i) => (f < (chartNext(i) ? 1 / 3 : 0.5) ? `page ${i + 1}: ${Math.round(f * 100)}%` : ''))
      .filter(Boolean);
    expect(underHalf).toEqual([]);
  });

  it('prints every section’s notes open, under a "Notes" line, though they are folded on screen', async () => {
    await page.emulateMedia({ media: 'print' });
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.footnotes li[id]')].map((li) => ({
        id: li.id,
        shown: li.checkVisibility() && li.getBoundingClientRect().height > 0,
      })),
    );
    expect(notes.length).toBeGreaterThan(100);
    expect(notes.filter((n) => !n.shown)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('details.notes-block[open]').length)).toBe(0);
  });

  it('prints the timeline’s dots whole, inside the printable area', async () => {
    // The timeline is in full on its own page; the home page shows it as a brief.
    const timeline = await browser.newPage();
    await timeline.goto(site('/s/timeline/'));
    await timeline.emulateMedia({ media: 'print' });
    const outside = await timeline.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      return [...document.querySelectorAll('.timeline li')].filter((li) => {
        const dot = getComputedStyle(li, '::before');
        const left = li.getBoundingClientRect().left + parseFloat(dot.left);
        return left < main.left;
      }).length;
    });
    expect(await timeline.locator('.timeline li').count()).toBeGreaterThan(10);
    expect(outside).toBe(0);
    await timeline.close();
  });

  it('prints the site of every source after its title in the notes and chart captions, and where to find the full addresses', async () => {
    const links = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLAnchorElement>(
          '.footnotes a[href^="https://"], .chart-caption a[href^="https://"]:not(.chart-table a)',
        ),
      ].map((a) => ({ text: a.textContent!, host: a.dataset.host })),
    );
    expect(links.length).toBeGreaterThan(100);
    const printed = squash(pdf.text);
    // The site as a reader types it, unless the link's own words already name it.
    const missing = links.filter(
      (l) =>
        !(l.host
          ? printed.includes(squash(`${l.text} (${l.host})`))
          : /\w\.\w/.test(l.text) && printed.includes(squash(l.text))),
    );
    expect(missing).toEqual([]);
    expect(printed).toContain(squash(`${new URL('sources/', inject('siteUrl')).href.replace(/^https:\/\//, '')}`));
  });
});

describe('printing the whole explainer in both editions, on Letter and A4', () => {
  for (const path of ['/all/', '/es/all/']) {
    for (const format of ['Letter', 'A4'] as const) {
      it(`${path} on ${format}: every chart's headline and subtitle print together, on the page with its whole drawing`, async () => {
        const { pdf, charts } = await printed(path, format);
        expect(charts.length).toBeGreaterThanOrEqual(5);
        const pages = pdf.pageTexts.map(squash);
        const cut = charts.flatMap((c) => {
          const head = squash(c.headline + c.title);
          const at = pages.findIndex((p) => p.includes(head));
          if (at < 0) {
            const [headline, title] = [c.headline, c.title].map((t) => pages.findIndex((p) => p.includes(squash(t))));
            return [
              `${c.id}: headline ${headline < 0 ? 'split across pages' : `on page ${headline + 1}`}, subtitle ${title < 0 ? 'split across pages' : `on page ${title + 1}`}`,
            ];
          }
          // The drawing's first and last words (skipping axis ticks like "0") follow them on that page.
          const words = c.drawing.map(squash).filter((w) => w.length >= 3);
          const after = pages[at].slice(pages[at].indexOf(head) + head.length);
          const away = [words[0], words.at(-1)!].filter((w) => !after.includes(w));
          return away.length ? [`${c.id}: headline on page ${at + 1}, drawing’s “${away[0]}” not after it there`] : [];
        });
        expect(cut).toEqual([]);
      }, 120_000);

      it(`${path} on ${format}: prints no full web address outside the list of sources`, async () => {
        const { pdf } = await printed(path, format);
        const urls = pdf.text.match(/https?:\/\/\S*/g) ?? [];
        expect(urls.length, `printed ${urls.slice(0, 3).join(' ')} …`).toBe(0);
      }, 120_000);
    }
  }
});

describe('printing the front pages', () => {
  it.each(['/', '/es/'])(
    '%s prints nothing wider than the sheet, so the browser does not shrink the page to fit',
    async (path) => {
      const sheet = await onA4Sheet(path);
      const overflow = await beyondSheet(sheet);
      await sheet.close();
      expect(overflow, 'CSS px printed beyond the sheet').toBeLessThanOrEqual(0);
    },
  );
});
