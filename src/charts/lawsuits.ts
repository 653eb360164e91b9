// The three lawsuits as step tracks: one block per case (name, courts, judge), its steps down a
// short vertical track in date order, and where it stands now. A step's kind is drawn by the
// marker's shape, not its colour alone, and said in words beside it: filled square = relief
// granted, open square = relief denied, half-filled = a finding with no new relief, small
// square = a filing or an argument.
import type { CaseRow, CaseStep, Step } from '../content/data-schema';
import type { CategoryId } from './palette';
import {
  FONT,
  INSET,
  LINE,
  NBSP,
  finish,
  polyline,
  wrap,
  type ChartLayout,
  type ChartLocale,
  type Label,
  type Mark,
  type Rule,
  type Shape,
} from './common';

const CHART = 'lawsuits';
const MARKER = 12;
const SMALL = 8;
const TEXT_X = INSET + MARKER + 10;

/** Palette category of each kind of step: what it means for the data sharing, with the shape and
 *  words. Filings and arguments change nothing yet, so they are drawn in the page's muted grey. */
export const CATEGORY: Record<Step, CategoryId | 'muted'> = {
  filed: 'muted',
  argued: 'muted',
  'relief-denied': 'court-allowed',
  'relief-granted': 'court-blocked',
  finding: 'court-pending',
};

/** The marker for a step: its shapes, centred on (cx, cy). */
export function markerShapes(step: Step, cx: number, cy: number): Shape[] {
  if (step === 'filed' || step === 'argued')
    return [{ x: cx - SMALL / 2, y: cy - SMALL / 2, width: SMALL, height: SMALL, outline: true }];
  const box = { x: cx - MARKER / 2, y: cy - MARKER / 2, width: MARKER, height: MARKER };
  if (step === 'relief-granted') return [box];
  if (step === 'relief-denied') return [{ ...box, outline: true }];
  return [
    { ...box, outline: true },
    { ...box, y: cy, height: MARKER / 2 },
  ];
}

/** "March 20, 2025", or "Date not found" for an undated step. */
export const stepDate = (s: CaseStep, L: ChartLocale) => (s.date ? L.f.partialDate(s.date) : L.w.lawsuits.noDate);

function checkRows(rows: CaseRow[]): void {
  if (rows.length === 0) throw new Error(`${CHART}: no cases to draw`);
  rows.forEach((r, i) => {
    if (!r.steps?.length) throw new Error(`${CHART}: row ${i} ("${r.label}") has no steps`);
  });
}

/** Lays out the tracks for a viewBox `width` wide; height follows from the content. */
export function lawsuits(rows: CaseRow[], size: { width: number }, L: ChartLocale): ChartLayout {
  checkRows(rows);
  const w = L.w.lawsuits;
  const width = size.width;
  const inner = width - 2 * INSET;
  const marks: Mark[] = [];
  const labels: Label[] = [];
  const rules: Rule[] = [];
  let y = 0;
  const text = (t: string, x: number, maxWidth: number, opts: Partial<Label> = {}) => {
    for (const line of wrap(L.w.hold(t), maxWidth, FONT, opts.bold)) {
      labels.push({ x, y: y + FONT, text: line, anchor: 'start', size: FONT, ...opts });
      y += LINE;
    }
  };

  rows.forEach((row) => {
    text(row.label, INSET, inner, { bold: true });
    text(`${row.court}. ${row.judge}.`, INSET, inner, { muted: true });
    y += 4;
    const cx = INSET + MARKER / 2;
    let previousBottom: number | undefined;
    const track: string[] = [];
    row.steps.forEach((step, j) => {
      const top = y;
      // The court is named where the case moves to another one (an appeal); the block's second line names them all.
      const moved = step.court !== row.steps[0].court ? ` (${step.court.replaceAll(' ', NBSP)})` : '';
      text(`${stepDate(step, L)}: ${step.ruling}${moved}`, TEXT_X, width - INSET - TEXT_X);
      const cy = top + FONT * 0.65;
      const shapes = markerShapes(step.step, cx, cy);
      const half = shapes[0].height / 2;
      // Track segments join the markers without running through the open ones.
      if (previousBottom !== undefined)
        track.push(
          polyline([
            [cx, previousBottom + 2],
            [cx, cy - half - 2],
          ]),
        );
      previousBottom = cy + half;
      marks.push({
        key: `${row.id}-${j}`,
        label: `${row.label}, ${stepDate(step, L)}`,
        value:
          step.step === 'filed' || step.step === 'argued'
            ? `${step.ruling} (${step.court})`
            : `${step.ruling} (${step.court}; ${w.steps[step.step]})`,
        category: CATEGORY[step.step],
        shapes,
      });
      y += 3;
    });
    if (track.length) rules.push({ d: track.join(''), muted: true });
    y += 2;
    text(w.now(row.status), INSET, inner, { bold: true });
    y += 14;
  });

  return finish(CHART, { width, height: y - 14 + 2, marks, labels, rules });
}

const reliefOf = (row: CaseRow) =>
  [...row.steps].reverse().find((s) => s.step === 'relief-granted' || s.step === 'relief-denied');

/** What the chart says: how many cases, how many won relief, how many were denied and whether on appeal. */
export interface LawsuitsFacts {
  cases: CaseRow[];
  granted: number;
  denied: number;
  onAppeal: boolean;
}

export function describeLawsuits(rows: CaseRow[]): LawsuitsFacts {
  checkRows(rows);
  const latest = rows.map(reliefOf);
  const denied = latest.filter((s) => s?.step === 'relief-denied');
  return {
    cases: rows,
    granted: latest.filter((s) => s?.step === 'relief-granted').length,
    denied: denied.length,
    onAppeal: denied.some((s) => s?.appeal),
  };
}
