// Industry shares: horizontal bars of the share of each industry's workers who were unauthorized
// immigrants, labels above the bars (long industry names fit a phone), a zero-based percent scale
// with gridlines and tick labels at the bottom. One source per chart: rows are never mixed.
import { format, max, scaleLinear } from 'd3';
import type { DataRow } from '../content/data-schema';
import {
  FONT,
  INSET,
  LINE,
  assertFiniteRows,
  finish,
  px,
  type ChartLocale,
  polyline,
  textWidth,
  wrap,
  type ChartLayout,
  type Label,
  type Mark,
} from './common';

const CHART = 'industry-share';
const BAR = 16;
/** On a phone the bars are thicker, so the drawing, not the words around it, fills most of the figure. */
const NARROW_BAR = 60;
const GAP = 6;
const tick = format('.0f');

export interface IndustryShareLayout extends ChartLayout {
  x: { domain: [number, number]; range: [number, number] };
  ticks: { value: number; x: number; label: string }[];
}

export function industryShare(rows: DataRow[], size: { width: number }, L: ChartLocale): IndustryShareLayout {
  assertFiniteRows(CHART, rows);
  const formatValue = L.f.value;
  const sources = new Set(rows.map((r) => r.source));
  if (sources.size > 1)
    throw new Error(
      `${CHART}: rows come from ${sources.size} sources (${[...sources].join(', ')}); draw one source per chart`,
    );
  const width = size.width;
  const bar = width < 400 ? NARROW_BAR : BAR;
  const valueWidth = max(rows, (r) => textWidth(formatValue(r.value, r.unit))) ?? 0;
  const top = max(rows, (r) => r.value) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(3);
  const [, domainEnd] = x.domain();
  // The scale ends where half the last tick label still fits, or earlier if the longest bar's
  // value label would otherwise run past the right edge.
  const endTickHalf = textWidth(`${tick(domainEnd)}%`) / 2;
  const forTick = width - endTickHalf - 2;
  const forValue = INSET + ((width - GAP - valueWidth - 2 - INSET) * domainEnd) / (top > 0 ? top : domainEnd);
  x.range([INSET, Math.min(forTick, forValue)]);

  const marks: Mark[] = [];
  const labels: Label[] = [];
  let y = 0;
  for (const row of rows) {
    for (const line of wrap(L.w.hold(row.label), width - INSET)) {
      labels.push({ x: INSET, y: y + FONT, text: line, anchor: 'start', size: FONT });
      y += LINE;
    }
    y += 2;
    const w = x(row.value) - x(0);
    marks.push({
      key: row.id,
      label: row.label,
      value: formatValue(row.value, row.unit),
      category: 'industry-share',
      shapes: [{ x: x(0), y, width: w, height: bar }],
    });
    labels.push({
      x: x(row.value) + GAP,
      y: y + bar / 2 + FONT * 0.35,
      text: formatValue(row.value, row.unit),
      anchor: 'start',
      size: FONT,
    });
    y += bar + (bar === NARROW_BAR ? 20 : 12);
  }
  // A bottom axis with tick marks rather than full-height gridlines, which would cross the
  // industry names written above the bars.
  const plotBottom = y - 6;
  const ticks = x.ticks(3).map((value) => ({ value, x: x(value), label: `${tick(value)}%` }));
  const [r0, r1] = x.range();
  const rules = [
    {
      d: polyline([
        [r0, plotBottom],
        [r1, plotBottom],
      ]),
      muted: false,
    },
    ...ticks.map((t) => ({
      d: polyline([
        [t.x, plotBottom],
        [t.x, plotBottom + 4],
      ]),
      muted: false,
    })),
  ];
  for (const t of ticks) {
    const half = textWidth(t.label) / 2;
    const anchor = t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle';
    labels.push({
      x: anchor === 'start' ? INSET : anchor === 'end' ? width - INSET : t.x,
      y: plotBottom + 6 + FONT,
      text: t.label,
      anchor,
      size: FONT,
      muted: true,
    });
  }

  return finish(CHART, {
    width,
    height: plotBottom + 6 + FONT + 4,
    marks,
    labels,
    rules,
    x: { domain: x.domain() as [number, number], range: x.range().map((n) => px(n)) as [number, number] },
    ticks: ticks.map((t) => ({ ...t, x: px(t.x) })),
  });
}

/** What the chart says: the industries in file order and the one with the largest share. */
export interface IndustryShareFacts {
  period: string;
  first: { id: string; label: string; value: number };
  industries: { id: string; label: string; value: number }[];
}

export function describeIndustryShare(rows: DataRow[]): IndustryShareFacts {
  assertFiniteRows(CHART, rows);
  const pick = (r: DataRow) => ({ id: r.id, label: r.label, value: r.value });
  const first = [...rows].sort((a, b) => b.value - a.value)[0];
  return { period: first.period, first: pick(first), industries: rows.map(pick) };
}
