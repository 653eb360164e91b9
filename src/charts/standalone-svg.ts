// A chart as a file of its own: the figure as a reader sees it (takeaway, title, the wide drawing, the
// note on rows not drawn, the source line, the explainer's name and the chart's address) in one SVG
// with its own <style>, light colours and text kept as text. Nothing in it points anywhere: no href,
// no url(), no font file, so it opens the same in a browser, an editor or a slide. The same drawing
// key marks alone (keyMarksSvg) are drawn on the chart's share card. Pure: layout and words in, a string out; the
// PNGs are this SVG rendered by resvg (src/lib/chart-png.ts).
import { FONT, LINE, wrap, type ChartLayout, type Shape } from './common';
import { PALETTE, type CategoryId } from './palette';

/** What the file shows, in the reader's words (every string comes from the dictionary or the data). */
export interface StandaloneInput {
  /** The wide layout (CHART_SIZES[1]). */
  layout: ChartLayout;
  /** A shorter drawing whose key marks go on the share card, when the chart gives one (else `layout`'s). */
  card?: ChartLayout;
  takeaway: string;
  title: string;
  /** The sentence stating the finding: the SVG's <desc>. */
  description: string;
  /** Rows printed instead of drawn ("Not comparable, so not drawn: …"), if any. */
  note?: string;
  /** "Source: …." */
  source: string;
  /** The explainer's name. */
  site: string;
  /** Where the chart lives, as printed ("explainer.example.org/c/taxes-by-level/ · CC BY 4.0"). */
  credit: string;
  /** BCP 47 language of the words. */
  lang: string;
  /** The language's non-breaking spaces (a number and its unit, a date): its chart words' hold(). */
  hold: (text: string) => string;
}

/** The site's typeface first (the one the PNGs are drawn with), then serifs a reader's machine is likely to have. */
export const FONT_STACK =
  "'Source Serif 4', 'Source Serif Pro', Georgia, Cambria, 'Times New Roman', 'Liberation Serif', serif";

/** Light-scheme colours of the page (global.css :root). */
export const INK = { bg: '#ffffff', text: '#1b1b1b', muted: '#555555', rule: '#d6d3cc', accent: '#0b57a4' } as const;

/** Width of the file in px; the chart's wide layout (560) sits inside PAD on each side. */
export const SVG_WIDTH = 600;
const PAD = 20;
const TEXT_W = SVG_WIDTH - 2 * PAD;

const TYPE = {
  takeaway: { size: 20, line: 25, bold: true },
  title: { size: 14, line: 19, bold: false },
  note: { size: 12.5, line: 17, bold: false },
  source: { size: 12, line: 16, bold: false },
  credit: { size: 12, line: 16, bold: true },
} as const;

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/** Class of a shape: fill in its category colour, or only its border ("o"), or the page's muted grey ("m"). */
const shapeClass = (category: CategoryId | 'muted', outline: boolean | undefined) =>
  `${outline ? 'o' : 'f'}-${category}`;

/** One shape of a mark: its path when it has one (a circle, a diamond…), else its rectangle. */
const shapeSvg = (category: CategoryId | 'muted', s: Shape) =>
  s.d
    ? `<path class="${shapeClass(category, s.outline)}" d="${s.d}"/>`
    : `<rect class="${shapeClass(category, s.outline)}" x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"/>`;

/** The <style> of a file: only the classes its marks use, light colours, no custom properties (resvg reads plain CSS). */
function styleFor(layouts: ChartLayout[]): string {
  const used = new Set<string>();
  for (const layout of layouts)
    for (const m of layout.marks) for (const s of m.shapes) used.add(shapeClass(m.category, s.outline));
  const rules = [
    `text{font-family:${FONT_STACK};fill:${INK.text}}`,
    `.m{fill:${INK.muted}}`,
    `.b{font-weight:700}`,
    `.a{fill:${INK.accent}}`,
    `.r{fill:none;stroke:${INK.muted};stroke-width:1}`,
    `.rm{fill:none;stroke:${INK.rule};stroke-width:1}`,
    `.bg{fill:${INK.bg}}`,
    `.bar{fill:${INK.accent}}`,
  ];
  for (const cls of [...used].sort()) {
    const [kind, ...rest] = cls.split('-');
    const category = rest.join('-');
    const colour = category === 'muted' ? INK.muted : PALETTE[category as CategoryId].light;
    rules.push(
      kind === 'o'
        ? `.${cls}{fill:none;stroke:${colour};stroke-width:${category === 'muted' ? 1 : 1.5}}`
        : `.${cls}{fill:${colour}}`,
    );
  }
  return `<style>${rules.join('')}</style>`;
}

/** The chart's rules, marks and labels, as ChartSvg draws them, with classes this file's <style> defines. */
function drawing(layout: ChartLayout): string {
  const rules = layout.rules
    .map((r) => `<path class="${r.muted ? 'rm' : 'r'}"${r.dashed ? ' stroke-dasharray="4 3"' : ''} d="${r.d}"/>`)
    .join('');
  const marks = layout.marks.map((m) => `<g>${m.shapes.map((s) => shapeSvg(m.category, s)).join('')}</g>`).join('');
  const labels = layout.labels
    .map((l) => {
      const cls = [l.muted && 'm', l.bold && 'b'].filter(Boolean).join(' ');
      return `<text${cls ? ` class="${cls}"` : ''} x="${l.x}" y="${l.y}"${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`}${l.size === FONT ? '' : ` font-size="${l.size}"`}>${xmlEscape(l.text)}</text>`;
    })
    .join('');
  return rules + marks + labels;
}

interface Lines {
  lines: string[];
  size: number;
  line: number;
  bold: boolean;
}
/** Wraps text in a language (its hold()) to a width in one type style. */
const linesIn =
  (hold: (text: string) => string) =>
  (text: string, type: { size: number; line: number; bold: boolean }, width = TEXT_W): Lines => ({
    lines: wrap(hold(text), width, type.size, type.bold),
    ...type,
  });

/** Text lines from a top edge: each baseline sits at 0.8 of its line box. Returns the SVG and the new top. */
function textBlock(block: Lines, x: number, top: number, cls: string): { svg: string; bottom: number } {
  const svg = block.lines
    .map(
      (line, i) =>
        `<text${cls ? ` class="${cls}"` : ''} x="${x}" y="${num(top + i * block.line + block.line * 0.8)}" font-size="${block.size}">${xmlEscape(line)}</text>`,
    )
    .join('');
  return { svg, bottom: top + block.lines.length * block.line };
}

const head = (
  width: number,
  height: number,
  lang: string,
  title: string,
  description: string,
  layouts: ChartLayout[],
) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(height)}" viewBox="0 0 ${width} ${num(height)}" role="img" aria-labelledby="title desc" xml:lang="${xmlEscape(lang)}">` +
  `<title id="title">${xmlEscape(title)}</title><desc id="desc">${xmlEscape(description)}</desc>${styleFor(layouts)}`;

/** The chart as a standalone SVG file, SVG_WIDTH wide and as tall as its content. */
export function standaloneSvg(input: StandaloneInput): string {
  const { layout } = input;
  const lines = linesIn(input.hold);
  let y = PAD;
  const parts: string[] = [];
  const add = (block: Lines, cls: string, gap: number) => {
    const t = textBlock(block, PAD, y, cls);
    parts.push(t.svg);
    y = t.bottom + gap;
  };
  add(lines(input.takeaway, TYPE.takeaway), 'b', 4);
  add(lines(input.title, TYPE.title), 'm', 12);
  parts.push(`<g transform="translate(${PAD} ${num(y)})" font-size="${FONT}">${drawing(layout)}</g>`);
  y += layout.height + 14;
  if (input.note) add(lines(input.note, TYPE.note), '', 6);
  add(lines(input.source, TYPE.source), 'm', 6);
  add(lines(input.site, TYPE.credit), 'b', 0);
  add(lines(input.credit, TYPE.source), 'm', 0);
  const height = y + PAD - 4;
  return `${head(SVG_WIDTH, height, input.lang, `${input.takeaway} ${input.title}`, input.description, [layout])}<rect class="bg" width="100%" height="100%"/>${parts.join('')}</svg>\n`;
}

/**
 * The chart's key marks alone, for its share card (src/lib/og-image.ts sets the takeaway above them):
 * the marks' shapes and no text, cropped to the box the marks cover, so the card can draw them large.
 * Labels are left out because at card size they would fall under the card's 28 px minimum.
 */
export function keyMarksSvg(layout: ChartLayout): { svg: string; width: number; height: number } {
  const shapes = layout.marks.flatMap((m) => m.shapes);
  if (!shapes.length) throw new Error('Chart card: the chart has no marks to draw');
  const x0 = Math.min(...shapes.map((s) => s.x));
  const y0 = Math.min(...shapes.map((s) => s.y));
  const width = Math.max(...shapes.map((s) => s.x + s.width)) - x0 + 2;
  const height = Math.max(...shapes.map((s) => s.y + s.height)) - y0 + 2;
  const marks = layout.marks.map((m) => `<g>${m.shapes.map((s) => shapeSvg(m.category, s)).join('')}</g>`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(x0 - 1)} ${num(y0 - 1)} ${num(width)} ${num(height)}">` +
    `${styleFor([layout])}${marks}</svg>`;
  return { svg, width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10 };
}

/**
 * Height in px at which the embed page shows everything at a given column width without scrolling: its text
 * (by the same width estimate the charts use) plus the drawing at that width. The page itself fits any
 * height (the drawing scales down), so the embed code proposes the larger of this at a desktop column with the
 * wide drawing and at a phone's column with the narrow one (ReuseKit.astro). `credit` is the line under the
 * figure (it wraps on a phone); without it one line is counted.
 */
export function embedHeight(
  input: Pick<StandaloneInput, 'layout' | 'takeaway' | 'title' | 'source' | 'note' | 'hold'> & { credit?: string },
  column = 600,
): number {
  const inner = column - 2 * 12;
  const count = (text: string, size: number, bold = false) => wrap(input.hold(text), inner, size, bold).length;
  const text =
    count(input.takeaway, 18, true) * 24 +
    count(input.title, 15) * 21 +
    count(input.source, 13.5) * 20 +
    (input.note ? count(input.note, 13.5) * 20 + 8 : 0) +
    (input.credit ? count(input.credit, 16, true) * 23 : 20) +
    // The details summary, padding and gaps.
    2 * 20 +
    24 +
    2 * LINE;
  return Math.ceil((text + (input.layout.height * inner) / input.layout.width) / 10) * 10;
}
