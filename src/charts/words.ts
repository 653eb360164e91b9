// What the chart maths take as input to speak a language: the formats they print numbers and dates
// with and the words they place inside a drawing, a data table or a CSV. The charts declare the shape;
// each language's dictionary (src/i18n/charts/<locale>.ts) fills it, and src/chart-registry.ts hands
// one to a chart. Nothing in src/charts/ picks a language itself.
import type { Effect, LaneEvent, Step, Unit } from '../content/data-schema';

/** The number and date formats a chart prints with (src/i18n/format.ts makes them per language). */
export interface ChartFormats {
  /** A chart value: "$59.4 billion", "4.8%", "1.28 million". */
  value: (value: number, unit: Unit) => string;
  /** The value in full, for tables and CSV. */
  exact: (value: number, unit: Unit) => string;
  /** A source's range in one unit: "$12–39 billion". */
  range: (low: number, high: number, unit: Unit) => string;
  /** A date at the precision it is known. */
  partialDate: (date: string) => string;
}

/** The words the layouts, tables and CSV files place, in one language. */
export interface LayoutWords {
  /** The text with a non-breaking space wherever a line must not end in this language (a number and
   *  its unit word, "10 points"; a date, "June 5, 2025"). wrap() never breaks at one. */
  hold: (text: string) => string;
  areas: {
    areaNote: string;
    people: (v: string) => string;
    ofWhichPeople: (v: string) => string;
    enlarged: (what: string) => string;
    aboutShare: (count: string, share: number) => string;
    aboutShareOf: (count: string, share: number, all: string) => string;
    all: (count: string) => string;
    magnified: (times: string) => string;
  };
  requests: {
    /** Under the grid: what a square is ("1% of the 1.28 million names in ICE's June 27, 2025, request"). */
    eachSquare: (whole: string, period: string) => string;
    /** The filled squares: the addresses disclosed, their share and date. */
    filled: (count: string, share: string, period: string) => string;
    /** The requests the IRS refused before, each "7.6 million (June 5, 2025)". */
    refused: (items: string[]) => string;
    /** The empty squares' mark: the rest of the request. */
    restMark: (label: string, period: string) => string;
  };
  taxesByLevel: {
    total: (stated: string) => string;
    totalDiffers: (stated: string, sum: string) => string;
    partOf: (label: string, whole: string) => string;
    ofWhich: (label: string, value: string) => string;
  };
  workforceShare: {
    eachSquare: string;
    filled: (n: string, share: string, workers: string | undefined, period: string) => string;
    shareMark: (period: string) => string;
    shareValue: (share: string, workers?: string) => string;
    restMark: (period: string) => string;
  };
  lawsuits: {
    steps: Record<Step, string>;
    noDate: string;
    now: (status: string) => string;
  };
  courtFight: {
    /** Each look of a mark, as the legend names it and says what it means: a ruling's effect, a filing, an agency action. */
    looks: Record<Effect | 'filing' | 'action', { name: string; means: string }>;
    /** The legend's heading. */
    legend: string;
    /** Each kind of event, in lower case, for mark labels and the CSV. */
    events: Record<LaneEvent, string>;
    noDate: string;
    /** The dated line's label: "Sources checked through <date>". */
    checked: (date: string) => string;
    /** What a lane is, for a column heading: "Case or agencies". */
    lane: string;
  };
  revenue: {
    ownScale: (label: string) => string;
    range: (range: string) => string;
  };
  table: {
    figures: string[];
    cases: string[];
    range: (range: string) => string;
    notComparable: string;
    noRuling: string;
    lanes: string[];
  };
  csv: {
    yes: string;
    no: string;
    figures: string[];
    cases: string[];
    lanes: string[];
    sources: string[];
  };
}

/** What a chart needs to speak a language: its formats and its words. */
export interface ChartLocale {
  f: ChartFormats;
  w: LayoutWords;
}

/** The words around a chart: a one-line takeaway and a sentence stating the finding. */
export interface ChartText {
  takeaway: string;
  description: string;
}

/** The words a chart prints under itself for rows it lists instead of drawing. */
export interface NotDrawnWords {
  /** "Not comparable, so not drawn:" */
  notComparable: string;
  /** What to call the rows when they have no group: "Revised series". */
  revisedSeries: string;
}
