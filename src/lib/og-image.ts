// Share images (Open Graph cards): 1200×630 PNGs drawn at build time with satori (layout → SVG) and
// resvg (SVG → PNG), in the site's typeface (src/lib/fonts.ts). Satori wraps, balances and measures
// the text itself; this module only picks the type sizes, largest first, and keeps the first set whose
// boxes (as satori lays them out) fit the card. No text is ever smaller than MIN_TEXT: a card is read
// at about 400 px wide in a feed, a third of its size, where 28 px comes out near 9 px.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { SectionData } from '../content/section-schema';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { FAMILY, webFont, type Weight } from './fonts';
import { keyMarksSvg, type StandaloneInput } from '../charts/standalone-svg';

/** What one card shows. */
export interface CardInput {
  /** Small line at the top (the site name on section cards). */
  header: string;
  /** The big text: the section's share headline, or a chart's takeaway. */
  title: string;
  /** Shown big under the title when present (qualifier small before the number, range under it)… */
  figure?: { qualifier?: string; value: string; range?: string; label: string };
  /** …otherwise this sentence or two. */
  summary?: string;
  /** A chart card's drawing: an SVG of the key marks, no text in it, and its size. */
  art?: { svg: string; width: number; height: number };
}

export const CARD = {
  width: 1200,
  height: 630,
  /** Accent bar along the left edge. */
  bar: 16,
  padX: 64,
  padY: 52,
  /** Vertical space between the title and the figure or summary. */
  gap: 32,
  colors: { bg: '#ffffff', text: '#1b1b1b', muted: '#4a4a4a', accent: '#0b57a4' },
} as const;

/** Width available to text, in px. */
export const TEXT_WIDTH = CARD.width - CARD.bar - 2 * CARD.padX;

/** The smallest text on any card, in px at 1200×630. */
export const MIN_TEXT = 28;

/** Size steps, largest first; each step shrinks every block a little. Nothing in them is under MIN_TEXT. */
export const STEPS = [
  { title: 76, value: 104, range: 34, label: 34, summary: 34 },
  { title: 68, value: 96, range: 32, label: 32, summary: 32 },
  { title: 62, value: 88, range: 30, label: 30, summary: 30 },
  { title: 56, value: 80, range: 30, label: 30, summary: 30 },
  { title: 50, value: 72, range: 28, label: 28, summary: 28 },
  { title: 44, value: 64, range: 28, label: 28, summary: 28 },
  { title: 40, value: 56, range: 28, label: 28, summary: 28 },
  { title: 36, value: 56, range: 28, label: 28, summary: 28 },
] as const;
export type Step = (typeof STEPS)[number];

/** Most lines of each block; the size search (renderCard) keeps every card within them. */
export const LINES = { title: 3, titleMost: 5, label: 2, summary: 4, range: 1 } as const;

const HEADER = { size: 30, weight: 700 as Weight, marginBottom: 24 };
const LINE_HEIGHT = { title: 1.1, value: 1.05, range: 1.25, label: 1.3, summary: 1.35 } as const;
/** "approximately", "more than": the source's own words, set small on the number's baseline so the number still leads. */
const QUALIFIER = { ratio: 0.38, weight: 600 as Weight, gap: 0.12 } as const;

/** The card's content in words, for og:image:alt. */
export function cardAlt(input: CardInput): string {
  const f = input.figure;
  const rest = f
    ? [f.qualifier, f.value, f.label].filter(Boolean).join(' ') + (f.range ? ` (${f.range})` : '')
    : (input.summary ?? '');
  return `${input.header}: ${input.title}. ${rest}`.trim();
}

// ---------------------------------------------------------------------------------------------
// The cards of this site

/** The card of one section: site name, share headline, key figure (or summary). */
export function sectionCard(
  data: Pick<SectionData, 'shareTitle' | 'summary' | 'keyFigure'>,
  locale: Locale = DEFAULT_LOCALE,
): CardInput {
  const header = ui(locale).site.name;
  return data.keyFigure
    ? { header, title: data.shareTitle, figure: data.keyFigure }
    : { header, title: data.shareTitle, summary: data.summary };
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
export const guideCard = (
  data: { shareTitle: string; summary: string },
  locale: Locale = DEFAULT_LOCALE,
): CardInput => ({
  header: ui(locale).site.name,
  title: data.shareTitle,
  summary: data.summary,
});
/** The card of a chart's page: the site's name, the chart's takeaway and its key marks (from its card drawing, if it has one). */
export const chartCard = (input: Pick<StandaloneInput, 'layout' | 'card' | 'takeaway' | 'site'>): CardInput => ({
  header: input.site,
  title: input.takeaway,
  art: keyMarksSvg(input.card ?? input.layout),
});
/** English cards, for code and tests that run in English. */
export const HOME_CARD = homeCard();
export const SUMMARY_CARD = summaryCard();

// ---------------------------------------------------------------------------------------------
// The satori element tree

/** The minimal element shape satori reads (React-like, no React needed). */
export interface CardElement {
  type: string;
  key?: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardElement | string)[] | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const el = (
  style: Record<string, string | number>,
  children?: CardElement['props']['children'],
  key?: string,
): CardElement => ({
  type: 'div',
  ...(key ? { key } : {}),
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/**
 * A block of text that satori wraps into balanced lines; `key` names it for the size search and the tests.
 * No lineClamp: satori 0.63 draws a balanced block with a clamp at a narrower width than it measured
 * (cutting text that fits), so renderCard's search keeps each block within LINES instead.
 */
const text = (
  key: string,
  value: string,
  size: number,
  weight: Weight,
  lineHeight: number,
  extra: Record<string, string | number> = {},
) =>
  el(
    {
      width: TEXT_WIDTH,
      fontSize: size,
      fontWeight: weight,
      lineHeight,
      textWrap: 'balance',
      display: 'block',
      ...extra,
    },
    value,
    key,
  );

/** The wordmark: a square of the accent colour, then the name, as in the site's header. */
const wordmark = (header: string) =>
  el(
    {
      alignItems: 'center',
      marginBottom: HEADER.marginBottom,
      color: CARD.colors.accent,
      fontSize: HEADER.size,
      fontWeight: HEADER.weight,
      lineHeight: 1.2,
    },
    [
      el({
        width: 0.6 * HEADER.size,
        height: 0.6 * HEADER.size,
        backgroundColor: CARD.colors.accent,
        marginRight: 0.45 * HEADER.size,
        flexShrink: 0,
      }),
      el({ display: 'block', fontSize: HEADER.size, lineHeight: 1.2 }, header, 'header'),
    ],
  );

/** The figure's line: the qualifier small on the number's baseline, then the number. */
function valueEl(figure: NonNullable<CardInput['figure']>, step: Step): CardElement {
  const qSize = Math.max(MIN_TEXT, Math.round(step.value * QUALIFIER.ratio));
  const number = el(
    { fontSize: step.value, fontWeight: 700, letterSpacing: '-0.01em', whiteSpace: 'nowrap' },
    figure.value,
    'value',
  );
  const children = figure.qualifier
    ? [
        el(
          {
            fontSize: qSize,
            fontWeight: QUALIFIER.weight,
            color: CARD.colors.muted,
            marginRight: QUALIFIER.gap * step.value,
            whiteSpace: 'nowrap',
          },
          figure.qualifier,
          'qualifier',
        ),
        number,
      ]
    : [number];
  return el(
    { alignItems: 'baseline', lineHeight: LINE_HEIGHT.value, color: CARD.colors.accent, marginBottom: 8 },
    children,
  );
}

/** The satori element tree of a card at one size step. */
export function cardElement(input: CardInput, step: Step = STEPS[0]): CardElement {
  const { colors } = CARD;
  const bottom: CardElement[] = [];
  if (input.figure) {
    bottom.push(valueEl(input.figure, step));
    if (input.figure.range)
      bottom.push(
        text('range', input.figure.range, step.range, 600, LINE_HEIGHT.range, {
          color: colors.accent,
          marginBottom: 8,
        }),
      );
    bottom.push(text('label', input.figure.label, step.label, 400, LINE_HEIGHT.label, { color: colors.muted }));
  } else if (input.summary) {
    bottom.push(text('summary', input.summary, step.summary, 400, LINE_HEIGHT.summary, { color: colors.muted }));
  }
  const title = text('title', input.title, step.title, 700, LINE_HEIGHT.title, {
    color: colors.text,
    letterSpacing: '-0.01em',
  });
  // A chart card: the takeaway over the drawing of its key marks, which takes the room left.
  const body = input.art
    ? [
        el({ flexDirection: 'column', marginBottom: CARD.gap, flexShrink: 0 }, [title]),
        // The marks scaled to the room left (never stretched: objectFit contain), centred in it.
        el({ flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
          {
            type: 'img',
            key: 'art',
            props: {
              src: `data:image/svg+xml;base64,${Buffer.from(input.art.svg).toString('base64')}`,
              width: input.art.width,
              height: input.art.height,
              style: { width: '100%', height: '100%', objectFit: 'contain' },
            },
          },
        ]),
      ]
    : // Title and figure stay together, a fixed gap apart, centred in the room under the header.
      [
        el({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
          el({ flexDirection: 'column', marginBottom: CARD.gap }, [title]),
          el({ flexDirection: 'column' }, bottom),
        ]),
      ];
  return el({ width: CARD.width, height: CARD.height, backgroundColor: colors.bg, fontFamily: FAMILY }, [
    el({ width: CARD.bar, height: CARD.height, flexShrink: 0, backgroundColor: colors.accent }),
    el(
      {
        flexDirection: 'column',
        boxSizing: 'border-box',
        width: CARD.width - CARD.bar,
        height: CARD.height,
        padding: `${CARD.padY}px ${CARD.padX}px`,
      },
      [wordmark(input.header), ...body],
    ),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Rendering (satori needs no DOM; both steps are deterministic)

/** One laid-out box, as satori reports it. */
export interface CardBox {
  key?: string;
  left: number;
  top: number;
  width: number;
  height: number;
  fontSize?: number;
  lineHeight?: number;
  textContent?: string;
}

let fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[] | undefined;
/** The same array every call: satori keeps what it parsed of a font set it has seen. */
const FONTS = () =>
  (fonts ??= ([400, 600, 700] as const).map((weight) => ({
    name: FAMILY,
    data: webFont(weight),
    weight,
    style: 'normal' as const,
  })));

/** The card at one step as SVG, with every box satori laid out. */
async function draw(input: CardInput, step: Step) {
  const boxes: CardBox[] = [];
  const svg = await satori(cardElement(input, step) as never, {
    width: CARD.width,
    height: CARD.height,
    fonts: FONTS(),
    onNodeDetected: (n) =>
      boxes.push({
        key: n.key === undefined || n.key === null ? undefined : String(n.key),
        left: n.left,
        top: n.top,
        width: n.width,
        height: n.height,
        fontSize: n.props?.style?.fontSize,
        lineHeight: n.props?.style?.lineHeight,
        textContent: n.textContent,
      }),
  });
  return { svg, boxes };
}

/** Lines a text box holds, from its height. */
export const linesOf = (b: CardBox) =>
  b.fontSize && b.lineHeight ? Math.round(b.height / (b.fontSize * b.lineHeight)) : 0;

/** A chart card's drawing gets at least this much height (px), else the takeaway is set smaller. */
const ART_MIN_HEIGHT = 200;

/** Whether every text box sits inside the card's padding, and a chart's drawing keeps a useful height. */
function fits(boxes: CardBox[], input: CardInput): boolean {
  const inside = boxes.every(
    (b) =>
      !b.textContent ||
      (b.top + b.height <= CARD.height - CARD.padY + 0.5 && b.left + b.width <= CARD.width - CARD.padX + 0.5),
  );
  const art = boxes.find((b) => b.key === 'art');
  return inside && (!input.art || (art !== undefined && art.height >= ART_MIN_HEIGHT));
}

const LIMIT: Record<string, number> = {
  title: LINES.title,
  range: LINES.range,
  label: LINES.label,
  summary: LINES.summary,
};

/**
 * The card laid out at the largest step that fits: satori's boxes inside the padding, each block within
 * its line limit (the title in three lines if any step allows it, else in up to five).
 */
export async function renderCard(input: CardInput): Promise<{ svg: string; boxes: CardBox[]; step: Step }> {
  for (const titleLines of [LINES.title, LINES.titleMost]) {
    for (const step of STEPS) {
      const drawn = await draw(input, step);
      const over = drawn.boxes.some(
        (b) => b.key && b.key in LIMIT && linesOf(b) > (b.key === 'title' ? titleLines : LIMIT[b.key]!),
      );
      if (!over && fits(drawn.boxes, input)) return { ...drawn, step };
    }
  }
  // Unreachable within the section schema's limits; if it ever happens, stop the build rather than cut text.
  throw new Error(`Share card "${input.title}": the text does not fit on the card even at the smallest sizes`);
}

/** The card as SVG. */
export async function renderCardSvg(input: CardInput): Promise<string> {
  return (await renderCard(input)).svg;
}

/** The card as a 1200×630 PNG. */
export async function renderCardPng(input: CardInput): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(input);
  // satori has already turned every glyph into a path, so resvg needs no fonts at all.
  return new Uint8Array(
    new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng(),
  );
}
