// State and local taxes by state: horizontal bars sorted largest first, state names on the left,
// values at the bar ends, one zero-based scale.
import { descending, max, scaleBand, scaleLinear } from 'd3';
import type { DataRow } from '../content/data-schema';
import {
  FONT,
  INSET,
  assertFiniteRows,
  finish,
  px,
  type ChartLocale,
  polyline,
  textWidth,
  type ChartLayout,
} from './common';

const CHART = 'taxes-by-state';
const ROW = 28;
/** On a phone the bars are thicker, so the drawing, not the words around it, fills most of the figure. */
const NARROW_ROW = 56;
const GAP = 6;

export interface TaxesByStateLayout extends ChartLayout {
  x: { domain: [number, number]; range: [number, number] };
  /** Row order, largest first. */
  order: string[];
}

const sorted = (rows: DataRow[]) => [...rows].sort((a, b) => descending(a.value, b.value) || a.id.localeCompare(b.id));

export function taxesByState(rows: DataRow[], size: { width: number }, L: ChartLocale): TaxesByStateLayout {
  assertFiniteRows(CHART, rows);
  const formatValue = L.f.value;
  const width = size.width;
  const row = width < 400 ? NARROW_ROW : ROW;
  const list = sorted(rows);
  const nameWidth = max(list, (r) => textWidth(r.label)) ?? 0;
  const valueWidth = max(list, (r) => textWidth(formatValue(r.value, r.unit))) ?? 0;
  const top = max(list, (r) => r.value) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([INSET + nameWidth + GAP * 1.5, width - valueWidth - GAP - 2]);
  const y = scaleBand<string>()
    .domain(list.map((r) => r.id))
    .range([0, list.length * row])
    .paddingInner(0.3)
    .paddingOuter(0.1);
  const [x0] = x.range();
  const height = list.length * row;

  return finish(CHART, {
    width,
    height,
    x: { domain: x.domain() as [number, number], range: x.range().map((n) => px(n)) as [number, number] },
    order: list.map((r) => r.id),
    rules: [
      {
        d: polyline([
          [x0, 0],
          [x0, height],
        ]),
        muted: true,
      },
    ],
    marks: list.map((r) => ({
      key: r.id,
      label: r.label,
      value: formatValue(r.value, r.unit),
      category: 'tax-state-local' as const,
      shapes: [{ x: x0, y: y(r.id)!, width: x(r.value) - x0, height: y.bandwidth() }],
    })),
    labels: list.flatMap((r) => {
      const mid = y(r.id)! + y.bandwidth() / 2 + FONT * 0.35;
      return [
        { x: x0 - GAP, y: mid, text: r.label, anchor: 'end' as const, size: FONT },
        { x: x(r.value) + GAP, y: mid, text: formatValue(r.value, r.unit), anchor: 'start' as const, size: FONT },
      ];
    }),
  });
}

/** What the chart says: the states, largest first, with their values (in billions of dollars). */
export interface TaxesByStateFacts {
  period: string;
  states: { id: string; label: string; value: number }[];
}

export function describeTaxesByState(rows: DataRow[]): TaxesByStateFacts {
  assertFiniteRows(CHART, rows);
  const list = sorted(rows);
  return { period: list[0].period, states: list.map((r) => ({ id: r.id, label: r.label, value: r.value })) };
}
