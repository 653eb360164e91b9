// The geometry of a 10 × 10 waffle, each square 1% of a whole, with the share drawn exactly rather than
// rounded to whole squares (4.8% fills four squares and 80% of the fifth). The workforce-share and
// requests-vs-disclosed charts each draw one; this is what they share. Layouts at least twice as wide as
// the side grid put the words beside it; narrower ones set the grid across the width, words under it.
import { range } from 'd3';
import { INSET, type Shape } from './common';

const COLUMNS = 10;
const GAP = 4;
/** Side of the grid when the words go beside it. */
const SIDE_GRID = 270;

export interface WaffleCell {
  index: number;
  x: number;
  y: number;
  size: number;
  /** Filled fraction of this square, 0 to 1. */
  fill: number;
}

export interface Waffle {
  /** Whether the words go beside the grid (wide layouts) rather than under it. */
  beside: boolean;
  /** Side of one square. */
  cell: number;
  /** Side of the whole grid. */
  grid: number;
  /** x of the grid's left edge. */
  left: number;
  /** Whole squares filled. */
  full: number;
  /** Filled fraction of the next square. */
  partial: number;
  cells: WaffleCell[];
  /** Every square not wholly filled, as an outline. */
  open: Shape[];
}

/**
 * The waffle for `share` percent in a layout `width` wide. A narrow grid fills the width, so on a phone the
 * drawing is most of the figure; with `centred`, a narrow grid is centred instead of set at the left inset.
 * `partialDigits` rounds the part-filled square's fraction (4.8 − 4 is 0.7999… in floating point).
 */
export function waffle(width: number, share: number, { centred = false, partialDigits = Infinity } = {}): Waffle {
  const beside = width >= 2 * SIDE_GRID;
  const cell = beside
    ? (SIDE_GRID - GAP * (COLUMNS - 1)) / COLUMNS
    : Math.floor((width - 2 * INSET - GAP * (COLUMNS - 1)) / COLUMNS);
  const grid = cell * COLUMNS + GAP * (COLUMNS - 1);
  const left = centred && !beside ? (width - grid) / 2 : INSET;
  const full = Math.floor(share + 1e-9);
  const scale = 10 ** partialDigits;
  const partial = Number.isFinite(scale) ? Math.round((share - full) * scale) / scale : share - full;
  const cells = range(COLUMNS * COLUMNS).map((index) => ({
    index,
    x: left + (index % COLUMNS) * (cell + GAP),
    y: Math.floor(index / COLUMNS) * (cell + GAP),
    size: cell,
    fill: index < full ? 1 : index === full ? partial : 0,
  }));
  const open = cells
    .filter((c) => c.fill < 1)
    .map((c) => ({ x: c.x, y: c.y, width: c.size, height: c.size, outline: true }));
  return { beside, cell, grid, left, full, partial, cells, open };
}
