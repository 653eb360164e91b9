// State and local taxes by state: horizontal bars sorted largest first, state names on the left,
// values at the bar ends, one zero-based scale.
import { descending, max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { DataRow } from '../content/data-schema';
import {
  CHART_WIDTH,
  FONT,
  INSET,
  assertFiniteRows,
  finish,
  px,
  formatValue,
  polyline,
  textWidth,
  type ChartLayout,
  type ChartText,
} from './common';

const CHART = 'taxes-by-state';
const ROW = 28;
const GAP = 6;

export interface TaxesByStateLayout extends ChartLayout {
  x: { domain: [number, number]; range: [number, number] };
  /** Row order, largest first. */
  order: string[];
}

const sorted = (rows: DataRow[]) => [...rows].sort((a, b) => descending(a.value, b.value) || a.label.localeCompare(b.label));

export function taxesByState(rows: DataRow[], size: { width: number } = { width: CHART_WIDTH }): TaxesByStateLayout {
  assertFiniteRows(CHART, rows);
  const width = size.width;
  const list = sorted(rows);
  const nameWidth = max(list, (r) => textWidth(r.label)) ?? 0;
  const valueWidth = max(list, (r) => textWidth(formatValue(r.value, r.unit))) ?? 0;
  const top = max(list, (r) => r.value) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([INSET + nameWidth + GAP * 1.5, width - valueWidth - GAP - 2]);
  const y = scaleBand<string>()
    .domain(list.map((r) => r.label))
    .range([0, list.length * ROW])
    .paddingInner(0.3)
    .paddingOuter(0.1);
  const [x0] = x.range();
  const height = list.length * ROW;

  return finish(CHART, {
    width,
    height,
    x: { domain: x.domain() as [number, number], range: x.range().map((n) => px(n)) as [number, number] },
    order: list.map((r) => r.label),
    rules: [{ d: polyline([[x0, 0], [x0, height]]), muted: true }],
    marks: list.map((r) => ({
      key: r.label,
      label: r.label,
      value: formatValue(r.value, r.unit),
      category: 'tax-state-local' as const,
      shapes: [{ x: x0, y: y(r.label)!, width: x(r.value) - x0, height: y.bandwidth() }],
    })),
    labels: list.flatMap((r) => {
      const mid = y(r.label)! + y.bandwidth() / 2 + FONT * 0.35;
      return [
        { x: x0 - GAP, y: mid, text: r.label, anchor: 'end' as const, size: FONT },
        { x: x(r.value) + GAP, y: mid, text: formatValue(r.value, r.unit), anchor: 'start' as const, size: FONT },
      ];
    }),
  });
}

export function describeTaxesByState(rows: DataRow[]): ChartText {
  assertFiniteRows(CHART, rows);
  const list = sorted(rows);
  const [first, ...rest] = list;
  const next = rest.slice(0, 2).map((r) => `${r.label} (${formatValue(r.value, r.unit)})`);
  const takeaway = `${first.label} led with ${formatValue(first.value, first.unit)}${
    next.length ? `, followed by ${next.join(' and ')}` : ''
  }.`;
  const description = `Bar chart of state and local taxes paid by undocumented immigrants in ${first.period}, largest first: ${list
    .map((r) => `${r.label} ${formatValue(r.value, r.unit)}`)
    .join(', ')}.`;
  return { takeaway, description };
}
