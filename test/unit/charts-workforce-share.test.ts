import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { mainRows, workforceShare } from '../../src/charts/workforce-share';
import type { DataRow } from '../../src/content/data-schema';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('workforce-share');
const layout = workforceShare(rows, NARROW, EN);
const share = (value: number): DataRow[] => [
  { id: 'share', label: 'Share', value, unit: 'percent', period: '2022', source: 's' },
];

describe('workforce-share waffle', () => {
  it('has 100 squares, each 1% of workers', () => {
    expect(layout.cells).toHaveLength(100);
  });

  it('fills 4.8 squares for 4.8%: four whole squares and 80% of the fifth, not five', () => {
    expect(layout.share).toBe(4.8);
    expect(layout.filled).toEqual({ full: 4, partial: 0.8 });
    const fills = layout.cells.map((c) => c.fill);
    expect(fills.filter((f) => f === 1)).toHaveLength(4);
    expect(fills[4]).toBe(0.8);
    expect(fills.slice(5).every((f) => f === 0)).toBe(true);
    expect(fills.reduce((a, b) => a + b, 0)).toBeCloseTo(4.8, 9);
  });

  it('draws the partial square 80% wide', () => {
    const [, , , , outline, part] = layout.marks[0].shapes;
    expect(outline.outline).toBe(true);
    expect(part.width / outline.width).toBeCloseTo(0.8, 1);
  });

  it('fills whole squares exactly for whole percentages', () => {
    expect(workforceShare(share(13), NARROW, EN).filled).toEqual({ full: 13, partial: 0 });
    expect(workforceShare(share(0), NARROW, EN).cells.every((c) => c.fill === 0)).toBe(true);
    expect(workforceShare(share(100), NARROW, EN).cells.every((c) => c.fill === 1)).toBe(true);
  });

  it('never draws the revised, not-comparable series', () => {
    const { share: drawn, others } = mainRows(rows);
    expect(drawn).toMatchObject({ value: 4.8, period: '2022' });
    expect(others.map((r) => r.value)).toEqual([5.6, 9_700_000]);
    expect(JSON.stringify(layout)).not.toContain('5.6');
    expect(JSON.stringify(layout)).not.toContain('9.7');
  });

  it('keeps the grid and its labels inside the viewBox at 360 px, with no overlaps', () => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('states the rounding honestly: 4.8%, about 1 in 21', () => {
    const text = chartText('workforce-share', rows);
    expect(text.takeaway).toBe('About 1 in 21 U.S. workers (4.8%) was an unauthorized immigrant in 2022.');
    expect(text.description).toContain('4 squares and 80% of another are filled');
  });

  it('throws on non-finite or impossible shares', () => {
    expect(() => workforceShare(share(Number.NaN), NARROW, EN)).toThrow(/not a finite number/);
    expect(() => workforceShare(share(140), NARROW, EN)).toThrow(/above 100%/);
  });
});
