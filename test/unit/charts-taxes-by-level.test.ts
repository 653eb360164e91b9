import { describe, expect, it } from 'vitest';
import { describeTaxesByLevel, taxesByLevel } from '../../src/charts/taxes-by-level';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf } from './charts-fixtures';

const rows = rowsOf('taxes-by-level');
const layout = taxesByLevel(rows);
const mark = (label: string) => layout.marks.find((m) => m.label === label)!;

describe('taxes-by-level layout', () => {
  it('draws federal and state & local for both estimates, plus the ITEP payroll parts', () => {
    expect(layout.marks.map((m) => m.label)).toEqual([
      'ITEP, tax year 2022: Federal',
      'ITEP, tax year 2022: Social Security (part of Federal)',
      'ITEP, tax year 2022: Medicare (part of Federal)',
      'ITEP, tax year 2022: State and local',
      'AIC, 2023: Federal',
      'AIC, 2023: State and local',
    ]);
    expect(mark('AIC, 2023: Federal').value).toBe('$55.8 billion');
  });

  it('uses one scale that starts at zero for every bar', () => {
    expect(layout.x.domain[0]).toBe(0);
    for (const m of layout.marks) expect(m.shapes[0].x).toBe(layout.x.range[0]);
  });

  it('makes bar lengths proportional to the values', () => {
    const drawn = rows.filter((r) => !r.total);
    const perBillion = layout.marks.map((m, i) => m.shapes[0].width / drawn[i].value);
    for (const k of perBillion) expect(k).toBeCloseTo(perBillion[0], 1);
    expect(mark('ITEP, tax year 2022: Federal').shapes[0].width / mark('AIC, 2023: Federal').shapes[0].width).toBeCloseTo(59.4 / 55.8, 2);
  });

  it('gives federal, state & local and the payroll parts different colours', () => {
    expect(mark('ITEP, tax year 2022: Federal').series).toBe(1);
    expect(mark('ITEP, tax year 2022: State and local').series).toBe(2);
    expect(mark('ITEP, tax year 2022: Medicare (part of Federal)').series).toBe(3);
  });

  it('keeps every label and mark inside the 340-unit viewBox used at 360 px, with no overlaps', () => {
    expect(layout.width).toBe(340);
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('says when a stated total differs from its parts because of rounding', () => {
    expect(layout.labels.map((l) => l.text).join(' ')).toMatch(/Total \$89\.8 billion as stated; the parts add up to \$89\.7 billion \(rounding\)/);
  });

  it('rounds every coordinate to 0.1 px', () => {
    for (const m of layout.marks) for (const s of m.shapes) for (const n of [s.x, s.y, s.width, s.height]) expect(Math.round(n * 10) / 10).toBe(n);
  });

  it('throws on a value that is not a finite number instead of drawing NaN', () => {
    const bad = rows.map((r, i) => (i === 0 ? { ...r, value: Number.NaN } : r));
    expect(() => taxesByLevel(bad)).toThrow('taxes-by-level: row 0 ("Federal") has a value that is not a finite number (got NaN)');
    expect(() => taxesByLevel(rows.map((r) => ({ ...r, value: Infinity })))).toThrow(/not a finite number/);
  });

  it('writes a takeaway and a finding sentence from the rows', () => {
    const text = describeTaxesByLevel(rows);
    expect(text.takeaway).toBe(
      'Estimates of taxes paid by undocumented immigrants: $96.7 billion (ITEP, tax year 2022) and $89.8 billion (AIC, 2023), most of it federal.',
    );
    expect(text.description).toContain('of which Social Security $25.7 billion, Medicare $6.4 billion');
    expect(text.description).toContain('different years and use different methods');
  });
});
