import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { industryShare } from '../../src/charts/industry-share';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('industry-share');
const layout = industryShare(rows, NARROW, EN);

describe('industry-share layout', () => {
  it('starts the percent scale at zero, with a 0% tick', () => {
    expect(layout.x.domain[0]).toBe(0);
    expect(layout.ticks[0]).toMatchObject({ value: 0, label: '0%' });
    for (const m of layout.marks) expect(m.shapes[0].x).toBe(layout.x.range[0]);
  });

  it('makes bar lengths proportional to the shares', () => {
    const w = layout.marks.map((m) => m.shapes[0].width);
    expect(w[0] / w[2]).toBeCloseTo(13 / 7, 2);
    expect(w[1] / w[2]).toBeCloseTo(12 / 7, 2);
  });

  it('keeps the long industry names and every label inside the viewBox at 360 px, with no overlaps', () => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('refuses to mix sources in one series', () => {
    expect(() =>
      industryShare([...rows, { ...rows[0], source: 'aic', label: 'Construction (AIC)' }], NARROW, EN),
    ).toThrow(/one source per chart/);
  });

  it('throws on non-finite input', () => {
    expect(() => industryShare([{ ...rows[0], value: Infinity }], NARROW, EN)).toThrow(/not a finite number/);
  });

  it('says "about 1 in 8" for 13%', () => {
    expect(chartText('industry-share', rows).takeaway).toBe(
      'In construction, about 1 in 8 workers (13%) was an unauthorized immigrant in 2022.',
    );
  });
});
