import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_BROAD, CHART_SIZES, FONT, labelExtent, type ChartLayout } from '../../src/charts/common';
import { CHARTS, chartLocale, drawChart, type ChartId } from '../../src/chart-registry';
import { parseDataset } from '../../src/content/data-schema';
import { resolveDataset } from '../../src/content/dataset-text';
import { dataChain } from '../../src/charts/data-chain';
import { industryShare } from '../../src/charts/industry-share';
import { lawsuits } from '../../src/charts/lawsuits';
import { requestsVsDisclosed } from '../../src/charts/requests-vs-disclosed';
import { revenueScenarios } from '../../src/charts/revenue-scenarios';
import { taxesByLevel } from '../../src/charts/taxes-by-level';
import { taxesByState } from '../../src/charts/taxes-by-state';
import { workforceShare } from '../../src/charts/workforce-share';
import {
  casesOf,
  labelsOverMarks,
  loadDataset,
  outsideViewBox,
  overlappingLabels,
  rowsOf,
  EN,
} from './charts-fixtures';

// Every chart is drawn twice, narrow and wide (ChartFigure shows the one that fits its column);
// the wide layout must be as clean as the narrow one the per-chart tests check.
const charts: [string, (size: { width: number }) => ChartLayout][] = [
  ['taxes-by-level', (size) => taxesByLevel(rowsOf('taxes-by-level'), size, EN)],
  ['taxes-by-state', (size) => taxesByState(rowsOf('taxes-by-state'), size, EN)],
  ['workforce-share', (size) => workforceShare(rowsOf('workforce-share'), size, EN)],
  ['industry-share', (size) => industryShare(rowsOf('industry-share'), size, EN)],
  ['requests-vs-disclosed', (size) => requestsVsDisclosed(rowsOf('requests-vs-disclosed'), size, EN)],
  ['data-chain', (size) => dataChain(rowsOf('data-chain'), size, EN)],
  ['lawsuits', (size) => lawsuits(casesOf('lawsuits'), size, EN)],
  ['revenue-scenarios', (size) => revenueScenarios(rowsOf('revenue-scenarios'), size, EN)],
];

describe.each(charts)('the %s chart, laid out wide', (_id, draw) => {
  const wide = draw(CHART_SIZES[1]);
  const narrow = draw(CHART_SIZES[0]);

  it('keeps every label and mark inside its viewBox, with no overlaps', () => {
    expect(wide.width).toBe(CHART_SIZES[1].width);
    expect(outsideViewBox(wide)).toEqual([]);
    expect(overlappingLabels(wide)).toEqual([]);
    expect(labelsOverMarks(wide)).toEqual([]);
  });

  it('draws the same marks, in the same categories, as the narrow layout', () => {
    expect(wide.marks.map((m) => [m.key, m.category, m.value])).toEqual(
      narrow.marks.map((m) => [m.key, m.category, m.value]),
    );
  });

  it('uses the extra width: its marks and labels reach past the narrow layout’s width', () => {
    const right = Math.max(
      ...wide.marks.flatMap((m) => m.shapes.map((s) => s.x + s.width)),
      ...wide.labels.map((l) => labelExtent(l)[1]),
    );
    expect(right).toBeGreaterThan(CHART_SIZES[0].width);
  });
});

// The charts the registry marks broad are drawn a third time, at CHART_BROAD, for screens from 1200 px
// (ChartFigure shows that drawing at up to 1:1 beside the text column). In both languages it must be as
// clean as the others, keep its text at the chart's own size (not scaled up), and be at least three charts.
const broad = (Object.keys(CHARTS) as ChartId[]).filter((id) => 'broad' in CHARTS[id] && CHARTS[id].broad);
const spanish = (id: string) =>
  resolveDataset(
    parseDataset(JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8')), id),
    JSON.parse(readFileSync(`content/es/data/${id}.json`, 'utf8')),
    id,
  );

describe('the wide-screen drawings', () => {
  it('are drawn for at least three charts, the court fight among them', () => {
    expect(broad).toContain('court-fight');
    expect(broad.length).toBeGreaterThanOrEqual(3);
  });

  it.each(
    broad.flatMap(
      (id) =>
        [
          [id, 'en'],
          [id, 'es'],
        ] as const,
    ),
  )('%s (%s) is laid out at CHART_BROAD, its text at chart size, inside its viewBox with no overlaps', (id, locale) => {
    const data = locale === 'en' ? loadDataset(id) : spanish(id);
    const drawn = drawChart(id, data, chartLocale(locale));
    const layout = drawn.broad!;
    expect(layout.width).toBe(CHART_BROAD);
    expect(Math.min(...layout.labels.map((l) => l.size))).toBeGreaterThanOrEqual(FONT);
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
    expect(layout.marks.map((m) => [m.key, m.category, m.value])).toEqual(
      drawn.layouts[1].marks.map((m) => [m.key, m.category, m.value]),
    );
  });
});
