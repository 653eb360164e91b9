// Every chart a writer can place with <Chart id="…" />: which kind of dataset it draws, its layout maths
// and its words. One list, read by the one generic shell (ChartShell.astro), by <Chart> and by the tests;
// adding a chart is a row here, not another .astro file.
import type { AnyDataset, CaseRow, DataRow } from '../content/data-schema';
import { isCaseDataset } from '../content/data-schema';
import type { ChartLayout, ChartText } from './common';
import { CHART_SIZES } from './common';
import { dataChain, describeDataChain } from './data-chain';
import { describeIndustryShare, industryShare } from './industry-share';
import { describeLawsuits, lawsuits } from './lawsuits';
import { describeRequestsVsDisclosed, requestsVsDisclosed } from './requests-vs-disclosed';
import { describeRevenueScenarios, revenueScenarios } from './revenue-scenarios';
import { describeTaxesByLevel, taxesByLevel } from './taxes-by-level';
import { describeTaxesByState, taxesByState } from './taxes-by-state';
import { describeWorkforceShare, workforceShare } from './workforce-share';

type Size = { width: number };
interface ChartDef<K extends 'figures' | 'cases', R> {
  /** The dataset kind the chart draws: figure rows, or court cases with their steps. */
  kind: K;
  /** Layout at one width (CHART_SIZES: the narrow and the wide drawing). */
  layout: (rows: R[], size: Size) => ChartLayout;
  /** The takeaway and the screen-reader description, from the same rows. */
  describe: (rows: R[]) => ChartText;
  /** Rows marked comparable: false are not drawn but printed under the chart (a revised series, say). */
  notesIncomparable?: boolean;
}
const figures = (
  layout: ChartDef<'figures', DataRow>['layout'],
  describe: ChartDef<'figures', DataRow>['describe'],
  options: Pick<ChartDef<'figures', DataRow>, 'notesIncomparable'> = {},
) => ({ kind: 'figures', layout, describe, ...options }) as const satisfies ChartDef<'figures', DataRow>;
const cases = (layout: ChartDef<'cases', CaseRow>['layout'], describe: ChartDef<'cases', CaseRow>['describe']) =>
  ({ kind: 'cases', layout, describe }) as const satisfies ChartDef<'cases', CaseRow>;

export const CHARTS = {
  'taxes-by-level': figures(taxesByLevel, describeTaxesByLevel),
  'taxes-by-state': figures(taxesByState, describeTaxesByState),
  'workforce-share': figures(workforceShare, describeWorkforceShare, { notesIncomparable: true }),
  'industry-share': figures(industryShare, describeIndustryShare),
  'requests-vs-disclosed': figures(requestsVsDisclosed, describeRequestsVsDisclosed),
  'data-chain': figures(dataChain, describeDataChain),
  lawsuits: cases(lawsuits, describeLawsuits),
  'revenue-scenarios': figures(revenueScenarios, describeRevenueScenarios),
} as const;

export type ChartId = keyof typeof CHARTS;

/** What a chart shell draws: both layouts, the words, and the rows printed instead of drawn. */
export interface DrawnChart {
  layouts: readonly [ChartLayout, ChartLayout];
  text: ChartText;
  notDrawn: DataRow[];
}

/** Both drawings of a chart and its words; a dataset of the wrong kind fails the build naming its file. */
export function drawChart(id: ChartId, data: AnyDataset): DrawnChart {
  const chart = CHARTS[id];
  if (!chart) throw new Error(`<Chart id="${id}">: unknown chart; use one of ${Object.keys(CHARTS).map((k) => `"${k}"`).join(', ')}`);
  const file = `content/data/${id}.json`;
  if (chart.kind === 'cases') {
    if (!isCaseDataset(data)) throw new Error(`${file}: the ${id} chart needs "kind": "cases" rows`);
    return { layouts: [chart.layout(data.rows, CHART_SIZES[0]), chart.layout(data.rows, CHART_SIZES[1])], text: chart.describe(data.rows), notDrawn: [] };
  }
  if (isCaseDataset(data)) throw new Error(`${file}: the ${id} chart draws figure rows, not "kind": "cases"`);
  const notDrawn = 'notesIncomparable' in chart && chart.notesIncomparable ? data.rows.filter((r) => r.comparable === false) : [];
  return { layouts: [chart.layout(data.rows, CHART_SIZES[0]), chart.layout(data.rows, CHART_SIZES[1])], text: chart.describe(data.rows), notDrawn };
}
