// Taxes paid by level of government, one block per estimate (ITEP 2022, AIC 2023), never joined:
// horizontal bars for federal and state & local on one shared zero-based scale, with the payroll
// parts of federal (Social Security, Medicare) drawn inside the federal bar where the source gives
// them, each starting where the one before ends, so they read as parts of that total. Each part is
// named under the bar, joined to its segment by a tick; the last part's name comes first, so no tick
// crosses a name.
import { groups, max, scaleLinear } from 'd3';
import type { DataRow } from '../content/data-schema';
import {
  FONT,
  INSET,
  LINE,
  assertFiniteRows,
  finish,
  polyline,
  px,
  textWidth,
  type ChartLocale,
  wrap,
  type ChartLayout,
  type Label,
  type Mark,
  type Rule,
} from './common';
import type { CategoryId } from './palette';

const CHART = 'taxes-by-level';
const WIDE_BAR = 18;
/** On a phone the bars are thicker, so the drawing, not the words around it, fills most of the figure. */
const NARROW_BAR = 26;
/** A part is a band inside its whole's bar, this far from the bar's top and bottom edges. */
const PART_INSET = 3;
const GAP = 6;
/** Room between a bar and the first name of its parts, for the ticks. */
const TICK = 6;

/** Palette category of a top-level bar, by its row id ("itep-2022-federal", "aic-2023-state-local"). */
function levelCategory(row: DataRow): CategoryId {
  if (row.id.endsWith('-federal')) return 'tax-federal';
  if (row.id.endsWith('-state-local')) return 'tax-state-local';
  throw new Error(
    `${CHART}: bar "${row.id}" is neither federal (id ending "-federal") nor state and local ("-state-local"); give it a palette category in src/charts/taxes-by-level.ts`,
  );
}

export interface TaxesByLevelLayout extends ChartLayout {
  /** The shared bar scale: value (billions of dollars) to x. */
  x: { domain: [number, number]; range: [number, number] };
}

interface Block {
  name: string;
  total?: DataRow;
  bars: { row: DataRow; parts: DataRow[] }[];
}

function blocks(rows: DataRow[]): Block[] {
  return groups(rows, (r) => r.groupId ?? '').map(([, members]) => ({
    name: members[0]?.group ?? '',
    total: members.find((r) => r.total),
    bars: members
      .filter((r) => !r.total && r.partOf === undefined)
      .map((row) => ({ row, parts: members.filter((p) => p.partOf === row.id) })),
  }));
}

const sum = (rows: DataRow[]) => rows.reduce((a, r) => a + r.value, 0);

/** Lays out the chart for a viewBox `width` wide; height follows from the content. */
export function taxesByLevel(rows: DataRow[], size: { width: number }, L: ChartLocale): TaxesByLevelLayout {
  assertFiniteRows(CHART, rows);
  const formatValue = L.f.value;
  const w = L.w.taxesByLevel;
  const width = size.width;
  const bar = width < 400 ? NARROW_BAR : WIDE_BAR;
  const list = blocks(rows);
  const drawn = list.flatMap((b) => b.bars.flatMap((bar) => [bar.row, ...bar.parts]));
  const reserve = (max(drawn, (r) => textWidth(formatValue(r.value, r.unit))) ?? 0) + GAP + 2;
  const top = max(drawn, (r) => r.value) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([INSET, width - reserve]);
  const [x0] = x.range();

  const marks: Mark[] = [];
  const labels: Label[] = [];
  const rules: Rule[] = [];
  let y = 0;
  const text = (t: string, opts: Partial<Label> = {}) => {
    labels.push({ x: x0, y: y + FONT, text: t, anchor: 'start', size: FONT, ...opts });
    y += LINE;
  };

  for (const block of list) {
    for (const line of wrap(L.w.hold(block.name), width - INSET, FONT, true)) text(line, { bold: true });
    if (block.total) {
      const stated = formatValue(block.total.value, block.total.unit);
      const parts = sum(block.bars.map((b) => b.row));
      const differs = Math.abs(parts - block.total.value) > 1e-9;
      const words = differs ? w.totalDiffers(stated, formatValue(parts, block.total.unit)) : w.total(stated);
      for (const line of wrap(L.w.hold(words), width - INSET)) text(line, { muted: true });
    }
    y += 4;
    for (const { row, parts } of block.bars) {
      text(row.label);
      y += 1;
      const bw = x(row.value) - x0;
      marks.push({
        key: row.id,
        label: block.name ? `${block.name}: ${row.label}` : row.label,
        value: formatValue(row.value, row.unit),
        category: levelCategory(row),
        shapes: [{ x: x0, y, width: bw, height: bar }],
      });
      labels.push({
        x: x0 + bw + GAP,
        y: y + bar / 2 + FONT * 0.35,
        text: formatValue(row.value, row.unit),
        anchor: 'start',
        size: FONT,
      });
      const barTop = y;
      y += bar;
      let from = 0;
      const segments = parts.map((part) => {
        const left = x(from);
        const pw = x(from + part.value) - left;
        from += part.value;
        marks.push({
          key: part.id,
          label: `${block.name ? `${block.name}: ` : ''}${w.partOf(part.label, row.label)}`,
          value: formatValue(part.value, part.unit),
          category: 'tax-payroll',
          shapes: [{ x: left, y: barTop + PART_INSET, width: pw, height: bar - 2 * PART_INSET }],
        });
        return { part, left, pw };
      });
      if (segments.length) y += TICK;
      for (const { part, left, pw } of [...segments].reverse()) {
        const value = formatValue(part.value, part.unit);
        // "of which Medicare $6.4 billion" where it fits from the segment's left, else the name alone, ending at the edge.
        const words =
          [w.ofWhich(part.label, value), `${part.label} ${value}`].find((t) => left + textWidth(t) <= width - INSET) ??
          `${part.label} ${value}`;
        const fits = left + textWidth(words) <= width - INSET;
        rules.push({
          d: polyline([
            [left + pw / 2, barTop + bar - PART_INSET],
            [left + pw / 2, y + 3],
          ]),
          muted: true,
        });
        labels.push({
          x: fits ? left : width - INSET,
          y: y + FONT,
          text: words,
          anchor: fits ? 'start' : 'end',
          size: FONT,
          muted: true,
        });
        y += LINE;
      }
      y += 8;
    }
    y += 10;
  }

  return finish(CHART, {
    width,
    height: y - 10,
    marks,
    labels,
    rules,
    x: { domain: x.domain() as [number, number], range: x.range().map((n) => px(n)) as [number, number] },
  });
}

/** What the chart says, as numbers and labels; src/i18n/charts/<locale>.ts writes the sentences. */
export interface TaxesByLevelFacts {
  blocks: {
    name: string;
    total: number;
    stated?: number;
    bars: { id: string; label: string; value: number; parts: { id: string; label: string; value: number }[] }[];
  }[];
  /** Label of the level that is more than half of every block's total, when it is the same one. */
  mostly?: string;
}

export function describeTaxesByLevel(rows: DataRow[]): TaxesByLevelFacts {
  assertFiniteRows(CHART, rows);
  const list = blocks(rows);
  const totalOf = (b: Block) => b.total?.value ?? sum(b.bars.map((bar) => bar.row));
  const largest = list.map((b) => [...b.bars].sort((a, c) => c.row.value - a.row.value)[0]?.row);
  const mostly =
    largest.every(
      (r) =>
        r &&
        r.id.replace(/^.*?-(federal|state-local)$/, '$1') ===
          largest[0]?.id.replace(/^.*?-(federal|state-local)$/, '$1'),
    ) && list.every((b, i) => largest[i]!.value > totalOf(b) / 2);
  return {
    blocks: list.map((b) => ({
      name: b.name,
      total: totalOf(b),
      stated: b.total?.value,
      bars: b.bars.map(({ row, parts }) => ({
        id: row.id,
        label: row.label,
        value: row.value,
        parts: parts.map((p) => ({ id: p.id, label: p.label, value: p.value })),
      })),
    })),
    mostly: mostly ? largest[0]!.label : undefined,
  };
}
