// Requests vs disclosed, as an area chart: one square per figure, its AREA proportional to the
// number of people (side ∝ √value), all on one scale, stacked top to bottom with the words beside
// them. A linear bar of 47,289 next to 7.3 million would be under 2 px wide; a log scale would make
// the gap look small. Equal-scale areas keep the proportions honest and still visible.
import { max } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import type { DataRow } from '../content/data-schema';
import {
  CHART_WIDTH,
  FONT,
  INSET,
  LINE,
  assertFiniteRows,
  finish,
  px,
  formatValue,
  wrap,
  type ChartLayout,
  type ChartText,
  type Label,
  type Mark,
  type Series,
} from './common';

const CHART = 'requests-vs-disclosed';
const GAP = 12;
const ROW_GAP = 14;

export interface RequestsLayout extends ChartLayout {
  /** Side of each square from its value: √ scale, so area is proportional to value. */
  side: { domain: [number, number]; range: [number, number] };
}

export function requestsVsDisclosed(rows: DataRow[], size: { width: number } = { width: CHART_WIDTH }): RequestsLayout {
  assertFiniteRows(CHART, rows);
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
  for (const line of wrap('Each square’s area is proportional to the number of people.', width - INSET)) {
    labels.push({ x: INSET, y: y + FONT, text: line, anchor: 'start', size: FONT, muted: true });
    y += LINE;
  }
  y += 8;
  rows.forEach((row, i) => {
    const s = side(row.value);
    const value = formatValue(row.value, row.unit);
    marks.push({
      key: row.label,
      label: `${row.label} (${row.period})`,
      value: `${value} people`,
      series: ((i % 3) + 1) as Series,
      shapes: [{ x: INSET, y, width: s, height: s }],
    });
    const lines: Omit<Label, 'y'>[] = [
      ...wrap(`${value} people`, textWidth, FONT, true).map((t) => ({ x: textX, text: t, anchor: 'start' as const, size: FONT, bold: true })),
      ...wrap(row.label, textWidth).map((t) => ({ x: textX, text: t, anchor: 'start' as const, size: FONT })),
      ...wrap(row.period, textWidth).map((t) => ({ x: textX, text: t, anchor: 'start' as const, size: FONT, muted: true })),
    ];
    lines.forEach((l, j) => labels.push({ ...l, y: y + FONT + j * LINE }));
    y += Math.max(s, lines.length * LINE) + ROW_GAP;
  });

  return finish(CHART, {
    width,
    height: y - ROW_GAP + 2,
    marks,
    labels,
    rules: [],
    side: { domain: side.domain() as [number, number], range: side.range().map((n) => px(n)) as [number, number] },
  });
}

export function describeRequestsVsDisclosed(rows: DataRow[]): ChartText {
  assertFiniteRows(CHART, rows);
  const sortedRows = [...rows].sort((a, b) => b.value - a.value);
  const smallest = sortedRows.at(-1)!;
  const next = sortedRows.at(-2);
  const share = next ? (smallest.value / next.value) * 100 : 100;
  const takeaway = next
    ? `${smallest.label}: ${formatValue(smallest.value, smallest.unit)}, about ${share.toFixed(1)}% of the ${formatValue(next.value, next.unit)} people in ${next.label}.`
    : `${smallest.label}: ${formatValue(smallest.value, smallest.unit)}.`;
  const description =
    'Squares with areas proportional to the number of people: ' +
    rows.map((r) => `${r.label} (${r.period}), ${formatValue(r.value, r.unit)} people`).join('; ') +
    '.';
  return { takeaway, description };
}
