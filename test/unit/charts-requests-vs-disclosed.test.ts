import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { requestsVsDisclosed } from '../../src/charts/requests-vs-disclosed';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, nb, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('requests-vs-disclosed');
const layout = requestsVsDisclosed(rows, NARROW, EN);
const area = (i: number) => layout.marks[i].shapes[0].width * layout.marks[i].shapes[0].height;

describe('requests-vs-disclosed area chart', () => {
  it('makes each square’s area proportional to the number of people, on one scale from zero', () => {
    expect(layout.side.domain[0]).toBe(0);
    expect(area(0) / area(1)).toBeCloseTo(7_600_000 / 1_280_000, 1);
    expect(area(1) / area(2)).toBeCloseTo(1_280_000 / 47_289, 0);
  });

  it('keeps the smallest square visible (at least 10 units wide)', () => {
    expect(layout.marks.at(-1)!.shapes[0].width).toBeGreaterThanOrEqual(10);
  });

  it('labels every square with its count and states the area encoding', () => {
    const text = layout.labels.map((l) => l.text).join(' ');
    // wrap() holds a number to its unit word with a non-breaking space, so no line ends between them.
    for (const v of ['7.6 million people', '1.28 million people', '47,289\u00a0people']) expect(text).toContain(nb(v));
    expect(text).toContain('area is proportional');
  });

  it('keeps every label and square inside the viewBox at 360 px, with no overlaps', () => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('throws on non-finite input', () => {
    expect(() => requestsVsDisclosed(rows.map((r) => ({ ...r, value: Number.NaN })), NARROW, EN)).toThrow(/not a finite number/);
  });

  it('gives the disclosed share of the narrowed request in the takeaway', () => {
    expect(chartText('requests-vs-disclosed', rows).takeaway).toBe(
      nb("Addresses the IRS disclosed: 47,289, about 3.7% of the 1.28 million people in ICE’s narrowed request."),
    );
  });
});
