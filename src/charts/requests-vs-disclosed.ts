// Requests vs disclosed, as a 10 × 10 waffle of the one request the IRS acted on: each square is 1% of
// the names in ICE's narrowed request, and the addresses the IRS disclosed fill their share of it exactly
// (3.7% fills three squares and 69% of the fourth). Its job is the match rate; the data-chain chart sets
// the requests side by side at scale. The larger requests the IRS refused (rows without partOf that no
// row is part of) are named under the grid, with their dates, so none is left out.
import type { DataRow } from '../content/data-schema';
import {
  FONT,
  INSET,
  LINE,
  assertFiniteRows,
  finish,
  type ChartLocale,
  wrap,
  type ChartLayout,
  type Label,
  type Shape,
} from './common';
import { waffle } from './waffle';

const CHART = 'requests-vs-disclosed';

export interface RequestsLayout extends ChartLayout {
  /** The disclosed share of the request, in percent, as drawn. */
  share: number;
}

/** The request the disclosed rows are part of, the disclosed row, and the other (refused) requests. */
export function requestRows(rows: DataRow[]): { whole: DataRow; part: DataRow; refused: DataRow[] } {
  assertFiniteRows(CHART, rows);
  const part = rows.find((r) => r.partOf !== undefined && rows.some((q) => q.id === r.partOf));
  if (!part) throw new Error(`${CHART}: needs one row whose partOf names a request (the addresses disclosed)`);
  const whole = rows.find((r) => r.id === part.partOf)!;
  if (part.value > whole.value) throw new Error(`${CHART}: "${part.label}" is larger than "${whole.label}"`);
  return { whole, part, refused: rows.filter((r) => r !== whole && r !== part && r.partOf === undefined) };
}

export function requestsVsDisclosed(rows: DataRow[], size: { width: number }, L: ChartLocale): RequestsLayout {
  const { whole, part, refused } = requestRows(rows);
  const w = L.w.requests;
  const count = (r: DataRow) => L.f.value(r.value, r.unit);
  const width = size.width;
  const share = (part.value / whole.value) * 100;
  // Wide layouts put the words beside the grid; narrow ones set the grid full width, words under it.
  const { beside, grid, left, cells, open } = waffle(width, share);
  const filled: Shape[] = cells.flatMap((c) => {
    if (c.fill === 1) return [{ x: c.x, y: c.y, width: c.size, height: c.size }];
    if (c.fill > 0) return [{ x: c.x, y: c.y, width: c.size * c.fill, height: c.size }];
    return [];
  });

  const labels: Label[] = [];
  const textX = beside ? left + grid + 20 : left;
  const textWidth = beside ? width - textX : width - 2 * INSET;
  let y = beside ? 0 : grid + 8;
  const pct = L.f.value(Math.round(share * 10) / 10, 'percent');
  const blocks = [
    { text: w.eachSquare(count(whole), whole.period), muted: true },
    { text: w.filled(count(part), pct, part.period), bold: true },
    ...(refused.length ? [{ text: w.refused(refused.map((r) => `${count(r)} (${r.period})`)), muted: true }] : []),
  ];
  for (const block of blocks) {
    for (const t of wrap(L.w.hold(block.text), textWidth, FONT, block.bold)) {
      labels.push({
        x: textX,
        y: y + FONT,
        text: t,
        anchor: 'start',
        size: FONT,
        muted: block.muted,
        bold: block.bold,
      });
      y += LINE;
    }
    y += 4;
  }

  return finish(CHART, {
    width,
    height: beside ? Math.max(grid, y - 4) + 3 : y - 4 + 3,
    share,
    marks: [
      {
        key: part.id,
        label: `${part.label} (${part.period})`,
        value: L.w.areas.people(count(part)),
        category: 'addresses-disclosed',
        shapes: filled,
      },
      {
        key: whole.id,
        label: w.restMark(whole.label, whole.period),
        value: L.w.areas.people(count(whole)),
        category: 'request-narrowed',
        shapes: open,
      },
    ],
    labels,
    rules: [],
  });
}

/** What the chart says: every row, and the smallest against the next larger one. */
export interface RequestsFacts {
  rows: { id: string; label: string; period: string; value: number }[];
  smallest: { id: string; label: string; value: number };
  /** The next larger row, and the smallest as a percent of it. */
  next?: { id: string; label: string; value: number; share: number };
}

export function describeRequestsVsDisclosed(rows: DataRow[]): RequestsFacts {
  assertFiniteRows(CHART, rows);
  const sortedRows = [...rows].sort((a, b) => b.value - a.value);
  const smallest = sortedRows.at(-1)!;
  const next = sortedRows.at(-2);
  const pick = (r: DataRow) => ({ id: r.id, label: r.label, value: r.value });
  return {
    rows: rows.map((r) => ({ ...pick(r), period: r.period })),
    smallest: pick(smallest),
    next: next ? { ...pick(next), share: (smallest.value / next.value) * 100 } : undefined,
  };
}
