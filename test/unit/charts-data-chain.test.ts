import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { dataChain } from '../../src/charts/data-chain';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('data-chain');
const layout = dataChain(rows, NARROW, EN);
// Marks are keyed by row id (labels are translated text).
const mark = (id: string) => layout.marks.find((m) => m.key === id)!;
const area = (id: string) => mark(id).shapes[0].width * mark(id).shapes[0].height;
const inside = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width + 0.05 && a.y + a.height <= b.y + b.height + 0.05;

describe('data-chain nested areas', () => {
  it('draws each request as a square whose area is proportional to its people, on one scale from zero', () => {
    expect(layout.side.domain[0]).toBe(0);
    expect(area('first-request') / area('narrowed-request')).toBeCloseTo(7_600_000 / 1_280_000, 1);
    expect(area('second-request') / area('narrowed-request')).toBeCloseTo(7_300_000 / 1_280_000, 1);
  });

  it('draws the requests as outlines in date order and the disclosed addresses filled inside the narrowed request', () => {
    const requests = layout.marks.slice(0, 3);
    expect(requests.map((m) => m.shapes[0].outline)).toEqual([true, true, true]);
    expect(requests.map((m) => m.shapes[0].x)).toEqual([...requests.map((m) => m.shapes[0].x)].sort((a, b) => a - b));
    const disclosed = mark('disclosed').shapes[0];
    expect(disclosed.outline).toBeFalsy();
    expect(inside(disclosed, mark('narrowed-request').shapes[0])).toBe(true);
    expect(area('disclosed') / area('narrowed-request')).toBeCloseTo(47_289 / 1_280_000, 2);
  });

  it('enlarges the disclosed square into a bar with the part the judge found unlawful inside it, in proportion', () => {
    const bar = mark('disclosed-enlarged').shapes[0];
    const part = mark('likely-unlawful').shapes[0];
    expect(inside(part, bar)).toBe(true);
    expect(part.width / bar.width).toBeCloseTo(42_695 / 47_289, 2);
    expect(layout.magnification / ((bar.width * bar.height) / area('disclosed'))).toBeCloseTo(1, 1);
    expect(layout.labels.map((l) => l.text.replace(/\u00a0/g, ' ')).join(' ')).toMatch(
      /The bar has \d+ times the area of the small filled square/,
    );
  });

  it('enlarges the square by the same factor at every width, so the note says the same on a phone, on a desktop and in the PNG', () => {
    const factors = [320, 340, 560, 960].map((width) => {
      const drawn = dataChain(rowsOf('data-chain'), { width }, EN);
      const at = (key: string) => drawn.marks.find((m) => m.key === key)!.shapes[0];
      const bar = at('disclosed-enlarged');
      const square = at('disclosed');
      const note = drawn.labels
        .map((l) => l.text.replace(/\u00a0/g, ' '))
        .join(' ')
        .match(/has (\d+) times the area/)?.[1];
      return {
        note: Number(note),
        measured: Math.round((bar.width * bar.height) / (square.width * square.width) / 10) * 10,
      };
    });
    expect(new Set(factors.map((f) => f.note)).size, JSON.stringify(factors)).toBe(1);
    for (const f of factors) expect(f.measured).toBe(f.note);
  });

  it('prints every count with its unit on one line, and the share of the part', () => {
    const texts = layout.labels.map((l) => l.text.replace(/\u00a0/g, ' '));
    for (const v of ['7.6 million', '7.3 million', '1.28 million', 'All 47,289', '42,695 (about 90%)'])
      expect(texts).toContain(v);
    const splits = texts.filter(
      (t, i) => /\d,?$/.test(t) && /^(million|billion|people|\d{4})/.test(texts[i + 1] ?? ''),
    );
    expect(splits).toEqual([]);
  });

  it('keeps every label and mark inside the viewBox at 360 px, with no label over another or over a mark', () => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('refuses non-finite values and a disclosed figure larger than its request', () => {
    expect(() =>
      dataChain(
        rows.map((r) => ({ ...r, value: Number.NaN })),
        NARROW,
        EN,
      ),
    ).toThrow(/not a finite number/);
    const bigger = rows.map((r) => (r.label === 'Addresses the IRS disclosed' ? { ...r, value: 2_000_000 } : r));
    expect(() => dataChain(bigger, NARROW, EN)).toThrow(
      /"Addresses the IRS disclosed" is larger than "Narrowed request"/,
    );
    expect(() =>
      dataChain(
        rows.filter((r) => r.partOf === undefined),
        NARROW,
        EN,
      ),
    ).toThrow(/needs one row whose partOf names a request/);
  });

  it('states the chain in the takeaway and every figure in the description', () => {
    const { takeaway, description } = chartText('data-chain', rows);
    // The headline keeps to the chain's two ends; the judge's count is drawn, labelled and in the description.
    expect(takeaway.replace(/\u00a0/g, ' ')).toBe(
      'ICE’s requests named up to 7.6 million people; the IRS disclosed 47,289 addresses.',
    );
    for (const v of ['7.6 million', '7.3 million', '1.28 million', '47,289', '3.7%', '42,695', '90.3%'])
      expect(description.replace(/\u00a0/g, ' ')).toContain(v);
  });
});
