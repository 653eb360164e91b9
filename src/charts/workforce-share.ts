// Workforce share as a 10 × 10 waffle: each square is 1% of U.S. workers. The share is drawn
// exactly, not rounded to whole squares: 4.8% fills four squares and 80% of the fifth (a waffle
// that rounds to whole squares would show 5%). Rows flagged comparable: false (Pew's revised
// series) are never drawn; the chart shell prints them as a separate note.
import type { DataRow } from '../content/data-schema';
import {
  FONT,
  LINE,
  assertFiniteRows,
  finish,
  type ChartLocale,
  wrap,
  type ChartLayout,
  type Label,
  type Shape,
} from './common';
import { waffle, type WaffleCell } from './waffle';

const CHART = 'workforce-share';

export interface WorkforceShareLayout extends ChartLayout {
  /** The share drawn, in percent. */
  share: number;
  /** Whole squares filled and the filled fraction of the next one. */
  filled: { full: number; partial: number };
  cells: WaffleCell[];
}

/** The rows the chart draws: the first comparable percent row and the people row of its group. */
export function mainRows(rows: DataRow[]): { share: DataRow; people?: DataRow; others: DataRow[] } {
  const share = rows.find((r) => r.unit === 'percent' && r.comparable !== false);
  if (!share) throw new Error(`${CHART}: needs a comparable row with unit "percent"`);
  const people = rows.find((r) => r.unit === 'people' && r.comparable !== false && r.groupId === share.groupId);
  return { share, people, others: rows.filter((r) => r.comparable === false) };
}

/** The box that holds the squares alone, 1 unit of margin around them (the handout draws the squares only). */
export function squaresBox(layout: ChartLayout): { left: number; width: number; height: number } {
  const shapes = layout.marks.flatMap((m) => m.shapes);
  const left = Math.min(...shapes.map((s) => s.x)) - 1;
  const right = Math.max(...shapes.map((s) => s.x + s.width)) + 1;
  return { left, width: right - left, height: Math.max(...shapes.map((s) => s.y + s.height)) + 1 };
}

export function workforceShare(rows: DataRow[], size: { width: number }, L: ChartLocale): WorkforceShareLayout {
  assertFiniteRows(CHART, rows);
  const formatValue = L.f.value;
  const w = L.w.workforceShare;
  const { share, people } = mainRows(rows);
  if (share.value > 100) throw new Error(`${CHART}: a share above 100% cannot be drawn (got ${share.value})`);
  const width = size.width;
  // Wide layouts put the words beside the grid, so the figure uses the column's width without
  // growing a tall grid; narrow ones centre the grid with the words under it.
  const { beside, grid, left, full, partial, cells, open } = waffle(width, share.value, {
    centred: true,
    partialDigits: 3,
  });

  const filledShapes: Shape[] = cells.flatMap((c) => {
    if (c.fill === 1) return [{ x: c.x, y: c.y, width: c.size, height: c.size }];
    if (c.fill > 0)
      return [
        { x: c.x, y: c.y, width: c.size, height: c.size, outline: true },
        { x: c.x, y: c.y, width: c.size * c.fill, height: c.size },
      ];
    return [];
  });
  const shareText = formatValue(share.value, share.unit);
  const rest = formatValue(Math.round((100 - share.value) * 10) / 10, 'percent');
  const labels: Label[] = [];
  const textX = beside ? left + grid + 20 : left;
  const textWidth = beside ? width - textX : grid;
  let y = beside ? 0 : grid + 6;
  const lines = [
    { text: w.eachSquare, muted: true },
    {
      text: w.filled(
        shareText.replace('%', ''),
        shareText,
        people ? formatValue(people.value, people.unit) : undefined,
        share.period,
      ),
      muted: false,
    },
  ];
  for (const line of lines) {
    for (const t of wrap(L.w.hold(line.text), textWidth)) {
      labels.push({ x: textX, y: y + FONT, text: t, anchor: 'start', size: FONT, muted: line.muted });
      y += LINE;
    }
  }

  return finish(CHART, {
    width,
    height: beside ? Math.max(grid, y) + 3 : y + 3,
    share: share.value,
    filled: { full, partial },
    cells,
    marks: [
      {
        key: share.id,
        label: w.shareMark(share.period),
        value: w.shareValue(shareText, people ? formatValue(people.value, people.unit) : undefined),
        category: 'workforce-share',
        shapes: filledShapes,
      },
      { key: 'rest', label: w.restMark(share.period), value: rest, category: 'muted', shapes: open },
    ],
    labels,
    rules: [],
  });
}

/** What the chart says: the share (percent), the count of workers if given, and the year. */
export interface WorkforceShareFacts {
  share: number;
  people?: number;
  period: string;
  /** Whole squares filled, and the percent of the next one. */
  full: number;
  part: number;
}

export function describeWorkforceShare(rows: DataRow[]): WorkforceShareFacts {
  assertFiniteRows(CHART, rows);
  const { share, people } = mainRows(rows);
  const full = Math.floor(share.value + 1e-9);
  return {
    share: share.value,
    people: people?.value,
    period: share.period,
    full,
    part: Math.round((share.value - full) * 100),
  };
}
