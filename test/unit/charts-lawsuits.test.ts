import { chartText } from '../../src/chart-registry';
import { describe, expect, it } from 'vitest';
import { lawsuits, markerShapes } from '../../src/charts/lawsuits';
import { casesTable } from '../../src/charts/table';
import { casesCsv, csvColumns, csvLineCount, parseCsv } from '../../src/charts/csv';
import type { CaseDataset } from '../../src/content/data-schema';
import {
  casesOf,
  labelsOverMarks,
  loadDataset,
  outsideViewBox,
  overlappingLabels,
  NARROW,
  EN,
} from './charts-fixtures';

const rows = casesOf('lawsuits');
const layout = lawsuits(rows, NARROW, EN);
// Read as a reader does: the non-breaking spaces that hold a number to its unit (or a date together) as spaces.
const texts = layout.labels.map((l) => l.text.replace(/\u00a0/g, ' '));

describe('lawsuits step tracks', () => {
  it('names each case, its courts and judge, and where it stands now', () => {
    // Wrapped lines joined with spaces give back the text as written.
    const joined = texts.join(' ');
    for (const r of rows) {
      expect(joined).toContain(r.label);
      expect(joined).toContain(`${r.court}. ${r.judge}.`);
      expect(joined).toContain(`Now: ${r.status}`);
    }
  });

  it('draws one marker per step, oldest first, down the track', () => {
    expect(layout.marks).toHaveLength(rows.reduce((n, r) => n + r.steps.length, 0));
    const ys = layout.marks.map((m) => m.shapes[0].y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('tells relief granted, relief denied, a finding and a filing apart by shape, not colour alone', () => {
    const look = (step: Parameters<typeof markerShapes>[0]) =>
      markerShapes(step, 10, 10)
        .map((s) => `${s.width}x${s.height}${s.outline ? 'o' : 'f'}`)
        .join('+');
    const looks = new Set(['relief-granted', 'relief-denied', 'finding', 'filed'].map((s) => look(s as never)));
    expect(looks.size).toBe(4);
    expect(look('relief-granted')).toBe('12x12f');
    expect(look('relief-denied')).toBe('12x12o');
  });

  it('names every step in words with its date, and an undated step as "Date not found"', () => {
    const joined = texts.join(' ');
    expect(joined).toContain('March 20, 2025: Temporary restraining');
    expect(joined).toContain('February 5, 2026: Preliminary injunction');
    expect(joined).toContain('Date not found: Appeal argued');
  });

  it('keeps every label and marker inside the viewBox at 360 px, with no label over another or over a marker', () => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('refuses a case with no steps', () => {
    expect(() => lawsuits([{ ...rows[0], steps: [] }], NARROW, EN)).toThrow(
      /row 0 \("Centro de Trabajadores Unidos v. Bessent"\) has no steps/,
    );
    expect(() => lawsuits([], NARROW, EN)).toThrow(/no cases/);
  });

  it('counts the cases with orders in the takeaway and lists every step in the description', () => {
    const { takeaway, description } = chartText('lawsuits', rows);
    expect(takeaway).toBe('Two of three lawsuits won orders limiting the sharing; one lost, also on appeal.');
    for (const r of rows) for (const s of r.steps) expect(description).toContain(s.ruling);
  });

  it('gives the table one row per case with the latest ruling and what it means now', () => {
    const table = casesTable(loadDataset('lawsuits') as CaseDataset, EN);
    expect(table.columns).toEqual(['Case', 'Latest ruling', 'What it means now', 'Source']);
    expect(table.rows.map((r) => r.cells[0].text)).toEqual([
      'February 24, 2026: Denial affirmed (D.C. Cir.)',
      'February 26, 2026: Opinion: about 42,695 violations of the tax code found, no new relief (D.D.C.)',
      'February 5, 2026: Preliminary injunction (D. Mass.)',
    ]);
    expect(table.rows[1].note).toContain('Judge Colleen Kollar-Kotelly');
  });

  it('writes the CSV with one line per step and the case repeated on each', () => {
    const data = loadDataset('lawsuits') as CaseDataset;
    const table = parseCsv(casesCsv(data, EN));
    expect(table[0]).toEqual(csvColumns('cases', EN));
    expect(table).toHaveLength(csvLineCount(data) + 1);
    expect(table[1].slice(0, 2)).toEqual([
      'Centro de Trabajadores Unidos v. Bessent',
      'D.D.C.; on appeal, D.C. Cir. No. 25-5181',
    ]);
    expect(table.find((l) => l[7] === 'Appeal argued' && l[1].includes('26-5006'))?.[5]).toBe('');
  });
});
