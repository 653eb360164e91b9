import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { taxesByLevel } from '../../src/charts/taxes-by-level';
import { labelsOverMarks, outsideViewBox, overlappingLabels, rowsOf, nb, NARROW, EN } from './charts-fixtures';

const rows = rowsOf('taxes-by-level');
const layout = taxesByLevel(rows, NARROW, EN);
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
    expect(mark('AIC, 2023: Federal').value).toBe(nb('$55.8 billion'));
  });

  it('uses one scale that starts at zero for every bar; each part starts where the part before it ends', () => {
    expect(layout.x.domain[0]).toBe(0);
    for (const m of layout.marks.filter((m) => !m.label.includes('(part of')))
      expect(m.shapes[0].x).toBe(layout.x.range[0]);
    const [ss, medicare] = [
      mark('ITEP, tax year 2022: Social Security (part of Federal)'),
      mark('ITEP, tax year 2022: Medicare (part of Federal)'),
    ];
    expect(ss.shapes[0].x).toBe(layout.x.range[0]);
    expect(medicare.shapes[0].x).toBeCloseTo(ss.shapes[0].x + ss.shapes[0].width, 0);
  });

  it('draws the payroll parts inside the federal bar, so they read as parts of its total, each named under it', () => {
    const federal = mark('ITEP, tax year 2022: Federal').shapes[0];
    const parts = ['Social Security', 'Medicare'].map(
      (p) => mark(`ITEP, tax year 2022: ${p} (part of Federal)`).shapes[0],
    );
    for (const part of parts) {
      expect(part.x).toBeGreaterThanOrEqual(federal.x);
      expect(part.x + part.width).toBeLessThanOrEqual(federal.x + federal.width);
      expect(part.y).toBeGreaterThanOrEqual(federal.y);
      expect(part.y + part.height).toBeLessThanOrEqual(federal.y + federal.height);
    }
    const names = layout.labels.map((l) => l.text.replace(/\u00a0/g, ' '));
    expect(names).toContain('of which Social Security $25.7 billion');
    expect(names.some((t) => t.endsWith('Medicare $6.4 billion'))).toBe(true);
    // One tick per part joins its segment to its name.
    expect(layout.rules).toHaveLength(parts.length);
  });

  it('makes bar lengths proportional to the values', () => {
    const drawn = rows.filter((r) => !r.total);
    const perBillion = layout.marks.map((m, i) => m.shapes[0].width / drawn[i].value);
    for (const k of perBillion) expect(k).toBeCloseTo(perBillion[0], 1);
    expect(
      mark('ITEP, tax year 2022: Federal').shapes[0].width / mark('AIC, 2023: Federal').shapes[0].width,
    ).toBeCloseTo(59.4 / 55.8, 2);
  });

  it('gives federal, state & local and the payroll parts their palette categories, the same in both estimates', () => {
    expect(mark('ITEP, tax year 2022: Federal').category).toBe('tax-federal');
    expect(mark('AIC, 2023: Federal').category).toBe('tax-federal');
    expect(mark('ITEP, tax year 2022: State and local').category).toBe('tax-state-local');
    expect(mark('AIC, 2023: State and local').category).toBe('tax-state-local');
    expect(mark('ITEP, tax year 2022: Medicare (part of Federal)').category).toBe('tax-payroll');
  });

  it('refuses a bar it has no palette category for, naming it', () => {
    expect(() =>
      taxesByLevel(
        rows.map((r) => (r.id === 'itep-2022-state-local' ? { ...r, id: 'itep-2022-tribal' } : r)),
        NARROW,
        EN,
      ),
    ).toThrow('taxes-by-level: bar "itep-2022-tribal" is neither federal');
  });

  it('colours bars by row id, so a translated label keeps its colour', () => {
    const translated = taxesByLevel(
      rows.map((r) => ({ ...r, label: `${r.label} (es)` })),
      NARROW,
      EN,
    );
    expect(translated.marks.map((m) => m.category)).toEqual(layout.marks.map((m) => m.category));
  });

  it('keeps every label and mark inside the 340-unit viewBox used at 360 px, with no overlaps', () => {
    expect(layout.width).toBe(340);
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('says when a stated total differs from its parts because of rounding', () => {
    expect(layout.labels.map((l) => l.text).join(' ')).toMatch(
      /Total \$89\.8\sbillion as stated; the parts add up to \$89\.7\sbillion \(rounding\)/,
    );
  });

  it('throws on a value that is not a finite number instead of drawing NaN', () => {
    const bad = rows.map((r, i) => (i === 0 ? { ...r, value: Number.NaN } : r));
    expect(() => taxesByLevel(bad, NARROW, EN)).toThrow(
      'taxes-by-level: row 0 ("Federal") has a value that is not a finite number (got NaN)',
    );
    expect(() =>
      taxesByLevel(
        rows.map((r) => ({ ...r, value: Infinity })),
        NARROW,
        EN,
      ),
    ).toThrow(/not a finite number/);
  });

  it('writes a takeaway and a finding sentence from the rows', () => {
    const text = chartText('taxes-by-level', rows);
    expect(text.takeaway).toBe(nb('Two estimates: $96.7 billion and $89.8 billion in taxes, most of it federal.'));
    expect(text.description).toContain(nb('of which Social Security $25.7 billion, Medicare $6.4 billion'));
    expect(text.description).toContain('different years and use different methods');
  });
});
