import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import {
  CARD,
  HOME_CARD,
  LINES,
  MIN_TEXT,
  SUMMARY_CARD,
  cardAlt,
  chartCard,
  linesOf,
  renderCard,
  renderCardPng,
  sectionCard,
  type CardBox,
  type CardInput,
} from '../../src/lib/og-image';
import { CHARTS, chartLocale, drawChart, type ChartId } from '../../src/chart-registry';
import { homeCard, summaryCard } from '../../src/lib/og-image';
import { SITE } from '../../src/site';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { sectionSchema } from '../../src/content/section-schema';
import { loadDataset } from './charts-fixtures';
import { ui } from '../../src/i18n/ui';
import { resolveDataset } from '../../src/content/dataset-text';
import { parseDataset } from '../../src/content/data-schema';

/** A dataset with its Spanish words (content/es/data/<id>.json), as the build reads it. */
const spanishDataset = (id: string) =>
  resolveDataset(
    parseDataset(JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8')), id),
    JSON.parse(readFileSync(`content/es/data/${id}.json`, 'utf8')),
    id,
  );

// Every card is laid out by satori; these tests read satori's own boxes (onNodeDetected) of the real
// cards of both editions and of the longest text the schema allows.
const sectionsOf = (locale: 'en' | 'es') =>
  readdirSync(`content/${locale}/sections`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) =>
      sectionSchema.parse(parseFrontmatter(readFileSync(`content/${locale}/sections/${f}`, 'utf8')).frontmatter),
    );
const sections = sectionsOf('en');

// The schema's limits: shareTitle ≤ 80 characters, summary ≤ 200, key figure qualifier ≤ 24, value ≤ 24,
// range ≤ 48, label ≤ 90.
const LONGEST_ALLOWED: CardInput = {
  header: SITE.name,
  title: 'What the Internal Revenue Service may share with Immigration and Customs agents.',
  figure: {
    qualifier: 'Slightly more than about',
    value: '$1,234,567,890,123 total',
    range: 'range $1,000,000,000 to $1,500,000,000,000 total',
    label: 'a label as long as the schema allows, written out in full to fill two lines of the card',
  },
};
const LONGEST_SUMMARY: CardInput = {
  header: SITE.name,
  title: LONGEST_ALLOWED.title,
  summary:
    'A summary as long as the schema allows: two full sentences that describe what the section covers, who it concerns, what the record shows and where it stops, in words a reader.',
};

const chartCards = (['en', 'es'] as const).flatMap((locale) =>
  (Object.keys(CHARTS) as ChartId[]).map((id) => {
    const drawn = drawChart(id, locale === 'en' ? loadDataset(id) : spanishDataset(id), chartLocale(locale));
    return {
      id: `${locale} ${id}`,
      input: chartCard({ layout: drawn.layouts[1], takeaway: drawn.text.takeaway, site: ui(locale).site.name }),
    };
  }),
);

const CARDS: [string, CardInput][] = [
  ...(['en', 'es'] as const).flatMap((l) =>
    sectionsOf(l).map((s): [string, CardInput] => [`${l} ${s.id}`, sectionCard(s, l)]),
  ),
  ['home', HOME_CARD],
  ['es home', homeCard('es')],
  ['summary', SUMMARY_CARD],
  ['es summary', summaryCard('es')],
  ['longest figure', LONGEST_ALLOWED],
  ['longest summary', LONGEST_SUMMARY],
  ...chartCards.map(({ id, input }): [string, CardInput] => [`chart ${id}`, input]),
];

const rendered = new Map<string, Promise<Awaited<ReturnType<typeof renderCard>>>>();
const render = (name: string, input: CardInput) => {
  if (!rendered.has(name)) rendered.set(name, renderCard(input));
  return rendered.get(name)!;
};
const texts = (boxes: CardBox[]) => boxes.filter((b) => b.textContent);

describe('the share cards, as satori lays them out', () => {
  it.each(CARDS)(
    '%s: every text is at least 28 px at 1200×630 (about 9 px in a 400 px feed)',
    { timeout: 60_000 },
    async (name, input) => {
      const { boxes } = await render(name, input);
      expect(texts(boxes).length).toBeGreaterThan(1);
      for (const b of texts(boxes)) expect(b.fontSize, b.textContent).toBeGreaterThanOrEqual(MIN_TEXT);
    },
  );

  it.each(CARDS)(
    '%s: every text box sits inside the card’s margins, each block within its line limit',
    { timeout: 60_000 },
    async (name, input) => {
      const { boxes } = await render(name, input);
      for (const b of texts(boxes)) {
        expect(b.top, b.textContent).toBeGreaterThanOrEqual(CARD.padY - 1);
        expect(b.top + b.height, b.textContent).toBeLessThanOrEqual(CARD.height - CARD.padY + 1);
        expect(b.left + b.width, b.textContent).toBeLessThanOrEqual(CARD.width - CARD.padX + 1);
      }
      const title = boxes.find((b) => b.key === 'title')!;
      expect(title.textContent).toBe(input.title);
      expect(linesOf(title)).toBeLessThanOrEqual(LINES.titleMost);
      for (const key of ['label', 'summary', 'range'] as const) {
        const b = boxes.find((x) => x.key === key);
        if (b) expect(linesOf(b), `${key}: ${b.textContent}`).toBeLessThanOrEqual(LINES[key]);
      }
    },
  );

  it('sets every real section’s share headline in at most three lines, at least 56 px', async () => {
    for (const s of sections) {
      const { boxes } = await render(`en ${s.id}`, sectionCard(s));
      const title = boxes.find((b) => b.key === 'title')!;
      expect(linesOf(title), s.shareTitle).toBeLessThanOrEqual(LINES.title);
      expect(title.fontSize, s.shareTitle).toBeGreaterThanOrEqual(56);
    }
  });

  it('sets a long title smaller than a short one, and keeps the figure under it, a fixed gap apart', async () => {
    const figure = sections.find((s) => s.keyFigure)!.keyFigure!;
    const long = await renderCard({ header: SITE.name, title: LONGEST_ALLOWED.title, figure });
    const short = await renderCard({ header: SITE.name, title: 'In court', figure });
    const size = (r: typeof long) => r.boxes.find((b) => b.key === 'title')!.fontSize!;
    expect(size(long)).toBeLessThan(size(short));
    for (const r of [long, short]) {
      const title = r.boxes.find((b) => b.key === 'title')!;
      const value = r.boxes.find((b) => b.key === 'value')!;
      expect(value.top - (title.top + title.height)).toBeGreaterThanOrEqual(CARD.gap - 1);
      expect(value.top - (title.top + title.height)).toBeLessThanOrEqual(CARD.gap + 24);
    }
  });

  it('sets a qualifier small on the number’s line, before it', async () => {
    const input = sectionCard(sections.find((s) => s.keyFigure?.qualifier)!);
    const { boxes } = await renderCard(input);
    const q = boxes.find((b) => b.key === 'qualifier')!;
    const v = boxes.find((b) => b.key === 'value')!;
    expect(q.fontSize!).toBeLessThan(v.fontSize! / 2);
    expect(q.left).toBeLessThan(v.left);
    expect(q.top + q.height).toBeGreaterThan(v.top + v.height / 2);
  });

  it.each(chartCards.map((c) => [c.id, c.input] as const))(
    'the %s chart card gives its key marks most of the card, under the takeaway',
    async (id, input) => {
      const { boxes } = await render(`chart ${id}`, input);
      const title = boxes.find((b) => b.key === 'title')!;
      const art = boxes.find((b) => b.key === 'art')!;
      expect(art.top).toBeGreaterThanOrEqual(title.top + title.height);
      expect(art.height).toBeGreaterThanOrEqual(200);
      expect(art.top + art.height).toBeLessThanOrEqual(CARD.height - CARD.padY + 1);
    },
  );

  it('stops with a clear error rather than cut text that could never fit', async () => {
    await expect(renderCard({ ...LONGEST_SUMMARY, title: 'An impossible title '.repeat(60) })).rejects.toThrow(
      /does not fit on the card/,
    );
  });

  it('describes the card in words for og:image:alt: headline, figure with its qualifier and range', () => {
    const shareTitle = 'Where the three lawsuits over IRS–ICE data sharing stand';
    const alt = cardAlt(
      sectionCard({
        shareTitle,
        summary: 'x'.repeat(30),
        keyFigure: { qualifier: 'approximately', value: '42,695', label: 'disclosures' },
      }),
    );
    expect(alt).toContain(shareTitle);
    expect(alt).toContain('approximately 42,695 disclosures');
    const ranged = cardAlt(
      sectionCard({
        shareTitle,
        summary: 'x'.repeat(30),
        keyFigure: { value: '$313 billion', range: 'range $147 billion to $479 billion', label: 'possible loss' },
      }),
    );
    expect(ranged).toContain('$313 billion possible loss (range $147 billion to $479 billion)');
  });

  it('renders a 1200×630 PNG far below 300 KB, the same bytes every time, with blank outer margins', async () => {
    const a = await renderCardPng(LONGEST_SUMMARY);
    const b = await renderCardPng(LONGEST_SUMMARY);
    const view = new DataView(a.buffer, a.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    expect(a.byteLength).toBeLessThan(300 * 1024);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const image = new Resvg((await render('longest summary', LONGEST_SUMMARY)).svg, {
      font: { loadSystemFonts: false },
    }).render();
    const { pixels: data, width, height } = image;
    const marks: string[] = [];
    for (let y = 0; y < height; y++) {
      for (let x = CARD.bar; x < width; x++) {
        if (!(x >= width - CARD.padX / 2 || y < CARD.padY / 2 || y >= height - CARD.padY / 2)) continue;
        const at = 4 * (y * width + x);
        if (data[at]! < 250 || data[at + 1]! < 250 || data[at + 2]! < 250) marks.push(`${x},${y}`);
      }
    }
    expect(marks.slice(0, 5)).toEqual([]);
  });
});
