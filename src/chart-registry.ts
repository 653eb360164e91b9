// Every chart a writer can place with <Chart id="…" />: which kind of dataset it draws, its layout maths
// and its words. One list, read by the one generic shell (ChartShell.astro), by <Chart> and by the tests;
// adding a chart is a row here, not another .astro file. It sits above both halves it joins: the chart
// maths (src/charts/, which take words as input) and the languages' words and formats (src/i18n/).
import type { AnyDataset, CaseRow, DataRow } from './content/data-schema';
import { isCaseDataset, isLaneDataset } from './content/data-schema';
import { SITE } from './site';
import type { ChartLayout, ChartText } from './charts/common';
import { CHART_BROAD, CHART_SIZES } from './charts/common';
import { courtFight, courtFightCard, describeCourtFight, type CourtFightInput } from './charts/court-fight';
import { formatters, type Formatters } from './i18n/format';
import { chartWords, type ChartWords } from './i18n/charts';
import type { Locale } from './i18n/locales';
import { dataChain, describeDataChain } from './charts/data-chain';
import { describeIndustryShare, industryShare } from './charts/industry-share';
import { describeLawsuits, lawsuits } from './charts/lawsuits';
import { describeRequestsVsDisclosed, requestsVsDisclosed } from './charts/requests-vs-disclosed';
import { describeRevenueScenarios, revenueScenarios } from './charts/revenue-scenarios';
import { describeTaxesByLevel, taxesByLevel } from './charts/taxes-by-level';
import { describeTaxesByState, taxesByState } from './charts/taxes-by-state';
import { describeWorkforceShare, workforceShare } from './charts/workforce-share';

/** A language for the charts: its formats and every chart word (the layouts' words and the sentence templates). */
export interface ChartLanguage {
  f: Formatters;
  w: ChartWords;
  /** Which language, so a headline over its word limit can name the dictionary that wrote it. */
  locale?: Locale;
}
/** The formats and chart words of a language; a layout takes it as its ChartLocale. */
export const chartLocale = (locale: Locale): ChartLanguage => ({
  f: formatters(locale),
  w: chartWords(locale),
  locale,
});

/** Words in a headline as a reader counts them: "$96.7 billion" is two, "IRS–ICE" one. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** English, the default of chartText() and drawChart() (tests call them without a locale). */
const EN: ChartLanguage = chartLocale('en');

type Size = { width: number };
type Template<F> = (facts: F, f: Formatters) => ChartText;
interface ChartDef<K extends 'figures' | 'cases', R, F> {
  /** The dataset kind the chart draws: figure rows, or court cases with their steps. */
  kind: K;
  /** Layout at one width (CHART_SIZES: the narrow and the wide drawing), in a locale. */
  layout: (rows: R[], size: Size, L: ChartLanguage) => ChartLayout;
  /** What the chart says, as numbers, ids and labels from the rows. */
  describe: (rows: R[]) => F;
  /** The locale's template that turns those facts into the takeaway and the screen-reader description. */
  words: (w: ChartWords) => Template<F>;
  /** Rows marked comparable: false are not drawn but printed under the chart (a revised series, say). */
  notesIncomparable?: boolean;
  /** Also drawn at CHART_BROAD for wide screens, where its figure leaves the text column. */
  broad?: boolean;
}
const figures = <F>(
  layout: ChartDef<'figures', DataRow, F>['layout'],
  describe: ChartDef<'figures', DataRow, F>['describe'],
  words: ChartDef<'figures', DataRow, F>['words'],
  options: { notesIncomparable?: boolean; broad?: boolean } = {},
) => ({ kind: 'figures' as const, layout, describe, words, ...options }) satisfies ChartDef<'figures', DataRow, F>;
const cases = <F>(
  layout: ChartDef<'cases', CaseRow, F>['layout'],
  describe: ChartDef<'cases', CaseRow, F>['describe'],
  words: ChartDef<'cases', CaseRow, F>['words'],
  options: { broad?: boolean } = {},
) => ({ kind: 'cases' as const, layout, describe, words, ...options }) satisfies ChartDef<'cases', CaseRow, F>;
/** A chart of lanes: it draws the whole dataset (lanes, rows) and the date the sources were checked through. */
interface LanesDef<F> {
  kind: 'lanes';
  layout: (input: CourtFightInput, size: Size, L: ChartLanguage) => ChartLayout;
  describe: (input: CourtFightInput) => F;
  words: (w: ChartWords) => Template<F>;
  /** A short drawing for the share card, where the full one would be scaled past reading. */
  card?: (input: CourtFightInput, L: ChartLanguage) => ChartLayout;
  /** Also drawn at CHART_BROAD for wide screens (as ChartDef's). */
  broad?: boolean;
}
const lanes = <F>(
  layout: LanesDef<F>['layout'],
  describe: LanesDef<F>['describe'],
  words: LanesDef<F>['words'],
  card?: LanesDef<F>['card'],
  options: { broad?: boolean } = {},
): LanesDef<F> => ({
  kind: 'lanes',
  layout,
  describe,
  words,
  card,
  ...options,
});

// Registry order is the order charts are offered in (court-fight, the lead graphic, first). `broad`: the
// charts that gain from a 960 px drawing on wide screens (a time axis with room for its labels, bars on a
// longer scale with their words on one line); squares, grids and lists only grow emptier, so stay in the column.
export const CHARTS = {
  'court-fight': lanes(courtFight, describeCourtFight, (w) => w.courtFight.text, courtFightCard, { broad: true }),
  'taxes-by-level': figures(taxesByLevel, describeTaxesByLevel, (w) => w.taxesByLevel.text, { broad: true }),
  'taxes-by-state': figures(taxesByState, describeTaxesByState, (w) => w.taxesByState.text),
  'workforce-share': figures(workforceShare, describeWorkforceShare, (w) => w.workforceShare.text, {
    notesIncomparable: true,
  }),
  'industry-share': figures(industryShare, describeIndustryShare, (w) => w.industryShare.text),
  'requests-vs-disclosed': figures(requestsVsDisclosed, describeRequestsVsDisclosed, (w) => w.requests.text),
  'data-chain': figures(dataChain, describeDataChain, (w) => w.dataChain.text),
  lawsuits: cases(lawsuits, describeLawsuits, (w) => w.lawsuits.text),
  'revenue-scenarios': figures(revenueScenarios, describeRevenueScenarios, (w) => w.revenue.text, { broad: true }),
} as const;

export type ChartId = keyof typeof CHARTS;

/** What a chart shell draws: both layouts, the words, and the rows printed instead of drawn. */
export interface DrawnChart {
  layouts: readonly [ChartLayout, ChartLayout];
  /** The layout at CHART_BROAD, for a chart the registry marks `broad` (the page only; downloads use the wide one). */
  broad?: ChartLayout;
  text: ChartText;
  notDrawn: DataRow[];
  /** The share card's own drawing, for a chart whose wide layout is too tall for a card. */
  card?: ChartLayout;
}

/** A chart's takeaway and description in a locale: its facts through that locale's template. */
export function chartText(
  id: ChartId,
  rows: readonly (DataRow | CaseRow)[] | CourtFightInput,
  L: ChartLanguage = EN,
): ChartText {
  const chart = CHARTS[id] as unknown as {
    describe: (x: unknown) => unknown;
    words: (w: ChartWords) => Template<unknown>;
  };
  const text = chart.words(L.w)(chart.describe(rows), L.f);
  // A headline makes one point in a line or two on a phone: past the language's limit the build stops.
  const words = wordCount(text.takeaway);
  if (words > L.w.headlineWords) {
    throw new Error(
      `src/i18n/charts/${L.locale ?? 'en'}.ts: the headline (takeaway) of chart "${id}" has ${words} words, more than ${L.w.headlineWords}: "${text.takeaway}"`,
    );
  }
  return text;
}

/** Both drawings of a chart and its words in a locale; a dataset of the wrong kind fails the build naming its file. */
export function drawChart(id: ChartId, data: AnyDataset, L: ChartLanguage = EN): DrawnChart {
  const chart = CHARTS[id];
  if (!chart)
    throw new Error(
      `<Chart id="${id}">: unknown chart; use one of ${Object.keys(CHARTS)
        .map((k) => `"${k}"`)
        .join(', ')}`,
    );
  const file = `content/data/${id}.json`;
  if (chart.kind === 'lanes') {
    if (!isLaneDataset(data)) throw new Error(`${file}: the ${id} chart needs "kind": "lanes" with lanes and rows`);
    // The dated line: how far the cited sources were re-read (src/site.ts), the same date the page shows.
    const input: CourtFightInput = { lanes: data.lanes, rows: data.rows, checkedThrough: SITE.sourcesCheckedThrough };
    const card = chart.card?.(input, L);
    const broad = chart.broad ? chart.layout(input, { width: CHART_BROAD }, L) : undefined;
    return {
      layouts: [chart.layout(input, CHART_SIZES[0], L), chart.layout(input, CHART_SIZES[1], L)],
      text: chartText(id, input, L),
      notDrawn: [],
      ...(card ? { card } : {}),
      ...(broad ? { broad } : {}),
    };
  }
  if (isLaneDataset(data)) throw new Error(`${file}: "kind": "lanes" is drawn only by a lanes chart, not ${id}`);
  if (chart.kind === 'cases') {
    if (!isCaseDataset(data)) throw new Error(`${file}: the ${id} chart needs "kind": "cases" rows`);
    const broad = 'broad' in chart && chart.broad ? chart.layout(data.rows, { width: CHART_BROAD }, L) : undefined;
    return {
      layouts: [chart.layout(data.rows, CHART_SIZES[0], L), chart.layout(data.rows, CHART_SIZES[1], L)],
      text: chartText(id, data.rows, L),
      notDrawn: [],
      ...(broad ? { broad } : {}),
    };
  }
  if (isCaseDataset(data)) throw new Error(`${file}: the ${id} chart draws figure rows, not "kind": "cases"`);
  const notDrawn =
    'notesIncomparable' in chart && chart.notesIncomparable ? data.rows.filter((r) => r.comparable === false) : [];
  const broad = 'broad' in chart && chart.broad ? chart.layout(data.rows, { width: CHART_BROAD }, L) : undefined;
  return {
    layouts: [chart.layout(data.rows, CHART_SIZES[0], L), chart.layout(data.rows, CHART_SIZES[1], L)],
    text: chartText(id, data.rows, L),
    notDrawn,
    ...(broad ? { broad } : {}),
  };
}
