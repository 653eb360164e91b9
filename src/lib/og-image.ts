// Share images (Open Graph cards): 1200×630 PNGs drawn at build time with satori (layout → SVG)
// and resvg (SVG → PNG). This module holds the card's layout as plain numbers and a satori element
// tree, so the maths is testable without rendering. Text is measured with the real advance widths
// of the bundled Inter fonts (read from the WOFF files), and every block's font size is chosen so
// that its text wraps onto lines that fit the card: a long title gets smaller, never cut off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { SectionData } from '../content/section-schema';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** What one card shows. */
export interface CardInput {
  /** Small line at the top (the site name on section cards). */
  header: string;
  /** The big text: the section's share headline. */
  title: string;
  /** Shown big under the title when present (qualifier small before the number, range under it)… */
  figure?: { qualifier?: string; value: string; range?: string; label: string };
  /** …otherwise this sentence or two. */
  summary?: string;
}

export const CARD = {
  width: 1200,
  height: 630,
  /** Accent bar along the left edge. */
  bar: 16,
  padX: 64,
  padY: 56,
  /** Vertical space between the title and the figure or summary; what is left over goes below them. */
  gap: 40,
  colors: { bg: '#ffffff', text: '#1b1b1b', muted: '#4a4a4a', accent: '#0b57a4' },
} as const;

/** Width available to text, in px. */
export const TEXT_WIDTH = CARD.width - CARD.bar - 2 * CARD.padX;

// Type scale. Sizes are tried largest first; line heights are multiples of the font size.
const HEADER = { size: 28, weight: 600, lineHeight: 1.25, marginBottom: 28 } as const;
const TITLE = { sizes: [84, 76, 68, 62, 56, 50, 46, 42, 38, 34], weight: 700, lineHeight: 1.12, letterSpacing: -0.01, maxLines: 3 } as const;
const VALUE = { sizes: [104, 96, 88, 80, 72, 64, 56], weight: 800, lineHeight: 1.05, letterSpacing: -0.02, marginBottom: 10 } as const;
/** "approximately", "more than": the source's own words, set small on the number's baseline so the number still leads. */
const QUALIFIER = { ratio: 0.38, weight: 600, gap: 0.12 } as const;
const RANGE = { sizes: [34, 30, 27], weight: 600, lineHeight: 1.25, maxLines: 1, marginBottom: 8 } as const;
const LABEL = { sizes: [30, 27, 24], weight: 400, lineHeight: 1.3, maxLines: 2 } as const;
const SUMMARY = { sizes: [32, 29, 26, 24], weight: 400, lineHeight: 1.35, maxLines: 4 } as const;
/** Weight and letter spacing (em) of each block, as drawn. */
export const TYPE = { header: HEADER, title: TITLE, value: VALUE, range: RANGE, label: LABEL, summary: SUMMARY } as const;

/** Widths measured here are scaled up by this much: kerning and rounding in satori never make a line longer. */
const SAFETY = 1.02;

export type Weight = 400 | 600 | 700 | 800;

/** Horizontal metrics of one font: the advance of a character in em. */
export interface FontMetrics {
  advance(codePoint: number): number;
}

/** A block of text as laid out: its size, its lines and its height in px. */
export interface TextBlock {
  size: number;
  lineHeight: number;
  lines: string[];
  height: number;
}

export interface CardLayout {
  header: TextBlock;
  title: TextBlock;
  value?: TextBlock;
  /** The qualifier's run before the value, on the value's line. */
  qualifier?: { text: string; size: number; width: number };
  range?: TextBlock;
  label?: TextBlock;
  summary?: TextBlock;
  /** Vertical px left over below the figure or summary (≥ 0 when everything fits). */
  slack: number;
}

// ---------------------------------------------------------------------------------------------
// Font metrics from a WOFF 1.0 file (zlib-compressed sfnt tables): head, hhea, hmtx and cmap.

/** Reads the advance widths of a WOFF font. Pure: bytes in, metrics out. */
export function readFontMetrics(woff: Uint8Array): FontMetrics {
  const file = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (file.getUint32(0) !== 0x774f4646) throw new Error('readFontMetrics: not a WOFF 1.0 file (woff2 is not supported)');
  const tables = new Map<string, DataView>();
  const numTables = file.getUint16(12);
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = String.fromCharCode(woff[at]!, woff[at + 1]!, woff[at + 2]!, woff[at + 3]!);
    const offset = file.getUint32(at + 4);
    const compLength = file.getUint32(at + 8);
    const origLength = file.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    tables.set(tag, new DataView(data.buffer, data.byteOffset, data.byteLength));
  }
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`readFontMetrics: the font has no ${tag} table`);
    return t;
  };
  const unitsPerEm = table('head').getUint16(18);
  const numberOfHMetrics = table('hhea').getUint16(34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (glyph: number) => hmtx.getUint16(4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(table('cmap'));
  return {
    advance: (codePoint) => advanceOfGlyph(glyphOf(codePoint)) / unitsPerEm,
  };
}

/** Character → glyph index from a Unicode cmap subtable (format 4 or 12); 0 (.notdef) when missing. */
function cmapLookup(cmap: DataView): (codePoint: number) => number {
  const count = cmap.getUint16(2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const format = cmap.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { format, offset };
  }
  if (!best) throw new Error('readFontMetrics: the font has no Unicode cmap');
  const o = best.offset;
  if (best.format === 12) {
    const groups = cmap.getUint32(o + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const at = o + 16 + g * 12;
        const start = cmap.getUint32(at);
        if (cp >= start && cp <= cmap.getUint32(at + 4)) return cmap.getUint32(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  const segCount = cmap.getUint16(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segCount; s++) {
      if (cp > cmap.getUint16(ends + s * 2)) continue;
      const start = cmap.getUint16(starts + s * 2);
      if (cp < start) return 0;
      const delta = cmap.getInt16(deltas + s * 2);
      const rangeOffsetAt = rangeOffsets + s * 2;
      const rangeOffset = cmap.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = cmap.getUint16(rangeOffsetAt + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring and wrapping

export type FontSet = Record<Weight, FontMetrics>;

/** Width of a run of text in px at a font size, with letter spacing in em. */
export function measure(text: string, metrics: FontMetrics, size: number, letterSpacing = 0): number {
  let em = 0;
  let n = 0;
  for (const ch of text) {
    em += metrics.advance(ch.codePointAt(0)!) + letterSpacing;
    n++;
  }
  return n === 0 ? 0 : em * size * SAFETY;
}

/**
 * Greedy line breaking at spaces, the way a browser (and satori) fills lines; a word wider than
 * the line is broken between characters. Satori may also break after dashes, which can only
 * make its lines fewer, never more.
 */
export function wrap(text: string, width: number, fit: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fit(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // A single word too wide for the line: break it where it must.
    let rest = word;
    while (fit(rest) > width) {
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length && fit(chars.slice(0, cut + 1).join('')) <= width) cut++;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

interface Style {
  weight: Weight;
  lineHeight: number;
  letterSpacing?: number;
}

/**
 * Greedy wrapping at the narrowest width that needs no more lines than at full width, so the
 * lines come out even instead of ending on one orphaned word. Words are never broken for it.
 */
export function balancedWrap(text: string, width: number, fit: (s: string) => number): string[] {
  const lines = wrap(text, width, fit);
  if (lines.length < 2) return lines;
  const words = text.trim().split(/\s+/).join(' ');
  const ok = (w: number) => {
    const trial = wrap(text, w, fit);
    return trial.length <= lines.length && trial.join(' ') === words;
  };
  let lo = width / lines.length;
  let hi = width;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return wrap(text, hi, fit);
}

function block(text: string, size: number, style: Style, fonts: FontSet): TextBlock {
  const lines = balancedWrap(text, TEXT_WIDTH, (s) => measure(s, fonts[style.weight], size, style.letterSpacing ?? 0));
  return { size, lineHeight: style.lineHeight, lines, height: lines.length * size * style.lineHeight };
}

/** The largest size whose text fits in maxLines (and, if given, maxHeight); else the smallest size. */
function fitBlock(text: string, sizes: readonly number[], style: Style & { maxLines: number }, fonts: FontSet, maxHeight = Infinity): TextBlock {
  let last: TextBlock | undefined;
  for (const size of sizes) {
    last = block(text, size, style, fonts);
    if (last.lines.length <= style.maxLines && last.height <= maxHeight) return last;
  }
  return last!;
}

// ---------------------------------------------------------------------------------------------
// The layout

/** The figure's number at the largest size whose line (qualifier, space, number) fits the text width. */
function fitValue(figure: NonNullable<CardInput['figure']>, fonts: FontSet): Pick<CardLayout, 'value' | 'qualifier'> {
  let result: Pick<CardLayout, 'value' | 'qualifier'> | undefined;
  for (const size of VALUE.sizes) {
    const qSize = Math.round(size * QUALIFIER.ratio);
    const qualifier = figure.qualifier
      ? { text: figure.qualifier, size: qSize, width: measure(figure.qualifier, fonts[QUALIFIER.weight], qSize) + QUALIFIER.gap * size }
      : undefined;
    const width = measure(figure.value, fonts[VALUE.weight], size, VALUE.letterSpacing);
    result = { qualifier, value: { size, lineHeight: VALUE.lineHeight, lines: [figure.value], height: size * VALUE.lineHeight } };
    if ((qualifier?.width ?? 0) + width <= TEXT_WIDTH) return result;
  }
  throw new Error(`Share card figure "${figure.value}": too wide for the card even at the smallest size`);
}

/** Chooses every font size and line break of a card. Pure and deterministic. */
export function layoutCard(input: CardInput, fonts: FontSet): CardLayout {
  const inner = CARD.height - 2 * CARD.padY;
  const header = block(input.header, HEADER.size, HEADER, fonts);
  let figure: Pick<CardLayout, 'value' | 'qualifier'> = {};
  let range: TextBlock | undefined;
  let label: TextBlock | undefined;
  let summary: TextBlock | undefined;
  let bottom = 0;
  if (input.figure) {
    figure = fitValue(input.figure, fonts);
    range = input.figure.range ? fitBlock(input.figure.range, RANGE.sizes, RANGE, fonts) : undefined;
    label = fitBlock(input.figure.label, LABEL.sizes, LABEL, fonts);
    bottom = figure.value!.height + VALUE.marginBottom + (range ? range.height + RANGE.marginBottom : 0) + label.height;
  } else if (input.summary) {
    summary = fitBlock(input.summary, SUMMARY.sizes, SUMMARY, fonts);
    bottom = summary.height;
  }
  const titleRoom = inner - header.height - HEADER.marginBottom - CARD.gap - bottom;
  // Prefer few, big lines; a title that cannot fit in three lines may take more at a smaller size.
  let title = fitBlock(input.title, TITLE.sizes, TITLE, fonts, titleRoom);
  if (title.height > titleRoom || title.lines.length > TITLE.maxLines) {
    title = fitBlock(input.title, TITLE.sizes, { ...TITLE, maxLines: Infinity }, fonts, titleRoom);
  }
  const slack = titleRoom - title.height;
  // Unreachable within the section schema's limits; if it ever happens, stop the build rather than cut text.
  if (slack < 0) throw new Error(`Share card "${input.title}": the text does not fit on the card even at the smallest sizes`);
  return { header, title, ...figure, range, label, summary, slack };
}

/** The card's content in words, for og:image:alt. */
export function cardAlt(input: CardInput): string {
  const f = input.figure;
  const rest = f ? [f.qualifier, f.value, f.label].filter(Boolean).join(' ') + (f.range ? ` (${f.range})` : '') : (input.summary ?? '');
  return `${input.header}: ${input.title}. ${rest}`.trim();
}

// ---------------------------------------------------------------------------------------------
// The cards of this site

/** The card of one section: site name, share headline, key figure (or summary). */
export function sectionCard(data: Pick<SectionData, 'shareTitle' | 'summary' | 'keyFigure'>, locale: Locale = DEFAULT_LOCALE): CardInput {
  const header = ui(locale).site.name;
  return data.keyFigure ? { header, title: data.shareTitle, figure: data.keyFigure } : { header, title: data.shareTitle, summary: data.summary };
}

/** The card of the home page (index.astro describes it in its og:image:alt). */
export const homeCard = (locale: Locale = DEFAULT_LOCALE): CardInput => {
  const t = ui(locale);
  return { header: t.card.homeHeader, title: t.site.name, summary: t.card.homeSummary };
};

/** The card of the one-page summary (/summary/); use cardAlt(summaryCard()) for its og:image:alt. */
export const summaryCard = (locale: Locale = DEFAULT_LOCALE): CardInput => {
  const t = ui(locale);
  return { header: t.site.name, title: t.card.summaryTitle, summary: t.card.summarySummary };
};
/** The card of the guide for ITIN filers (/itin/): site name, its share headline and summary. */
export const guideCard = (data: { shareTitle: string; summary: string }, locale: Locale = DEFAULT_LOCALE): CardInput => ({
  header: ui(locale).site.name,
  title: data.shareTitle,
  summary: data.summary,
});
/** English cards, for code and tests that run in English. */
export const HOME_CARD = homeCard();
export const SUMMARY_CARD = summaryCard();

// ---------------------------------------------------------------------------------------------
// The satori element tree

/** The minimal element shape satori reads (React-like, no React needed). */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardElement | string)[] | string };
}

const el = (style: Record<string, string | number>, children?: CardElement['props']['children']): CardElement => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** One text block: the lines are fixed here, so satori only draws them. */
function textEl(b: TextBlock, weight: Weight, color: string, extra: Record<string, string | number> = {}): CardElement {
  return el(
    { flexDirection: 'column', fontSize: b.size, fontWeight: weight, lineHeight: b.lineHeight, color, ...extra },
    b.lines.map((line) => el({ whiteSpace: 'pre', height: b.size * b.lineHeight, alignItems: 'center' }, line)),
  );
}

/** The figure's line: the qualifier small on the number's baseline, then the number. */
function valueEl(layout: CardLayout): CardElement {
  const value = layout.value!;
  const q = layout.qualifier;
  const number = el({ fontSize: value.size, fontWeight: VALUE.weight, letterSpacing: `${VALUE.letterSpacing}em`, whiteSpace: 'pre' }, value.lines[0]);
  const children = q
    ? [el({ fontSize: q.size, fontWeight: QUALIFIER.weight, color: CARD.colors.muted, marginRight: QUALIFIER.gap * value.size, whiteSpace: 'pre' }, q.text), number]
    : [number];
  return el(
    { alignItems: 'baseline', height: value.size * value.lineHeight, lineHeight: value.lineHeight, color: CARD.colors.accent, marginBottom: VALUE.marginBottom },
    children,
  );
}

/** The satori element tree of a card, from its input and layout. */
export function cardElement(layout: CardLayout): CardElement {
  const { colors } = CARD;
  const bottom: CardElement[] = [];
  if (layout.value && layout.label) {
    bottom.push(valueEl(layout));
    if (layout.range) bottom.push(textEl(layout.range, RANGE.weight, colors.accent, { marginBottom: RANGE.marginBottom }));
    bottom.push(textEl(layout.label, LABEL.weight, colors.muted));
  } else if (layout.summary) {
    bottom.push(textEl(layout.summary, SUMMARY.weight, colors.muted));
  }
  return el(
    { width: CARD.width, height: CARD.height, backgroundColor: colors.bg, fontFamily: 'Inter' },
    [
      el({ width: CARD.bar, height: CARD.height, flexShrink: 0, backgroundColor: colors.accent }),
      el(
        {
          flexDirection: 'column',
          boxSizing: 'border-box',
          width: CARD.width - CARD.bar,
          height: CARD.height,
          padding: `${CARD.padY}px ${CARD.padX}px`,
        },
        [
          textEl(layout.header, HEADER.weight, colors.accent, { marginBottom: HEADER.marginBottom }),
          // Title and figure stay together, a fixed gap apart, centred in the room under the header:
          // the spare height goes above and below them, never into a band between them.
          el({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
            textEl(layout.title, TITLE.weight, colors.text, { letterSpacing: `${TITLE.letterSpacing}em`, marginBottom: CARD.gap }),
            el({ flexDirection: 'column' }, bottom),
          ]),
        ],
      ),
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Rendering (satori needs no DOM; both steps are deterministic)

/** The font files the card uses, by weight (WOFF 1.0: satori reads woff and ttf, not woff2). */
export type FontFiles = Record<Weight, Buffer>;

/** Reads Inter from @fontsource/inter (installed with the project; nothing is fetched). */
export function interFontFiles(root = process.cwd()): FontFiles {
  const file = (w: Weight) => readFileSync(join(root, 'node_modules/@fontsource/inter/files', `inter-latin-${w}-normal.woff`));
  return { 400: file(400), 600: file(600), 700: file(700), 800: file(800) };
}

const parsed = new WeakMap<FontFiles, FontSet>();

/** Metrics of each weight, parsed once per set of files. */
export function fontSet(files: FontFiles): FontSet {
  const known = parsed.get(files);
  if (known) return known;
  const set: FontSet = {
    400: readFontMetrics(files[400]),
    600: readFontMetrics(files[600]),
    700: readFontMetrics(files[700]),
    800: readFontMetrics(files[800]),
  };
  parsed.set(files, set);
  return set;
}

/** The card as SVG; onNode sees every laid-out box (the tests use it to check nothing overflows). */
export async function renderCardSvg(
  input: CardInput,
  files: FontFiles,
  onNode?: (node: { left: number; top: number; width: number; height: number; textContent?: string }) => void,
): Promise<string> {
  const layout = layoutCard(input, fontSet(files));
  const fonts = (Object.keys(files) as unknown as Weight[]).map((w) => ({
    name: 'Inter',
    data: files[w],
    weight: Number(w) as Weight,
    style: 'normal' as const,
  }));
  return satori(cardElement(layout), { width: CARD.width, height: CARD.height, fonts, onNodeDetected: onNode });
}

/** The card as a 1200×630 PNG. */
export async function renderCardPng(input: CardInput, files: FontFiles): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(input, files);
  // satori has already turned every glyph into a path, so resvg needs no fonts at all.
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
}
