// A chart as a file of its own: the figure as a reader sees it (takeaway, title, the wide drawing, the
// note on rows not drawn, the source line, the explainer's name and the chart's address) in one SVG
// with its own <style>, light colours and text kept as text. Nothing in it points anywhere: no href,
// no url(), no font file, so it opens the same in a browser, an editor or a slide. The same drawing
// laid out 1200×630 (at 2×) is the chart's share card. Pure: layout and words in, a string out; the
// PNGs are this SVG rendered by resvg (src/lib/chart-png.ts).
import { FONT, LINE, wrap, type ChartLayout } from './common';
import { PALETTE, type CategoryId } from './palette';

/** What the file shows, in the reader's words (every string comes from the dictionary or the data). */
export interface StandaloneInput {
  /** The wide layout (CHART_SIZES[1]). */
  layout: ChartLayout;
  /** A shorter drawing for the share card, when the chart gives one (else the card scales `layout`). */
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
}

/** Fonts a reader's machine is likely to have, Inter first (the one the PNGs are drawn with). */
export const FONT_STACK = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

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

/** The <style> of a file: only the classes its marks use, light colours, no custom properties (resvg reads plain CSS). */
function styleFor(layouts: ChartLayout[]): string {
  const used = new Set<string>();
  for (const layout of layouts) for (const m of layout.marks) for (const s of m.shapes) used.add(shapeClass(m.category, s.outline));
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
  const rules = layout.rules.map((r) => `<path class="${r.muted ? 'rm' : 'r'}"${r.dashed ? ' stroke-dasharray="4 3"' : ''} d="${r.d}"/>`).join('');
  const marks = layout.marks
    .map(
      (m) =>
        `<g>${m.shapes
          .map((s) =>
            s.d
              ? `<path class="${shapeClass(m.category, s.outline)}" d="${s.d}"/>`
              : `<rect class="${shapeClass(m.category, s.outline)}" x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"/>`,
          )
          .join('')}</g>`,
    )
    .join('');
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
const lines = (text: string, type: { size: number; line: number; bold: boolean }, width = TEXT_W): Lines => ({
  lines: wrap(text, width, type.size, type.bold),
  ...type,
});

/** Text lines from a top edge: each baseline sits at 0.8 of its line box. Returns the SVG and the new top. */
function textBlock(block: Lines, x: number, top: number, cls: string): { svg: string; bottom: number } {
  const svg = block.lines
    .map((line, i) => `<text${cls ? ` class="${cls}"` : ''} x="${x}" y="${num(top + i * block.line + block.line * 0.8)}" font-size="${block.size}">${xmlEscape(line)}</text>`)
    .join('');
  return { svg, bottom: top + block.lines.length * block.line };
}

const head = (width: number, height: number, lang: string, title: string, description: string, layouts: ChartLayout[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(height)}" viewBox="0 0 ${width} ${num(height)}" role="img" aria-labelledby="title desc" xml:lang="${xmlEscape(lang)}">` +
  `<title id="title">${xmlEscape(title)}</title><desc id="desc">${xmlEscape(description)}</desc>${styleFor(layouts)}`;

/** The chart as a standalone SVG file, SVG_WIDTH wide and as tall as its content. */
export function standaloneSvg(input: StandaloneInput): string {
  const { layout } = input;
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

/** The share card's box: 600×315 units, rendered at 2× to 1200×630 px. */
export const CARD_BOX = { width: 600, height: 315, bar: 8, pad: 22 } as const;

/**
 * The chart's share card: the site's name, the takeaway, then the wide drawing scaled to fit the room
 * left (never stretched), and the chart's address. The takeaway shrinks a step at a time to two lines.
 */
export function chartCardSvg(input: StandaloneInput): string {
  const layout = input.card ?? input.layout;
  const { width, height, bar, pad } = CARD_BOX;
  const left = bar + pad;
  const textW = width - left - pad;
  const parts: string[] = [`<rect class="bg" width="100%" height="100%"/><rect class="bar" width="${bar}" height="${height}"/>`];
  let y = pad - 4;
  const site = textBlock(lines(input.site, { size: 12, line: 16, bold: true }, textW), left, y, 'a b');
  parts.push(site.svg);
  y = site.bottom + 6;
  let takeaway = lines(input.takeaway, { size: 22, line: 27, bold: true }, textW);
  for (const size of [20, 18, 16]) {
    if (takeaway.lines.length <= 2) break;
    takeaway = lines(input.takeaway, { size, line: Math.round(size * 1.25), bold: true }, textW);
  }
  const t = textBlock(takeaway, left, y, 'b');
  parts.push(t.svg);
  y = t.bottom + 10;
  const footer = 16;
  const room = { w: textW, h: height - pad - footer - y };
  const scale = Math.min(1, room.w / layout.width, room.h / layout.height);
  if (!(scale > 0)) throw new Error(`Chart card "${input.title}": no room left for the chart`);
  parts.push(`<g transform="translate(${left} ${num(y)}) scale(${Math.round(scale * 1000) / 1000})" font-size="${FONT}">${drawing(layout)}</g>`);
  parts.push(`<text class="m" x="${left}" y="${height - pad + 6}" font-size="11">${xmlEscape(input.credit)}</text>`);
  return `${head(width, height, input.lang, `${input.takeaway} ${input.title}`, input.description, [layout])}${parts.join('')}</svg>\n`;
}

/**
 * Height in px at which the embed page shows everything at a 600 px column without scrolling: its text
 * (by the same width estimate the charts use) plus the wide drawing at that width. The page itself fits
 * any height (the drawing scales down), so this is the height the embed code proposes.
 */
export function embedHeight(input: Pick<StandaloneInput, 'layout' | 'takeaway' | 'title' | 'source' | 'note'>, column = 600): number {
  const inner = column - 2 * 12;
  const count = (text: string, size: number, bold = false) => wrap(text, inner, size, bold).length;
  const text =
    count(input.takeaway, 18, true) * 24 +
    count(input.title, 15) * 21 +
    count(input.source, 13.5) * 20 +
    (input.note ? count(input.note, 13.5) * 20 + 8 : 0) +
    // The details summary, the credit line, padding and gaps.
    3 * 20 + 24 + 2 * LINE;
  return Math.ceil((text + (input.layout.height * inner) / input.layout.width) / 10) * 10;
}
