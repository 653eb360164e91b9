import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { requestsVsDisclosed } from '../../src/charts/requests-vs-disclosed';
import { CHART_SIZES } from '../../src/charts/common';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, nb, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('requests-vs-disclosed');
const layout = requestsVsDisclosed(rows, NARROW, EN);
const areaOf = (key: string) =>
  layout.marks.find((m) => m.key === key)!.shapes.reduce((a, s) => a + (s.outline ? 0 : s.width * s.height), 0);

describe('requests-vs-disclosed: the match rate of the request the IRS acted on', () => {
  it('fills exactly the disclosed share of a 100-square grid of the narrowed request, not a rounded one', () => {
    const disclosed = layout.marks.find((m) => m.key === 'disclosed')!;
    const cell = disclosed.shapes[0].height;
    expect(areaOf('disclosed') / (cell * cell)).toBeCloseTo((47_289 / 1_280_000) * 100, 1);
    const rest = layout.marks.find((m) => m.key === 'narrowed-request')!;
    expect(rest.shapes.every((s) => s.outline)).toBe(true);
    expect(rest.shapes).toHaveLength(100 - 3);
  });

  it('names the refused requests with their dates under the grid, so the 7.6 and 7.3 million are not left out', () => {
    const text = layout.labels.map((l) => l.text.replace(/\u00a0/g, ' ')).join(' ');
    for (const v of ['7.6 million (June 5, 2025)', '7.3 million (June 24, 2025)', '47,289', '3.7%', '1.28 million'])
      expect(text).toContain(v);
    expect(text).toMatch(/refused two larger requests/);
  });

  it('keeps every label and square inside the viewBox in both layouts, with no overlaps', () => {
    for (const size of CHART_SIZES) {
      const drawn = requestsVsDisclosed(rows, size, EN);
      expect(outsideViewBox(drawn)).toEqual([]);
      expect(overlappingLabels(drawn)).toEqual([]);
      expect(labelsOverMarks(drawn)).toEqual([]);
    }
  });

  it('throws on non-finite input', () => {
    expect(() =>
      requestsVsDisclosed(
        rows.map((r) => ({ ...r, value: Number.NaN })),
        NARROW,
        EN,
      ),
    ).toThrow(/not a finite number/);
  });

  it('gives the disclosed share of the narrowed request in the takeaway', () => {
    expect(chartText('requests-vs-disclosed', rows).takeaway).toBe(
      nb('The IRS disclosed addresses for 47,289 of the 1.28 million names: about 3.7%.'),
    );
  });
});
