import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { taxesByState } from '../../src/charts/taxes-by-state';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, nb, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('taxes-by-state');
const layout = taxesByState(rows, NARROW, EN);

describe('taxes-by-state layout', () => {
  it('sorts the states largest first, whatever the order of the rows', () => {
    const shuffled = [...rows].reverse();
    expect(taxesByState(shuffled, NARROW, EN).order).toEqual([
      'california',
      'texas',
      'new-york',
      'florida',
      'illinois',
      'new-jersey',
    ]);
    const ys = layout.marks.map((m) => m.shapes[0].y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('starts the bar scale at zero and makes bar lengths proportional to the values', () => {
    expect(layout.x.domain[0]).toBe(0);
    const byLabel = new Map(rows.map((r) => [r.label, r.value]));
    const k = layout.marks.map((m) => m.shapes[0].width / byLabel.get(m.label)!);
    for (const v of k) expect(v).toBeCloseTo(k[0], 1);
    for (const m of layout.marks) expect(m.shapes[0].x).toBe(layout.x.range[0]);
  });

  it('keeps every label and mark inside the viewBox at 360 px, with no overlaps', () => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('throws on non-finite input', () => {
    expect(() => taxesByState([{ ...rows[0], value: Number.NaN }], NARROW, EN)).toThrow(/not a finite number/);
    expect(() => taxesByState([], NARROW, EN)).toThrow('taxes-by-state: no rows to draw');
  });

  it('names the leader and the next two states in the takeaway', () => {
    expect(chartText('taxes-by-state', rows).takeaway).toBe(
      nb('California led with $8.5 billion, then Texas ($4.9 billion) and New York ($3.1 billion).'),
    );
  });
});
