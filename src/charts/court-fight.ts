// The court fight: 2025–2026 in parallel lanes, one per lawsuit plus one for the agencies' actions.
// One pure function draws both layouts: from LANDSCAPE units wide, time runs left to right (lanes are
// rows, labels hang below their marks in tiers); narrower, time runs down (lanes are columns, labels
// sit in one column to the right, pushed down where dates crowd). A ruling's effect is drawn by shape
// and colour and named in a legend in words: blocked = filled square, limited = half-filled circle,
// allowed = open circle, pending (argued, or no new order) = open diamond; a filing is a bar, an agency
// action a triangle. After a ruling that blocks, limits or allows, a band in its colour runs along the
// lane to the next such ruling or to the dated line marking how far the sources were checked. Rows no
// source dates sit under "Date not found", apart from the time axis. Words come in as `L` (never
// imported here); rows, lanes and the checked-through date come in as data.
import type { Effect, Lane, LaneRow } from '../content/data-schema';
import type { CategoryId } from './palette';
import {
  FONT,
  INSET,
  LINE,
  finish,
  polyline,
  textWidth,
  wrap,
  type ChartLayout,
  type ChartLocale,
  type Label,
  type Mark,
  type Rule,
  type Shape,
} from './common';

const CHART = 'court-fight';
/** From this viewBox width on, time runs across; below it, down. */
export const LANDSCAPE = 480;
const R = 6; // marker radius (a 12-unit marker)

/** What the chart draws: the lanes in order, their events, and the date the sources were checked through. */
export interface CourtFightInput {
  lanes: Lane[];
  rows: LaneRow[];
  /** YYYY-MM-DD: the dated line (SITE.sourcesCheckedThrough). */
  checkedThrough: string;
}

/** How a row is drawn: its effect, or what it is when it has none. Arguments await a decision: pending. */
export type Look = Effect | 'filing' | 'action';
export const lookOf = (row: LaneRow): Look =>
  row.event === 'ruling' ? row.effect! : row.event === 'argument' ? 'pending' : row.event;

/** Palette category of each look; filings and agency actions are not court effects, so they are drawn in grey. */
export const CATEGORY: Record<Look, CategoryId | 'muted'> = {
  blocked: 'court-blocked',
  limited: 'court-limited',
  allowed: 'court-allowed',
  pending: 'court-pending',
  filing: 'muted',
  action: 'muted',
};

/** Legend order: the four effects (strongest first), then what is not a ruling. */
export const LOOKS: Look[] = ['blocked', 'limited', 'allowed', 'pending', 'filing', 'action'];

const n = (v: number) => String(Math.round(v * 10) / 10);
const circle = (cx: number, cy: number, r: number) =>
  `M${n(cx - r)},${n(cy)}A${r},${r} 0 1 0 ${n(cx + r)},${n(cy)}A${r},${r} 0 1 0 ${n(cx - r)},${n(cy)}Z`;
const box = (cx: number, cy: number, r = R) => ({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r });

/** The marker of a look, centred on (cx, cy): shapes differ, so no look rests on colour alone. */
export function markerShapes(look: Look, cx: number, cy: number): Shape[] {
  switch (look) {
    case 'blocked':
      return [{ ...box(cx, cy, R - 0.5) }];
    case 'limited':
      return [
        { ...box(cx, cy), d: circle(cx, cy, R), outline: true },
        {
          x: cx - R,
          y: cy - R,
          width: R,
          height: 2 * R,
          d: `M${n(cx)},${n(cy - R)}A${R},${R} 0 0 0 ${n(cx)},${n(cy + R)}Z`,
        },
      ];
    case 'allowed':
      return [{ ...box(cx, cy), d: circle(cx, cy, R), outline: true }];
    case 'pending': {
      const r = R + 1;
      return [
        {
          ...box(cx, cy, r),
          d: `M${n(cx)},${n(cy - r)}L${n(cx + r)},${n(cy)}L${n(cx)},${n(cy + r)}L${n(cx - r)},${n(cy)}Z`,
          outline: true,
        },
      ];
    }
    case 'filing':
      return [{ x: cx - 1.5, y: cy - R - 1, width: 3, height: 2 * R + 2 }];
    case 'action':
      return [
        {
          ...box(cx, cy),
          d: `M${n(cx)},${n(cy - R)}L${n(cx + R + 0.5)},${n(cy + R - 1)}L${n(cx - R - 0.5)},${n(cy + R - 1)}Z`,
        },
      ];
  }
}

const dayOf = (date: string) => {
  const [y, m = 1, d] = date.split('-').map(Number);
  // A month without a day sits mid-month.
  return Date.UTC(y, m - 1, d ?? 15) / 864e5;
};
const yearStart = (year: number) => Date.UTC(year, 0, 1) / 864e5;

/** Rows in lane order, each lane's rows in date order with undated ones last (as the schema requires). */
function ordered(input: CourtFightInput): LaneRow[] {
  return input.lanes.flatMap((lane) => input.rows.filter((r) => r.lane === lane.id));
}

function check(input: CourtFightInput): void {
  if (!input.lanes.length || !input.rows.length) throw new Error(`${CHART}: no lanes or rows to draw`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.checkedThrough))
    throw new Error(`${CHART}: checkedThrough must be YYYY-MM-DD (got "${input.checkedThrough}")`);
  const ids = new Set(input.lanes.map((l) => l.id));
  input.rows.forEach((r, i) => {
    if (!ids.has(r.lane)) throw new Error(`${CHART}: row ${i} ("${r.label}") is in unknown lane "${r.lane}"`);
    if (r.event === 'ruling' && !r.effect)
      throw new Error(`${CHART}: row ${i} ("${r.label}") is a ruling without an effect`);
    if (r.date && r.date > input.checkedThrough)
      throw new Error(
        `${CHART}: row ${i} ("${r.label}") is dated ${r.date}, after the sources were checked (${input.checkedThrough})`,
      );
  });
}

/** The date as the chart prints it, or "Date not found". */
const dateText = (row: LaneRow, L: ChartLocale) => (row.date ? L.f.partialDate(row.date) : L.w.courtFight.noDate);

/** A mark for a row: named by its lane and date, valued by what happened and its effect in words. */
function markOf(row: LaneRow, lane: Lane, L: ChartLocale, shapes: Shape[]): Mark {
  const w = L.w.courtFight;
  const look = lookOf(row);
  const kind =
    row.event === 'argument' ? `${w.events.argument}, ${w.looks.pending.name.toLowerCase()}` : w.looks[look].name;
  return {
    key: row.id,
    label: `${lane.label}, ${dateText(row, L)}`,
    value: `${row.label} (${kind})`,
    category: CATEGORY[look],
    shapes,
  };
}

/** The looks the rows use, in legend order. */
export const looksUsed = (rows: LaneRow[]) => LOOKS.filter((look) => rows.some((r) => lookOf(r) === look));

/** Legend items as lines of text beside a marker, in `columns` columns; returns the new top. */
function legend(
  rows: LaneRow[],
  L: ChartLocale,
  width: number,
  columns: number,
  top: number,
  marks: Mark[],
  labels: Label[],
): number {
  const w = L.w.courtFight;
  const colW = (width - 2 * INSET) / columns;
  const used = looksUsed(rows);
  let y = top;
  for (let i = 0; i < used.length; i += columns) {
    let rowBottom = y;
    used.slice(i, i + columns).forEach((look, c) => {
      const x = INSET + c * colW;
      const lines = wrap(L.w.hold(`${w.looks[look].name}: ${w.looks[look].means}`), colW - 2 * R - 10, FONT);
      lines.forEach((line, j) =>
        labels.push({ x: x + 2 * R + 7, y: y + FONT + j * LINE, text: line, anchor: 'start', size: FONT, bold: false }),
      );
      // The legend's markers are keys, not data: marks without a row, named by their words.
      marks.push({
        key: `legend-${look}`,
        label: w.legend,
        value: `${w.looks[look].name}: ${w.looks[look].means}`,
        category: CATEGORY[look],
        shapes: markerShapes(look, x + R + 1, y + FONT * 0.62),
      });
      rowBottom = Math.max(rowBottom, y + lines.length * LINE);
    });
    y = rowBottom + 3;
  }
  return y;
}

/** A dashed rule from one point to another (dashed by the drawing's style). */
const dashed = (from: [number, number], to: [number, number]): Rule => ({ d: polyline([from, to]), dashed: true });
/** A lane's line, from its first point (or its name) to the checked-through date. */
const laneLine = (from: [number, number], to: [number, number]): Rule => ({ d: polyline([from, to]), muted: true });

/** Bands along a lane: after each ruling that blocks, limits or allows, to the next one or the end; broken around markers. */
function bands(
  rows: { row: LaneRow; at: number }[],
  end: number,
  gapAround: number,
): { look: Look; from: number; to: number; row: LaneRow }[] {
  const starts = rows.filter(({ row }) => row.event === 'ruling' && row.effect !== 'pending');
  const out: { look: Look; from: number; to: number; row: LaneRow }[] = [];
  starts.forEach(({ row, at }, i) => {
    const stop = i + 1 < starts.length ? starts[i + 1].at : end;
    // Pieces between the markers that fall inside the band.
    const cuts = rows
      .map((r) => r.at)
      .filter((a) => a >= at && a <= stop)
      .sort((a, b) => a - b);
    const edges = [...new Set([at, ...cuts, stop])];
    for (let k = 0; k + 1 < edges.length; k++) {
      const from = edges[k] + gapAround;
      const to = edges[k + 1] === stop && stop === end ? end : edges[k + 1] - gapAround;
      if (to - from > 2) out.push({ look: lookOf(row), from, to, row });
    }
  });
  return out;
}

/** Lays out the chart for a viewBox `width` wide: across from LANDSCAPE, down below it. */
export function courtFight(input: CourtFightInput, size: { width: number }, L: ChartLocale): ChartLayout {
  check(input);
  return size.width >= LANDSCAPE ? across(input, size.width, L) : down(input, size.width, L);
}

/** Markers of one lane's rows at their places on the time axis, then the bands after its rulings (marks in row order). */
function laneMarks(
  lane: Lane,
  ps: { row: LaneRow; at: number }[],
  end: number,
  across: number,
  horizontal: boolean,
  L: ChartLocale,
  marks: Mark[],
): void {
  for (const p of ps)
    marks.push(
      markOf(p.row, lane, L, markerShapes(lookOf(p.row), horizontal ? p.at : across, horizontal ? across : p.at)),
    );
  for (const b of bands(
    ps.filter((p) => p.row.date),
    end,
    R + 2,
  )) {
    const shape = horizontal
      ? { x: b.from, y: across - 2, width: b.to - b.from, height: 4 }
      : { x: across - 2, y: b.from, width: 4, height: b.to - b.from };
    marks.find((m) => m.key === b.row.id)!.shapes.push(shape);
  }
}

/** The years the axis spans: from the first dated row's to the checked date's, whole years. */
function years(input: CourtFightInput) {
  const first = Math.min(...input.rows.filter((r) => r.date).map((r) => dayOf(r.date!)));
  const y0 = new Date(first * 864e5).getUTCFullYear();
  const y1 = Number(input.checkedThrough.slice(0, 4)) + 1;
  return { y0, y1, t0: yearStart(y0), t1: yearStart(y1) };
}

interface Tier {
  spans: [number, number][];
  leaders: number[];
}

function across(input: CourtFightInput, width: number, L: ChartLocale): ChartLayout {
  const w = L.w.courtFight;
  const marks: Mark[] = [];
  const labels: Label[] = [];
  const rules: Rule[] = [];
  const rows = ordered(input);
  const undated = rows.some((r) => !r.date);
  let y = legend(rows, L, width, 2, 0, marks, labels) + 12;

  const { y0, y1, t0, t1 } = years(input);
  const noDateW = undated ? Math.max(92, textWidth(w.noDate) + 10) : 0;
  const x0 = INSET + R + 2;
  const x1 = width - INSET - noDateW - (undated ? 6 : R + 2);
  const x = (day: number) => x0 + ((day - t0) / (t1 - t0)) * (x1 - x0);
  const checked = x(dayOf(input.checkedThrough));
  const checkedText = w.checked(L.f.partialDate(input.checkedThrough));
  labels.push({
    x: checked - 4,
    y: y + FONT,
    text: checkedText,
    anchor: textWidth(checkedText) > checked - 4 - INSET ? 'start' : 'end',
    size: FONT,
    muted: true,
  });
  y += LINE + 2;
  const axisY = y + FONT + 5;
  for (let year = y0; year < y1; year++)
    labels.push({
      x: x(yearStart(year)) + 4,
      y: y + FONT,
      text: String(year),
      anchor: 'start',
      size: FONT,
      bold: true,
    });
  const noDateX = width - INSET - noDateW / 2;
  if (undated) labels.push({ x: width - INSET, y: y + FONT, text: w.noDate, anchor: 'end', size: FONT, muted: true });
  const ticks: string[] = [
    polyline([
      [x0, axisY],
      [x1, axisY],
    ]),
  ];
  for (let year = y0; year < y1; year++) {
    for (let m = 0; m < 12; m += 3) {
      const tx = x(Date.UTC(year, m, 1) / 864e5);
      ticks.push(
        polyline([
          [tx, axisY - (m === 0 ? FONT + 5 : 0)],
          [tx, axisY + (m === 0 ? 6 : 3)],
        ]),
      );
    }
  }
  ticks.push(
    polyline([
      [x1, axisY],
      [x1, axisY + 6],
    ]),
  );
  rules.push({ d: ticks.join('') });
  y = axisY + 14;
  const lanesTop = y;
  // Labels wrap at 170 units, or a quarter of a wider drawing (230 at 960): fewer lines, fewer tiers, a shorter chart.
  const labelW = Math.max(170, Math.round(width / 4.2));

  for (const lane of input.lanes) {
    const laneRows = rows.filter((r) => r.lane === lane.id);
    // The lane's name, and its filing beside it (or under it when the line is full): the bar marks it on the line.
    // Headings stop short of the checked line, which runs down through every lane.
    const room = checked - 6;
    const name = wrap(L.w.hold(lane.label), room - INSET, FONT, true);
    name.forEach((line, j) =>
      labels.push({ x: INSET, y: y + FONT + j * LINE, text: line, anchor: 'start', size: FONT, bold: true }),
    );
    let lineEnd = INSET + textWidth(name.at(-1)!, FONT, true);
    y += (name.length - 1) * LINE;
    for (const row of laneRows.filter((r) => r.event === 'filing')) {
      const t = `${dateText(row, L)}: ${row.label}`;
      if (lineEnd + 12 + textWidth(t) <= room) {
        labels.push({ x: lineEnd + 12, y: y + FONT, text: t, anchor: 'start', size: FONT, muted: true });
        lineEnd += 12 + textWidth(t);
        continue;
      }
      for (const line of wrap(L.w.hold(t), room - INSET, FONT)) {
        y += LINE;
        labels.push({ x: INSET, y: y + FONT, text: line, anchor: 'start', size: FONT, muted: true });
        lineEnd = INSET + textWidth(line);
      }
    }
    y += LINE;

    const ps = laneRows.map((row) => ({ row, at: row.date ? x(dayOf(row.date)) : noDateX }));
    // Labels in tiers below and above the lane's line, nearest first: each begins at its marker's leader line
    // (or ends at the checked line, or the right edge for an undated row), covering no other label or leader.
    const sides: Record<'below' | 'above', Tier[]> = { below: [], above: [] };
    const blocks: {
      p: (typeof ps)[number];
      lines: string[];
      left: number;
      right: number;
      anchor: 'start' | 'end';
      side: 'below' | 'above';
      tier: number;
    }[] = [];
    for (const p of ps.filter((q) => q.row.event !== 'filing').sort((a, b) => b.at - a.at)) {
      const lines = wrap(
        L.w.hold(p.row.date ? `${dateText(p.row, L)}: ${p.row.label}` : p.row.label),
        p.row.date ? labelW : noDateW,
        FONT,
      );
      const textW = Math.max(...lines.map((l) => textWidth(l)));
      const limit = p.row.date ? checked - 5 : width - INSET;
      const anchor = p.at + 4 + textW > limit ? 'end' : 'start';
      const left = anchor === 'start' ? p.at + 4 : limit - textW;
      const right = anchor === 'start' ? p.at + 4 + textW : limit;
      let placed: { side: 'below' | 'above'; tier: number } | undefined;
      for (let k = 0; !placed; k++) {
        for (const side of ['below', 'above'] as const) {
          const tiers = sides[side];
          const fresh = tiers[k] === undefined;
          const t = tiers[k] ?? { spans: [], leaders: [] };
          const free =
            t.spans.every(([a, b]) => right + 10 <= a || b + 10 <= left) &&
            t.leaders.every((lx) => lx < left - 3 || lx > right + 3);
          const clear = tiers.slice(0, k).every((u) => u.spans.every(([a, b]) => p.at < a - 3 || p.at > b + 3));
          if (free && (clear || fresh)) {
            placed = { side, tier: k };
            break;
          }
        }
      }
      const tiers = sides[placed.side];
      (tiers[placed.tier] ??= { spans: [], leaders: [] }).spans.push([left, right]);
      for (let k = 0; k < placed.tier; k++) tiers[k].leaders.push(p.at);
      blocks.push({ p, lines, left, right, anchor, ...placed });
    }
    const heights = (side: 'below' | 'above') =>
      sides[side].map(
        (_, k) =>
          Math.max(1, ...blocks.filter((b) => b.side === side && b.tier === k).map((b) => b.lines.length)) * LINE + 4,
      );
    const below = heights('below');
    const above = heights('above');
    const cy = y + above.reduce((a, b) => a + b, 0) + (above.length ? 4 : 0) + R + 4;
    const dated = ps.filter((p) => p.row.date);
    if (dated.length) rules.push(laneLine([dated[0].at, cy], [checked, cy]));
    laneMarks(lane, ps, checked, cy, true, L, marks);
    const leaders: string[] = [];
    for (const b of blocks) {
      const hs = b.side === 'below' ? below : above;
      const offset = hs.slice(0, b.tier).reduce((a, c) => a + c, 0);
      const height = b.lines.length * LINE;
      const top = b.side === 'below' ? cy + R + 6 + offset : cy - R - 6 - offset - height;
      const tx = b.anchor === 'start' ? b.left : b.right;
      b.lines.forEach((line, j) =>
        labels.push({ x: tx, y: top + FONT + j * LINE, text: line, anchor: b.anchor, size: FONT }),
      );
      leaders.push(
        b.side === 'below'
          ? polyline([
              [b.p.at, cy + R + 2],
              [b.p.at, top + 3],
            ])
          : polyline([
              [b.p.at, cy - R - 2],
              [b.p.at, top + height],
            ]),
      );
    }
    if (leaders.length) rules.push({ d: leaders.join(''), muted: true });
    y = cy + R + 6 + below.reduce((a, b) => a + b, 0) + 10;
  }
  const bottom = y - 8;
  rules.push(dashed([checked, lanesTop - 24 - LINE], [checked, bottom]));
  return finish(CHART, { width, height: bottom + 2, marks, labels, rules });
}

function down(input: CourtFightInput, width: number, L: ChartLocale): ChartLayout {
  const w = L.w.courtFight;
  const marks: Mark[] = [];
  const labels: Label[] = [];
  const rules: Rule[] = [];
  const rows = ordered(input);
  let y = legend(rows, L, width, 1, 0, marks, labels) + 12;

  // Lane columns right of the year gutter; every label in one column right of them.
  const gutter = 40;
  const step = 20;
  const col = (i: number) => gutter + R + 4 + i * step;
  const textX = col(input.lanes.length - 1) + R + 14;
  const textW = width - INSET - textX;
  // Lane names as a staircase: each starts over its column, the columns to its right start lower.
  const nameBottom: number[] = [];
  input.lanes.forEach((lane, i) => {
    for (const line of wrap(L.w.hold(lane.label), width - INSET - (col(i) - R), FONT, true)) {
      labels.push({ x: col(i) - R, y: y + FONT, text: line, anchor: 'start', size: FONT, bold: true });
      y += LINE;
    }
    nameBottom.push(y);
    y += 3;
  });
  y += 10;

  // Time runs down at about 34 units a month, stretched where dates crowd so each label sits level with
  // its marker: a monotonic, piecewise-linear scale through the rows' dates (the quarter ticks show it).
  const { y0, y1, t0 } = years(input);
  const top = y;
  const perDay = 34 / 30.4;
  const laneIndex = new Map(input.lanes.map((l, i) => [l.id, i]));
  const events = rows
    .filter((r) => r.date)
    .map((row) => ({ row, day: dayOf(row.date!), i: laneIndex.get(row.lane)! }))
    .sort((a, b) => a.day - b.day || a.i - b.i);
  const knots: [number, number][] = [[t0, top]];
  const placed: { row: LaneRow; i: number; cy: number; lines: string[] }[] = [];
  let next = top;
  for (const e of events) {
    const [kd, ky] = knots.at(-1)!;
    const cy = Math.max(ky + (e.day - kd) * perDay, next);
    if (e.day > kd) knots.push([e.day, cy]);
    const lines = [dateText(e.row, L), ...wrap(L.w.hold(e.row.label), textW, FONT)];
    placed.push({ row: e.row, i: e.i, cy, lines });
    next = cy + lines.length * LINE + 8;
  }
  const at = (day: number) => {
    const k = knots.findLastIndex(([d]) => d <= day);
    const [d0, v0] = knots[Math.max(k, 0)];
    const after = knots[k + 1];
    return after ? v0 + ((day - d0) / (after[0] - d0)) * (after[1] - v0) : v0 + (day - d0) * perDay;
  };
  const checked = Math.max(at(dayOf(input.checkedThrough)), next - 6);

  // Year labels and quarter ticks in the gutter.
  const ticks: string[] = [
    polyline([
      [gutter, top],
      [gutter, checked],
    ]),
  ];
  for (let year = y0; year < y1; year++) {
    labels.push({
      x: INSET,
      y: at(yearStart(year)) + FONT + 2,
      text: String(year),
      anchor: 'start',
      size: FONT,
      bold: true,
    });
    for (let m = 0; m < 12; m += 3) {
      const ty = at(Date.UTC(year, m, 1) / 864e5);
      if (ty <= checked)
        ticks.push(
          polyline([
            [gutter - (m === 0 ? 8 : 4), ty],
            [gutter, ty],
          ]),
        );
    }
  }
  rules.push({ d: ticks.join('') });

  input.lanes.forEach((lane, i) => {
    const ps = placed.filter((p) => p.row.lane === lane.id).map((p) => ({ row: p.row, at: p.cy }));
    // The lane's line from its name down to the checked line.
    rules.push(laneLine([col(i), nameBottom[i] + 2], [col(i), checked]));
    laneMarks(lane, ps, checked, col(i), false, L, marks);
  });
  const leaders: string[] = [];
  for (const p of placed) {
    p.lines.forEach((line, j) =>
      labels.push({
        x: textX,
        y: p.cy + FONT * 0.35 + j * LINE,
        text: line,
        anchor: 'start',
        size: FONT,
        muted: j === 0,
      }),
    );
    leaders.push(
      polyline([
        [col(p.i) + R + 3, p.cy],
        [textX - 4, p.cy],
      ]),
    );
  }
  rules.push({ d: leaders.join(''), muted: true });

  // The checked line across the chart, its words under it.
  rules.push(dashed([INSET, checked], [width - INSET, checked]));
  y = checked + 4;
  for (const line of wrap(L.w.hold(w.checked(L.f.partialDate(input.checkedThrough))), width - 2 * INSET, FONT)) {
    labels.push({ x: INSET, y: y + FONT, text: line, anchor: 'start', size: FONT, muted: true });
    y += LINE;
  }

  // Rows no source dates: under their own heading, in their lane's column.
  const undated = rows.filter((r) => !r.date);
  if (undated.length) {
    y += 10;
    labels.push({ x: INSET, y: y + FONT, text: w.noDate, anchor: 'start', size: FONT, bold: true });
    y += LINE + 8;
    const more: string[] = [];
    for (const row of undated) {
      const i = laneIndex.get(row.lane)!;
      const lane = input.lanes[i];
      const cy = y + R;
      marks.push(markOf(row, lane, L, markerShapes(lookOf(row), col(i), cy)));
      const laneLines = wrap(L.w.hold(lane.label), textW, FONT);
      [...laneLines, ...wrap(L.w.hold(row.label), textW, FONT)].forEach((line, j) =>
        labels.push({
          x: textX,
          y: cy + FONT * 0.35 + j * LINE,
          text: line,
          anchor: 'start',
          size: FONT,
          muted: j < laneLines.length,
        }),
      );
      more.push(
        polyline([
          [col(i) + R + 3, cy],
          [textX - 4, cy],
        ]),
      );
      y += (laneLines.length + 1) * LINE + 8;
    }
    rules.push({ d: more.join(''), muted: true });
  }
  return finish(CHART, { width, height: y, marks, labels, rules });
}

/**
 * The share card's drawing (wide, short): the axis and each lane's name over its line of markers and
 * bands, without the event labels or the legend. The card (src/lib/og-image.ts) draws only its key
 * marks, under the takeaway, so a legend's markers would stand there without their names.
 */
export function courtFightCard(input: CourtFightInput, L: ChartLocale, width = 560): ChartLayout {
  check(input);
  const marks: Mark[] = [];
  const labels: Label[] = [];
  const rules: Rule[] = [];
  const rows = ordered(input).filter((r) => r.date);
  const { y0, y1, t0, t1 } = years(input);
  const x0 = INSET + R + 2;
  const x1 = width - INSET - R - 2;
  const at = (day: number) => x0 + ((day - t0) / (t1 - t0)) * (x1 - x0);
  const checked = at(dayOf(input.checkedThrough));
  let y = 0;
  for (let year = y0; year < y1; year++)
    labels.push({
      x: at(yearStart(year)) + 4,
      y: y + FONT,
      text: String(year),
      anchor: 'start',
      size: FONT,
      bold: true,
    });
  const axisY = y + FONT + 5;
  const ticks = [
    polyline([
      [x0, axisY],
      [x1, axisY],
    ]),
  ];
  for (let year = y0; year <= y1; year++)
    ticks.push(
      polyline([
        [at(yearStart(year)), axisY - FONT - 5],
        [at(yearStart(year)), axisY + 6],
      ]),
    );
  rules.push({ d: ticks.join('') });
  y = axisY + 10;
  const top = y;
  for (const lane of input.lanes) {
    labels.push({
      x: INSET,
      y: y + FONT,
      text: wrap(L.w.hold(lane.label), checked - 6 - INSET, FONT, true)[0],
      anchor: 'start',
      size: FONT,
      bold: true,
    });
    const cy = y + LINE + R + 2;
    const ps = rows.filter((r) => r.lane === lane.id).map((row) => ({ row, at: at(dayOf(row.date!)) }));
    if (ps.length) rules.push(laneLine([ps[0].at, cy], [checked, cy]));
    laneMarks(lane, ps, checked, cy, true, L, marks);
    y = cy + R + 8;
  }
  rules.push(dashed([checked, top - 4], [checked, y - 6]));
  return finish(CHART, { width, height: y - 4, marks, labels, rules });
}

/** What the chart says: per lane, its latest ruling that blocks, limits or allows; and the checked date. */
export interface CourtFightFacts {
  lanes: { lane: Lane; rows: LaneRow[]; latest?: LaneRow }[];
  /** Lower-court lanes whose latest such ruling blocks or limits the sharing, and the effects among them. */
  restricted: Effect[];
  /** A lane whose latest such ruling, in an appeals court, allowed the sharing. */
  allowedOnAppeal: boolean;
  checkedThrough: string;
}

export function describeCourtFight(input: CourtFightInput): CourtFightFacts {
  check(input);
  const lanes = input.lanes.map((lane) => {
    const rows = input.rows.filter((r) => r.lane === lane.id);
    const latest = [...rows].reverse().find((r) => r.event === 'ruling' && r.effect !== 'pending');
    return { lane, rows, latest };
  });
  const restricted = lanes.flatMap(({ latest }) =>
    latest && !latest.appeal && (latest.effect === 'blocked' || latest.effect === 'limited') ? [latest.effect] : [],
  );
  const allowedOnAppeal = lanes.some(({ latest }) => latest?.effect === 'allowed' && latest.appeal === true);
  return { lanes, restricted, allowedOnAppeal, checkedThrough: input.checkedThrough };
}
