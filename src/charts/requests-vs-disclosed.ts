// Requests vs disclosed, as an area chart: one square per figure, its AREA proportional to the
// number of people (side ∝ √value), all on one scale, stacked top to bottom with the words beside
// them. A linear bar of 47,289 next to 7.3 million would be under 2 px wide; a log scale would make
// the gap look small. Equal-scale areas keep the proportions honest and still visible. A row marked
// partOf another (the addresses disclosed, out of the narrowed request) is drawn inside its whole's
// square, in its bottom-left corner, with its words under the whole's.
import { max, scaleSqrt } from 'd3';
import type { DataRow } from '../content/data-schema';
import { FONT, INSET, LINE, assertFiniteRows, finish, px, type ChartLocale, wrap, type ChartLayout, type Label, type Mark } from './common';
import type { CategoryId } from './palette';

const CHART = 'requests-vs-disclosed';
const GAP = 12;
const ROW_GAP = 14;
const PART_SHIFT = 6;

/** Palette category of a row, from its id: "disclosed", "narrowed-request", or another "…-request". */
function category(row: DataRow, i: number): CategoryId {
  if (row.id === 'disclosed') return 'addresses-disclosed';
  if (row.id === 'narrowed-request') return 'request-narrowed';
  if (row.id.endsWith('-request')) return 'request-ice';
  throw new Error(`${CHART}: row ${i} ("${row.id}") is neither a request (id ending "-request") nor "disclosed"; give it a palette category in src/charts/requests-vs-disclosed.ts`);
}

export interface RequestsLayout extends ChartLayout {
  /** Side of each square from its value: √ scale, so area is proportional to value. */
  side: { domain: [number, number]; range: [number, number] };
}

export function requestsVsDisclosed(rows: DataRow[], size: { width: number }, L: ChartLocale): RequestsLayout {
  assertFiniteRows(CHART, rows);
  const formatValue = L.f.value;
  const w = L.w.areas;
  const width = size.width;
  const largest = Math.round(width * 0.44);
  const textX = INSET + largest + GAP;
  const top = max(rows, (r) => r.value) ?? 0;
  const side = scaleSqrt()
    .domain([0, top > 0 ? top : 1])
    .range([0, largest]);
  const textWidth = width - textX;

  const labels: Label[] = [];
  const marks: Mark[] = [];
  let y = 0;
  for (const line of wrap(L.w.hold(w.areaNote), width - INSET)) {
    labels.push({ x: INSET, y: y + FONT, text: line, anchor: 'start', size: FONT, muted: true });
    y += LINE;
  }
  y += 8;
  const wholes = rows.filter((r) => r.partOf === undefined || !rows.some((q) => q.id === r.partOf));
  for (const whole of wholes) {
    const s = side(whole.value);
    const top = y;
    const lines: Omit<Label, 'y'>[] = [];
    // A part's words start a little below its whole's, so the two blocks read apart.
    let shift = 0;
    const add = (row: DataRow, of: boolean) => {
      if (of) shift += PART_SHIFT;
      const value = formatValue(row.value, row.unit);
      const at = lines.length;
      lines.push(
        ...wrap(L.w.hold(of ? w.ofWhichPeople(value) : w.people(value)), textWidth, FONT, true).map((t) => ({ x: textX, text: t, anchor: 'start' as const, size: FONT, bold: true })),
        ...wrap(L.w.hold(row.label), textWidth).map((t) => ({ x: textX, text: t, anchor: 'start' as const, size: FONT })),
        ...wrap(L.w.hold(row.period), textWidth).map((t) => ({ x: textX, text: t, anchor: 'start' as const, size: FONT, muted: true })),
      );
      for (let j = at; j < lines.length; j++) labels.push({ ...lines[j], y: top + FONT + j * LINE + shift });
    };
    const mark = (row: DataRow, shape: Mark['shapes'][number]) =>
      marks.push({
        key: row.id,
        label: `${row.label} (${row.period})`,
        value: w.people(formatValue(row.value, row.unit)),
        category: category(row, rows.indexOf(row)),
        shapes: [shape],
      });
    mark(whole, { x: INSET, y: top, width: s, height: s });
    add(whole, false);
    for (const part of rows.filter((r) => r.partOf === whole.id)) {
      const ps = side(part.value);
      mark(part, { x: INSET, y: top + s - ps, width: ps, height: ps });
      add(part, true);
    }
    y += Math.max(s, lines.length * LINE + shift) + ROW_GAP;
  }

  return finish(CHART, {
    width,
    height: y - ROW_GAP + 2,
    marks,
    labels,
    rules: [],
    side: { domain: side.domain() as [number, number], range: side.range().map((n) => px(n)) as [number, number] },
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
