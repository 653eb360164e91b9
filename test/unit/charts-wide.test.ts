import { describe, expect, it } from 'vitest';
import { CHART_SIZES, labelExtent, type ChartLayout } from '../../src/charts/common';
import { dataChain } from '../../src/charts/data-chain';
import { industryShare } from '../../src/charts/industry-share';
import { lawsuits } from '../../src/charts/lawsuits';
import { requestsVsDisclosed } from '../../src/charts/requests-vs-disclosed';
import { revenueScenarios } from '../../src/charts/revenue-scenarios';
import { taxesByLevel } from '../../src/charts/taxes-by-level';
import { taxesByState } from '../../src/charts/taxes-by-state';
import { workforceShare } from '../../src/charts/workforce-share';
import { casesOf, labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, EN } from './charts-fixtures';

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
    expect(wide.marks.map((m) => [m.key, m.category, m.value])).toEqual(narrow.marks.map((m) => [m.key, m.category, m.value]));
  });

  it('uses the extra width: its marks and labels reach past the narrow layout’s width', () => {
    const right = Math.max(...wide.marks.flatMap((m) => m.shapes.map((s) => s.x + s.width)), ...wide.labels.map((l) => labelExtent(l)[1]));
    expect(right).toBeGreaterThan(CHART_SIZES[0].width);
  });
});
