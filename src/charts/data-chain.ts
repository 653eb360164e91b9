// The data chain, as nested areas: ICE's requests side by side as outlined squares whose AREA is
// proportional to the number of people (side ∝ √value, one scale), in date order. The addresses
// the IRS disclosed are a filled square inside the request they came from (rows with `partOf`).
// At that scale 47,289 is a 9-unit square, so it is enlarged below into a bar of ZOOM times its area
// in every layout (the bar's height follows from the layout's width), split at the share the judge
// found unlawful: the part inside its whole. One factor, so the note says the same at every width.
import { scaleSqrt } from 'd3';
import type { DataRow } from '../content/data-schema';
import {
  FONT,
  INSET,
  LINE,
  assertFiniteRows,
  finish,
  type ChartLocale,
  polyline,
  textWidth,
  wrap,
  type ChartLayout,
  type Label,
  type Mark,
  type Rule,
} from './common';

const CHART = 'data-chain';
const GAP = 10;
/** How many times the square's area the enlarged bar has, whatever the layout's width. */
export const ZOOM = 100;
const FAN = 26;

export interface DataChainLayout extends ChartLayout {
  /** Side of a square from its value: √ scale from zero, so area ∝ people. */
  side: { domain: [number, number]; range: [number, number] };
  /** How many times larger the enlarged bar draws each person than the squares above it. */
  magnification: number;
}

interface Chain {
  requests: DataRow[];
  disclosed: DataRow;
  part?: DataRow;
  within: DataRow;
}

/** Splits the rows into the requests (no partOf), the disclosed row inside one, and its part. */
export function chainOf(rows: DataRow[]): Chain {
  assertFiniteRows(CHART, rows);
  const requests = rows.filter((r) => r.partOf === undefined);
  const disclosed = rows.find((r) => r.partOf !== undefined && requests.some((q) => q.id === r.partOf));
  if (requests.length === 0) throw new Error(`${CHART}: needs at least one row without partOf (a request)`);
  if (!disclosed) throw new Error(`${CHART}: needs one row whose partOf names a request (the addresses disclosed)`);
  const part = rows.find((r) => r.partOf === disclosed.id);
  const within = requests.find((q) => q.id === disclosed.partOf)!;
  if (disclosed.value > within.value)
    throw new Error(`${CHART}: "${disclosed.label}" is larger than "${within.label}"`);
  if (part && part.value > disclosed.value)
    throw new Error(`${CHART}: "${part.label}" is larger than "${disclosed.label}"`);
  return { requests, disclosed, part, within };
}

type Line = Omit<Label, 'x' | 'y' | 'anchor'>;
const wrapLines = (text: string, width: number, extra: Partial<Line> = {}): Line[] =>
  wrap(text, width, FONT, extra.bold).map((t) => ({ text: t, size: FONT, ...extra }));

/** Lays out the chain for a viewBox `width` wide; height follows from the content. */
export function dataChain(rows: DataRow[], size: { width: number }, L: ChartLocale): DataChainLayout {
  const { requests, disclosed, part, within } = chainOf(rows);
  const count = (r: DataRow) => L.f.value(r.value, r.unit);
  const w = L.w.areas;
  const lines = (text: string, width: number, extra: Partial<Line> = {}) => wrapLines(L.w.hold(text), width, extra);
  const width = size.width;
  const inner = width - 2 * INSET;
  const top = Math.max(...requests.map((r) => r.value));
  const ratio = (r: DataRow) => Math.sqrt(r.value / top);
  // Each column is as wide as its square or its longest word group, whichever is wider.
  // A column is at least as wide as its count and its date; when the dates are too long for the
  // columns to fit side by side (Spanish "5 de junio de 2025"), the dates wrap at their longest word.
  const longestWord = (t: string) => Math.max(...t.split(/\s+/).map((w) => textWidth(w)));
  const minWhole = (r: DataRow) => Math.max(textWidth(count(r), FONT, true), textWidth(r.period), 60);
  const minWord = (r: DataRow) => Math.max(textWidth(count(r), FONT, true), longestWord(r.period), 60);
  const sumOf = (min: (r: DataRow) => number) => requests.reduce((n, r) => n + min(r), 0) + GAP * (requests.length - 1);
  const minText = sumOf(minWhole) <= inner ? minWhole : minWord;
  const columns = (largest: number) => requests.map((r) => Math.max(ratio(r) * largest, minText(r)));
  const fits = (largest: number) => columns(largest).reduce((a, b) => a + b, 0) + GAP * (requests.length - 1) <= inner;
  let lo = 0;
  let hi = inner;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  const largest = Math.floor(lo);
  const side = scaleSqrt().domain([0, top]).range([0, largest]);
  const widths = columns(largest);

  const labels: Label[] = [];
  const marks: Mark[] = [];
  const rules: Rule[] = [];
  let y = 0;
  for (const t of wrap(L.w.hold(w.areaNote), inner)) {
    labels.push({ x: INSET, y: y + FONT, text: t, anchor: 'start', size: FONT, muted: true });
    y += LINE;
  }
  y += 6;

  // Words above each square, squares standing on one baseline.
  const blocks = requests.map((r, i) => [
    ...lines(count(r), widths[i], { bold: true }),
    ...lines(r.label, widths[i]),
    ...lines(r.period, widths[i], { muted: true }),
  ]);
  const tallest = Math.max(...requests.map((r, i) => blocks[i].length * LINE + 4 + side(r.value)));
  const base = y + tallest;
  let x = INSET;
  const at = new Map<string, { x: number; s: number }>();
  requests.forEach((r, i) => {
    const s = side(r.value);
    at.set(r.id, { x, s });
    marks.push({
      key: r.id,
      label: `${r.label} (${r.period})`,
      value: w.people(count(r)),
      category: r === within ? 'request-narrowed' : 'request-ice',
      shapes: [{ x, y: base - s, width: s, height: s, outline: true }],
    });
    const textTop = base - s - 4 - blocks[i].length * LINE;
    blocks[i].forEach((l, j) => labels.push({ ...l, x, y: textTop + FONT + j * LINE - 3, anchor: 'start' }));
    x += widths[i] + GAP;
  });

  // The disclosed square, inside the request it came from, at its bottom-left corner.
  const host = at.get(within.id)!;
  const ds = side(disclosed.value);
  const dx = host.x + 1;
  const dy = base - 1 - ds;
  marks.push({
    key: disclosed.id,
    label: `${disclosed.label} (${disclosed.period})`,
    value: w.people(count(disclosed)),
    category: 'addresses-disclosed',
    shapes: [{ x: dx, y: dy, width: ds, height: ds }],
  });

  // Enlarged: the same 47,289 as a full-width bar; the part is the left share of it.
  const zoomTop = base + FAN;
  const ZOOM_HEIGHT = (ZOOM * ds * ds) / inner;
  const magnification = ZOOM;
  rules.push({
    d: polyline([
      [dx, base],
      [INSET, zoomTop],
    ]),
    muted: true,
  });
  rules.push({
    d: polyline([
      [dx + ds, base],
      [INSET + inner, zoomTop],
    ]),
    muted: true,
  });
  marks.push({
    key: `${disclosed.id}-enlarged`,
    label: w.enlarged(`${disclosed.label} (${disclosed.period})`),
    value: w.people(count(disclosed)),
    category: 'addresses-disclosed',
    shapes: [{ x: INSET, y: zoomTop, width: inner, height: ZOOM_HEIGHT }],
  });
  y = zoomTop + ZOOM_HEIGHT;
  if (part) {
    const pw = (inner * part.value) / disclosed.value;
    const share = Math.round((part.value / disclosed.value) * 100);
    marks.push({
      key: part.id,
      label: `${part.label} (${part.period})`,
      value: w.aboutShareOf(count(part), share, count(disclosed)),
      category: 'disclosed-likely-unlawful',
      shapes: [{ x: INSET, y: zoomTop, width: pw, height: ZOOM_HEIGHT }],
    });
    // A bracket under the part marks its extent without relying on colour.
    rules.push({
      d: polyline([
        [INSET, y + 3],
        [INSET, y + 8],
        [INSET + pw, y + 8],
        [INSET + pw, y + 3],
      ]),
    });
    y += 10;
    for (const l of [
      ...lines(w.aboutShare(count(part), share), inner, { bold: true }),
      ...lines(part.label, inner),
      ...lines(part.period, inner, { muted: true }),
    ]) {
      labels.push({ ...l, x: INSET, y: y + FONT, anchor: 'start' });
      y += LINE;
    }
    y += 6;
  } else {
    y += 6;
  }
  const whole = [
    ...lines(w.all(count(disclosed)), inner, { bold: true }),
    ...lines(disclosed.label, inner),
    ...lines(disclosed.period, inner, { muted: true }),
    ...lines(w.magnified(String(magnification)), inner, { muted: true }),
  ];
  for (const l of whole) {
    labels.push({ ...l, x: INSET, y: y + FONT, anchor: 'start' });
    y += LINE;
  }

  return finish(CHART, {
    width,
    height: y + 2,
    marks,
    labels,
    rules,
    side: { domain: [0, top], range: [0, largest] },
    magnification: Math.round(magnification),
  });
}

/** What the chart says: the requests, the addresses disclosed inside one, and the part a judge found unlawful. */
export interface DataChainFacts {
  requests: { id: string; label: string; period: string; value: number }[];
  largest: number;
  within: { id: string; label: string };
  disclosed: { id: string; label: string; period: string; value: number; percentOfWithin: number };
  part?: { id: string; label: string; period: string; value: number; percentOfDisclosed: number };
}

export function describeDataChain(rows: DataRow[]): DataChainFacts {
  const { requests, disclosed, part, within } = chainOf(rows);
  const pick = (r: DataRow) => ({ id: r.id, label: r.label, period: r.period, value: r.value });
  return {
    requests: requests.map(pick),
    largest: Math.max(...requests.map((r) => r.value)),
    within: { id: within.id, label: within.label },
    disclosed: { ...pick(disclosed), percentOfWithin: (disclosed.value / within.value) * 100 },
    part: part ? { ...pick(part), percentOfDisclosed: (part.value / disclosed.value) * 100 } : undefined,
  };
}
