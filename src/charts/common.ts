// Shared pieces of the chart layouts: the layout types every chart returns, rounding with a
// finiteness check, and a text-width estimate (there is no DOM at build time, so label widths are
// estimated generously; the browser test checks the real boxes). The locale a chart speaks comes in
// as an argument (./words.ts), never from the dictionaries.
import { line } from 'd3';
import type { DataRow } from '../content/data-schema';
import type { CategoryId } from './palette';
export type { ChartLocale, ChartText } from './words';

/**
 * Every chart is laid out twice (some three times: CHART_BROAD) and the page shows the one that fits its column (a media query
 * in ChartFigure.astro), so the SVG fills the column while its text stays near 13 CSS px.
 * Narrow: phones; in the 328 px column of a 360 px phone it scales to 0.96 (text ≈ 12.5 px).
 */
export const CHART_WIDTH = 340;
/** Wide layout, shown from a 36.5rem viewport (a ~546 px column): 0.97× there, 1.14× at 640 px. */
export const CHART_WIDE = 560;
/** Both layout widths, narrow first. */
export const CHART_SIZES = [{ width: CHART_WIDTH }, { width: CHART_WIDE }] as const;
/**
 * The breakout layout of the charts that gain from room (the registry marks them): drawn at 960 and
 * shown from a 75rem viewport, where the figure's drawing leaves the 640 px text column (ChartFigure.astro)
 * and is shown at 1:1, down to about 0.92 (text ≈ 12 px) at 1200 px beside the contents column.
 */
export const CHART_BROAD = 960;
/** A non-breaking space: wrap() never ends a line at one. */
export const NBSP = '\u00a0';
/** Smallest text size used in a chart, in viewBox units (≈ CSS px at full size). */
export const FONT = 13;
/** Left inset for text and bars: some glyphs (a "T", a "$") draw slightly left of their origin. */
export const INSET = 2;
/** Line height for chart text, in viewBox units. */
export const LINE = 17;

/** A rectangle drawn for a mark; `outline` draws only its border. */
export interface Shape {
  x: number;
  y: number;
  width: number;
  height: number;
  outline?: boolean;
  /** An SVG path drawn instead of the rectangle (a circle, a diamond…); x, y, width and height stay its bounds. */
  d?: string;
}

/** One data mark: what a reader can hover or reach with the arrow keys. */
export interface Mark {
  /** Palette category (src/charts/palette.ts): the mark gets class `cat cat-<id>` and that colour;
   *  'muted' draws it in the page's muted grey (the rest of a whole, e.g. the waffle's empty squares). */
  category: CategoryId | 'muted';
  /** Key, unique within the chart. */
  key: string;
  /** data-label: what the mark is, e.g. "ITEP, tax year 2022: Federal". */
  label: string;
  /** data-value: the value as printed, e.g. "$59.4 billion". */
  value: string;
  shapes: Shape[];
}

/** A line of text placed in the SVG. */
export interface Label {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold?: boolean;
  muted?: boolean;
}

/** A rule or gridline as an SVG path string. */
export interface Rule {
  d: string;
  muted?: boolean;
  /** Drawn dashed (a dated marker line, e.g. how far the sources were checked). */
  dashed?: boolean;
}

/** What every chart module returns: a viewBox size and the things to draw in it. */
export interface ChartLayout {
  width: number;
  height: number;
  marks: Mark[];
  labels: Label[];
  rules: Rule[];
}

/** Rounds to 0.1 px; throws if the number is not finite (never NaN or Infinity into the SVG). */
export function px(n: number, what = 'a coordinate'): number {
  if (!Number.isFinite(n)) throw new Error(`Chart layout: ${what} is not a finite number (got ${n})`);
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** Throws unless every row value is a finite number. */
export function assertFiniteRows(chart: string, rows: readonly Pick<DataRow, 'label' | 'value'>[]): void {
  if (rows.length === 0) throw new Error(`${chart}: no rows to draw`);
  for (const [i, row] of rows.entries()) {
    if (typeof row.value !== 'number' || !Number.isFinite(row.value)) {
      throw new Error(
        `${chart}: row ${i} ("${row.label}") has a value that is not a finite number (got ${String(row.value)})`,
      );
    }
    if (row.value < 0)
      throw new Error(`${chart}: row ${i} ("${row.label}") is negative (${row.value}); bars start at zero`);
  }
}

/** Throws if any number anywhere in the layout is not finite. */
export function assertFiniteLayout(chart: string, layout: unknown, path = 'layout'): void {
  if (typeof layout === 'number') {
    if (!Number.isFinite(layout)) throw new Error(`${chart}: ${path} is not a finite number (got ${layout})`);
  } else if (Array.isArray(layout)) {
    layout.forEach((item, i) => assertFiniteLayout(chart, item, `${path}[${i}]`));
  } else if (layout && typeof layout === 'object') {
    for (const [key, value] of Object.entries(layout)) assertFiniteLayout(chart, value, `${path}.${key}`);
  } else if (typeof layout === 'string' && /NaN|Infinity|undefined/.test(layout)) {
    throw new Error(`${chart}: ${path} contains a non-finite number ("${layout}")`);
  }
}

// Advance widths in em, chosen at or above the common sans-serif UI fonts (DejaVu Sans, Roboto,
// Segoe UI, San Francisco) so that an estimate never comes out narrower than the real text.
const NARROW = new Set([..."ijlft!|.,:;'’()[] \u00a0"]);
const WIDE = new Set([...'mwMW%@—']);
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.36;
  if (WIDE.has(ch)) return 0.95;
  if (/[0-9$]/.test(ch)) return 0.65;
  if (/[A-Z]/.test(ch)) return 0.75;
  return 0.63;
}

/** Estimated rendered width of a line of text, in viewBox units. */
export function textWidth(text: string, size = FONT, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.08 : 1);
}

/** Splits text into lines no wider than maxWidth (by the estimate); long words stay whole, and
 *  so do words joined by a non-breaking space ("8.3 million"). Which other spaces hold in a language
 *  (a number and its unit word, a date) the caller marks first with its words' hold(). */
export function wrap(text: string, maxWidth: number, size = FONT, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Horizontal extent of a label by the width estimate: [left, right]. */
export function labelExtent(label: Label): [number, number] {
  const w = textWidth(label.text, label.size, label.bold);
  if (label.anchor === 'start') return [label.x, label.x + w];
  if (label.anchor === 'end') return [label.x - w, label.x];
  return [label.x - w / 2, label.x + w / 2];
}

const linePath = line<[number, number]>().digits(1);

/** An SVG path string through the points (d3-shape line, 0.1 px precision). */
export function polyline(points: [number, number][]): string {
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new Error(`Chart layout: a rule point is not finite (${x}, ${y})`);
  }
  const d = linePath(points);
  if (!d) throw new Error('Chart layout: a rule needs at least one point');
  return d;
}

/** Rounds every coordinate of a layout to 0.1 px and checks that all are finite. */
export function finish<T extends ChartLayout>(chart: string, layout: T): T {
  const round = (n: number, what: string) => {
    try {
      return px(n, what);
    } catch (error) {
      throw new Error(`${chart}: ${(error as Error).message}`);
    }
  };
  const out = {
    ...layout,
    width: round(layout.width, 'width'),
    height: round(layout.height, 'height'),
    marks: layout.marks.map((m) => ({
      ...m,
      shapes: m.shapes.map((s) => ({
        ...s,
        x: round(s.x, `x of "${m.label}"`),
        y: round(s.y, `y of "${m.label}"`),
        width: round(s.width, `width of "${m.label}"`),
        height: round(s.height, `height of "${m.label}"`),
      })),
    })),
    labels: layout.labels.map((l) => ({
      ...l,
      x: round(l.x, `x of label "${l.text}"`),
      y: round(l.y, `y of label "${l.text}"`),
    })),
  };
  assertFiniteLayout(chart, out);
  return out;
}
