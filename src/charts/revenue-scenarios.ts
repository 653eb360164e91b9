// Revenue estimates, one block per study (group), never joined by a line: each estimate is a bar
// from zero with the source's range, where it gives one, as a bracketed line under the bar. The
// studies measure different things, so each block states its assumption in words. Yearly figures
// share one zero-based scale; a row marked comparable: false (a ten-year total) gets its own
// scale, and its label says so.
import { groups, scaleLinear } from 'd3';
import type { DataRow } from '../content/data-schema';
import type { CategoryId } from './palette';
import {
  FONT,
  INSET,
  LINE,
  assertFiniteRows,
  finish,
  type ChartLocale,
  polyline,
  px,
  textWidth,
  wrap,
  type ChartLayout,
  type Label,
  type Mark,
  type Rule,
} from './common';

const CHART = 'revenue-scenarios';
const BAR = 14;

export interface RevenueLayout extends ChartLayout {
  /** The shared scale of the comparable (yearly) rows: value to x. */
  x: { domain: [number, number]; range: [number, number] };
}

/** Federal and state-and-local revenue keep the colours of the taxes charts (palette tax-federal,
 *  tax-state-local), so the level of government reads the same everywhere; every block's heading
 *  says it is an estimate, so the revenue-estimate colour would add nothing the words do not say. */
export const categoryOf = (row: DataRow): CategoryId =>
  /state-(?:and-)?local/.test(row.id) ? 'tax-state-local' : 'tax-federal';

const top = (r: DataRow) => r.high ?? r.value;
/** "$313 billion (range $147–479 billion)". */
export const stated = (r: Pick<DataRow, 'value' | 'unit' | 'low' | 'high'>, L: ChartLocale) =>
  L.f.value(r.value, r.unit) +
  (r.low !== undefined && r.high !== undefined ? ` (${L.w.revenue.range(L.f.range(r.low, r.high, r.unit))})` : '');

function checkRows(rows: DataRow[]): void {
  assertFiniteRows(CHART, rows);
  rows.forEach((r, i) => {
    if (!r.group) throw new Error(`${CHART}: row ${i} ("${r.label}") needs a group (its study)`);
    for (const k of ['low', 'high'] as const) {
      const v = r[k];
      if (v !== undefined && !Number.isFinite(v))
        throw new Error(`${CHART}: row ${i} ("${r.label}") has a ${k} that is not a finite number (got ${v})`);
    }
  });
}

/** Lays out the chart for a viewBox `width` wide; height follows from the content. */
export function revenueScenarios(rows: DataRow[], size: { width: number }, L: ChartLocale): RevenueLayout {
  checkRows(rows);
  const words = L.w.revenue;
  const width = size.width;
  const inner = width - 2 * INSET;
  const shared = rows.filter((r) => r.comparable !== false);
  const sharedTop = Math.max(0, ...shared.map(top));
  const x = scaleLinear()
    .domain([0, sharedTop > 0 ? sharedTop : 1])
    .range([INSET, INSET + inner]);

  const marks: Mark[] = [];
  const labels: Label[] = [];
  const rules: Rule[] = [];
  let y = 0;
  const text = (t: string, opts: Partial<Label> = {}) => {
    for (const line of wrap(L.w.hold(t), inner, FONT, opts.bold)) {
      labels.push({ x: INSET, y: y + FONT, text: line, anchor: 'start', size: FONT, ...opts });
      y += LINE;
    }
  };

  for (const [, members] of groups(rows, (r) => r.groupId ?? r.group!)) {
    const group = members[0].group!;
    text(group, { bold: true });
    const assumption = members.find((r) => r.note && r.comparable !== false)?.note;
    if (assumption) text(assumption, { muted: true });
    y += 4;
    for (const row of members) {
      const own = row.comparable === false;
      const scale = own
        ? scaleLinear()
            .domain([0, top(row) > 0 ? top(row) : 1])
            .range([INSET, INSET + inner])
        : x;
      // Label left, value right on one line when both fit; otherwise the value goes on its own line.
      const value = stated(row, L);
      const name = own ? words.ownScale(row.label) : row.label;
      if (textWidth(name) + textWidth(value) + 12 <= inner) {
        labels.push({ x: INSET, y: y + FONT, text: name, anchor: 'start', size: FONT });
        labels.push({ x: INSET + inner, y: y + FONT, text: value, anchor: 'end', size: FONT, bold: true });
        y += LINE;
      } else {
        text(name);
        text(value, { bold: true });
      }
      if (own && row.note) text(`${row.note}.`, { muted: true });
      y += 2;
      const w = Math.max(scale(row.value) - INSET, 1);
      marks.push({
        key: row.id,
        label: `${group.split(':')[0]}: ${row.label}${row.label.includes(row.period) ? '' : `, ${row.period.toLowerCase()}`}`,
        value: stated(row, L),
        category: categoryOf(row),
        shapes: [{ x: INSET, y, width: w, height: BAR, outline: own }],
      });
      y += BAR;
      if (row.low !== undefined && row.high !== undefined) {
        // The range: a bracket from low to high just under the bar, clear of the bar's fill.
        const [a, b] = [px(scale(row.low)), px(scale(row.high))];
        rules.push({
          d: polyline([
            [a, y + 2],
            [a, y + 8],
            [b, y + 8],
            [b, y + 2],
          ]),
        });
        y += 10;
      }
      y += 10;
    }
    y += 8;
  }

  return finish(CHART, {
    width,
    height: y - 18 + 2,
    marks,
    labels,
    rules,
    x: { domain: x.domain() as [number, number], range: x.range().map((n) => px(n)) as [number, number] },
  });
}

/** What the chart says: the studies with their rows, and the one central forecast with a range. */
export interface RevenueFacts {
  studies: { id: string; name: string; rows: DataRow[] }[];
  ranged?: DataRow;
}

export function describeRevenueScenarios(rows: DataRow[]): RevenueFacts {
  checkRows(rows);
  const studies = groups(rows, (r) => r.groupId ?? r.group!).map(([id, members]) => ({
    id,
    name: members[0].group!,
    rows: members,
  }));
  return { studies, ranged: rows.find((r) => r.low !== undefined && r.comparable !== false) };
}
