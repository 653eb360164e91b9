// Taxes paid by level of government, one block per estimate (ITEP 2022, AIC 2023), never joined:
// horizontal bars for federal and state & local on one shared zero-based scale, with the payroll
// parts of federal (Social Security, Medicare) as thin bars attached under it where the source gives
// them, each starting where the one before ends, so together they read as a share of the bar above.
import { groups, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
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
  textWidth,
  wrap,
  type ChartLayout,
  type ChartText,
  type Label,
  type Mark,
} from './common';
import type { CategoryId } from './palette';

const CHART = 'taxes-by-level';
const BAR = 18;
const PART_BAR = 10;
const GAP = 6;
/** Space between a bar and the part bars attached under it. */
const PART_GAP = 2;
/** Height of one part's row: its bar plus room for its 13-unit label. */
const PART_ROW = 16;

/** Palette category of a top-level bar, by its label (the dataset names the two levels). */
const LEVELS: Record<string, CategoryId> = { federal: 'tax-federal', 'state and local': 'tax-state-local' };
function levelCategory(label: string): CategoryId {
  const category = LEVELS[label.toLowerCase()];
  if (!category) throw new Error(`${CHART}: bar "${label}" is neither Federal nor State and local; give it a palette category in src/charts/taxes-by-level.ts`);
  return category;
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
  return groups(rows, (r) => r.group ?? '').map(([name, members]) => ({
    name,
    total: members.find((r) => r.total),
    bars: members
      .filter((r) => !r.total && r.partOf === undefined)
      .map((row) => ({ row, parts: members.filter((p) => p.partOf === row.label) })),
  }));
}

const sum = (rows: DataRow[]) => rows.reduce((a, r) => a + r.value, 0);

/** Lays out the chart for a viewBox `width` wide; height follows from the content. */
export function taxesByLevel(rows: DataRow[], size: { width: number } = { width: CHART_WIDTH }): TaxesByLevelLayout {
  assertFiniteRows(CHART, rows);
  const width = size.width;
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
  let y = 0;
  const text = (t: string, opts: Partial<Label> = {}) => {
    labels.push({ x: x0, y: y + FONT, text: t, anchor: 'start', size: FONT, ...opts });
    y += LINE;
  };

  for (const block of list) {
    for (const line of wrap(block.name, width - INSET, FONT, true)) text(line, { bold: true });
    if (block.total) {
      const stated = formatValue(block.total.value, block.total.unit);
      const parts = sum(block.bars.map((b) => b.row));
      const differs = Math.abs(parts - block.total.value) > 1e-9;
      const words = differs
        ? `Total ${stated} as stated; the parts add up to ${formatValue(parts, block.total.unit)} (rounding)`
        : `Total ${stated}`;
      for (const line of wrap(words, width - INSET)) text(line, { muted: true });
    }
    y += 4;
    for (const { row, parts } of block.bars) {
      text(row.label);
      y += 1;
      const w = x(row.value) - x0;
      marks.push({
        key: `${block.name}|${row.label}`,
        label: block.name ? `${block.name}: ${row.label}` : row.label,
        value: formatValue(row.value, row.unit),
        category: levelCategory(row.label),
        shapes: [{ x: x0, y, width: w, height: BAR }],
      });
      labels.push({ x: x0 + w + GAP, y: y + BAR / 2 + FONT * 0.35, text: formatValue(row.value, row.unit), anchor: 'start', size: FONT });
      y += BAR + PART_GAP;
      let from = 0;
      for (const part of parts) {
        const left = x(from);
        const pw = x(from + part.value) - left;
        from += part.value;
        marks.push({
          key: `${block.name}|${part.label}`,
          label: `${block.name ? `${block.name}: ` : ''}${part.label} (part of ${row.label})`,
          value: formatValue(part.value, part.unit),
          category: 'tax-payroll',
          shapes: [{ x: left, y, width: pw, height: PART_BAR }],
        });
        // "of which …" beside the part where it fits, else the name alone; on its own line below only if neither fits.
        const value = formatValue(part.value, part.unit);
        const words = [`of which ${part.label} ${value}`, `${part.label} ${value}`].find((t) => left + pw + GAP + textWidth(t) <= width);
        if (words) {
          labels.push({ x: left + pw + GAP, y: y + PART_BAR / 2 + FONT * 0.35, text: words, anchor: 'start', size: FONT, muted: true });
          y += PART_ROW;
        } else {
          y += PART_BAR + 2;
          text(`${part.label} ${value}`, { muted: true });
        }
      }
      y += 8 - PART_GAP;
    }
    y += 10;
  }

  return finish(CHART, {
    width,
    height: y - 10,
    marks,
    labels,
    rules: [],
    x: { domain: x.domain() as [number, number], range: x.range().map((n) => px(n)) as [number, number] },
  });
}

/** Takeaway and finding sentence, written from the rows. */
export function describeTaxesByLevel(rows: DataRow[]): ChartText {
  assertFiniteRows(CHART, rows);
  const list = blocks(rows);
  const totals = list.map((b) => {
    const value = b.total?.value ?? sum(b.bars.map((bar) => bar.row));
    return `${formatValue(value, 'usd_billions')} (${b.name})`;
  });
  const largest = list.map((b) => [...b.bars].sort((a, c) => c.row.value - a.row.value)[0]?.row);
  const mostly =
    largest.every((r) => r && r.label === largest[0]?.label) &&
    list.every((b, i) => largest[i]!.value > (b.total?.value ?? sum(b.bars.map((bar) => bar.row))) / 2);
  const takeaway = `Estimates of taxes paid by undocumented immigrants: ${totals.join(' and ')}${
    mostly ? `, most of it ${largest[0]!.label.toLowerCase()}` : ''
  }.`;
  const description =
    'Bar chart. ' +
    list
      .map((b) => {
        const bars = b.bars.map(({ row, parts }) => {
          const of = parts.length ? ` (of which ${parts.map((p) => `${p.label} ${formatValue(p.value, p.unit)}`).join(', ')})` : '';
          return `${row.label.toLowerCase()} ${formatValue(row.value, row.unit)}${of}`;
        });
        const total = b.total ? `total ${formatValue(b.total.value, b.total.unit)}: ` : '';
        return `${b.name}: ${total}${bars.join('; ')}.`;
      })
      .join(' ') +
    ' The two estimates cover different years and use different methods, so they are shown side by side rather than as a trend.';
  return { takeaway, description };
}
