import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { revenueScenarios, categoryOf } from '../../src/charts/revenue-scenarios';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('revenue-scenarios');
const layout = revenueScenarios(rows, NARROW, EN);
// Marks are keyed by row id; a label names its row here only to find that id.
const bar = (label: string) => layout.marks.find((m) => m.key === rows.find((r) => r.label === label)?.id)!;
// Read as a reader does: the non-breaking spaces that hold a number to its unit (or a date together) as spaces.
const plainText = (t: { takeaway: string; description: string }) => ({
  takeaway: t.takeaway.replace(/\u00a0/g, ' '),
  description: t.description.replace(/\u00a0/g, ' '),
});
const texts = layout.labels.map((l) => l.text.replace(/\u00a0/g, ' '));

describe('revenue-scenarios blocks', () => {
  it('gives each study its own heading and draws no line joining studies', () => {
    for (const study of new Set(rows.map((r) => r.group!))) expect(texts.join(' ')).toContain(study);
    // The only rules are the range brackets, one per ranged estimate, each a few units tall.
    expect(layout.rules).toHaveLength(rows.filter((r) => r.low !== undefined).length);
    for (const rule of layout.rules) {
      const ys = [...rule.d.matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1]));
      expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(10);
    }
  });

  it('draws the yearly estimates as bars from zero on one shared scale', () => {
    expect(layout.x.domain[0]).toBe(0);
    const w = (l: string) => bar(l).shapes[0].width;
    expect(w('Federal, 30-point fall') / w('Federal, 10-point fall')).toBeCloseTo(25.9 / 8.6, 1);
    expect(w('In 2026') / w('Federal, 1-point fall')).toBeCloseTo(25 / 40, 1);
  });

  it('shows each range as a bracket from its low to its high end under the bar', () => {
    const x = (v: number) => layout.x.range[0] + ((layout.x.range[1] - layout.x.range[0]) * v) / layout.x.domain[1];
    const bracket = layout.rules[0].d;
    expect(bracket).toContain(`M${x(12).toFixed(1).replace(/\.0$/, '')},`);
    expect(texts.join(' ')).toContain('$25 billion (range $12–39 billion)');
  });

  it('draws a ten-year total (comparable: false) as an outline on its own scale, and says so', () => {
    const ten = bar('Over 2026–35').shapes[0];
    expect(ten.outline).toBe(true);
    expect(texts).toContain('Over 2026–35, own scale');
    expect(texts.join(' ')).toContain('$313 billion (range $147–479 billion)');
  });

  it('colours federal and state-and-local estimates as the taxes charts do', () => {
    expect(categoryOf(rows.find((r) => r.label === 'Federal, 10-point fall')!)).toBe('tax-federal');
    expect(categoryOf(rows.find((r) => r.label === 'State and local, 10-point fall')!)).toBe('tax-state-local');
  });

  it('keeps every label and bar inside the viewBox at 360 px, with no label over another or over a bar', () => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('refuses non-finite values and a row with no study', () => {
    expect(() =>
      revenueScenarios(
        rows.map((r) => ({ ...r, value: Number.NaN })),
        NARROW,
        EN,
      ),
    ).toThrow(/not a finite number/);
    expect(() =>
      revenueScenarios(
        rows.map((r) => ({ ...r, low: r.low === undefined ? undefined : Number.NaN })),
        NARROW,
        EN,
      ),
    ).toThrow(/low that is not a finite number/);
    expect(() =>
      revenueScenarios(
        rows.map(({ group, ...r }) => r),
        NARROW,
        EN,
      ),
    ).toThrow(/needs a group/);
  });

  it('leads with the central forecast and says the studies measure different things', () => {
    const { takeaway, description } = plainText(chartText('revenue-scenarios', rows));
    expect(takeaway).toBe('Three studies measure different things; one forecasts $25 billion lost in 2026.');
    for (const v of ['$8.6 billion', '$900 million', '$25.9 billion', '$2.6 billion', '$40 billion', '$313 billion'])
      expect(description).toContain(v);
  });
});
