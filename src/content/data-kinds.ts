// The three kinds of dataset file in content/data/, as zod schemas with a comment per field: figures,
// `{ meta, rows }` (optionally `"kind": "figures"`), lawsuits, `{ meta, kind: "cases", rows }`, and
// lanes of dated events, `{ meta, kind: "lanes", lanes, rows }`. The charts, their data tables and the
// CSV downloads are all drawn from these rows. The checks across rows (sources, parts and totals, step
// and event order) are in data-checks.ts; data-schema.ts joins the two.
import { z } from 'astro/zod';

/** Units a row value may carry. */
export const UNITS = ['usd_billions', 'percent', 'people'] as const;
export type Unit = (typeof UNITS)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const httpsUrl = z.url({ error: 'must be an absolute URL' }).regex(/^https:\/\//, 'must be an https:// URL');
const day = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 2024-07-30, 2024-07 or 2024');
const text = z.string().trim().min(1, 'must not be empty');

/** One publication that rows cite by id. */
export const sourceSchema = z
  .object({
    /** Short id that rows cite in their `source` field, e.g. "itep-2024". */
    id: slug,
    /** Organisation that published the figures, e.g. "Institute on Taxation and Economic Policy (ITEP)". */
    publisher: text,
    /** Short name for the data table's source column, e.g. "ITEP" (defaults to the publisher). */
    short: z.string().trim().min(1).max(24).optional(),
    /** Title of the page or report as published. */
    title: text,
    /** The publisher's own page for the figures (https). */
    url: httpsUrl,
    /** Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known; omit it when the page shows none. */
    date: day.optional(),
    /** Optional https copy the figures were read from when the publisher's page itself could not be read. */
    via: httpsUrl.optional(),
    /** True when `title` describes the page because its headline could not be read; printed without quotation marks. */
    described: z.boolean().optional(),
  })
  .strict();

/** What the dataset is, where it comes from and what readers must know about it. */
export const metaSchema = z
  .object({
    /** What the rows measure, in plain words; used as the chart title. */
    title: text,
    /** The main source page (https); every source is also listed in `sources`. */
    url: httpsUrl,
    /** Date this file was last checked against its sources (YYYY-MM-DD). */
    date: day,
    /** Period(s) the figures cover, e.g. "Tax year 2022 (ITEP); 2023 (AIC)". */
    period: text,
    /** Caveats readers need (different years, methods, rounding); printed in the caption. */
    notes: text,
    /** Every publication a row cites (and any cited in the notes). */
    sources: z.array(sourceSchema).min(1, 'must list at least one source'),
    /** The series rows belong to: a stable id that rows name in `group`, and the label readers see. */
    groups: z.array(z.object({ id: slug, label: text }).strict()).optional(),
  })
  .strict();

/** One figure. */
export const rowSchema = z
  .object({
    /** Stable id, unique in the file, that the summary, `partOf`, translations and tests refer to, e.g. "itep-2022-federal". */
    id: slug,
    /** What the figure is, e.g. "Federal" or "California": text for readers, translated, never a key. */
    label: text,
    /** The figure itself, in `unit`s, as the source gives it (no rescaling). */
    value: z.number({ error: (iss) => (iss.input === undefined ? 'is missing' : 'must be a number') }),
    /** Unit of `value`: billions of US dollars, percent (0–100) or a count of people. */
    unit: z.enum(UNITS),
    /** Period the figure covers, e.g. "2022" or "June 2025". */
    period: text,
    /** Id of the entry in meta.sources this figure comes from. */
    source: text,
    /** Id of the series (in meta.groups) the row belongs to; rows of different sources never share a group. */
    group: slug.optional(),
    /** Id of the row (in the same group) that this figure is a part of, e.g. "itep-2022-federal" for Social Security. */
    partOf: slug.optional(),
    /** True for the group's stated total: the group's top-level rows must add up to it within rounding. */
    total: z.boolean().optional(),
    /** False when the figure must not be compared with the other rows (e.g. a revised series). */
    comparable: z.boolean().optional(),
    /** A short note shown with the figure in the table and the CSV. */
    note: text.optional(),
    /** Low end of the range the source gives around `value`, in the same unit. */
    low: z.number({ error: 'must be a number' }).optional(),
    /** High end of the range the source gives around `value`, in the same unit. */
    high: z.number({ error: 'must be a number' }).optional(),
  })
  .strict();

/** The fields of a figures file; data-schema.ts adds the checks across rows. */
export const figuresShape = z
  .object({
    /** Optional: a file without `kind` holds figures. */
    kind: z.literal('figures').optional(),
    /** Title, main URL, check date, period, notes and the list of sources. */
    meta: metaSchema,
    /** The figures; at least one. */
    rows: z.array(rowSchema).min(1, 'has no rows; a dataset needs at least one'),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type DatasetMeta = z.infer<typeof metaSchema>;
/** A row as stored: `group` is the id of its series. */
export type StoredRow = z.infer<typeof rowSchema>;
/** A row as charts and tables read it, in one language: `group` is the series' label, `groupId` its id. */
export type DataRow = Omit<StoredRow, 'group'> & { group?: string; groupId?: string };

/** A figures dataset in one language, as charts, tables and CSV read it (see dataset-text.ts). */
export interface Dataset {
  meta: DatasetMeta;
  rows: DataRow[];
}

// A second kind of dataset, for things that are not figures: lawsuits and their rulings.
// `{ meta, kind: "cases", rows }`, one row per case with its steps in date order. It shares
// the meta and source blocks above, so captions, sources and the CSV link work the same way.

/** Kinds of step in a case; each is drawn with its own marker shape and named in words. */
export const STEPS = ['filed', 'argued', 'relief-denied', 'relief-granted', 'finding'] as const;
export type Step = (typeof STEPS)[number];

/** One step in a lawsuit: a filing, an argument or a ruling. */
export const caseStepSchema = z
  .object({
    /** Stable id of the step within its case, e.g. "pi-denied": what translations refer to. */
    id: slug,
    /** Date of the step (YYYY-MM-DD, or YYYY-MM); omit it when no source gives one (such steps come last). */
    date: day.optional(),
    /** Court, short form, e.g. "D.D.C." or "D.C. Cir.". */
    court: text,
    /** What happened, in a few words, e.g. "Preliminary injunction denied". */
    ruling: text,
    /** Kind: filed, argued, relief-denied, relief-granted, or finding (a ruling that grants no new relief). */
    step: z.enum(STEPS),
    /** True for a step in a court of appeals. */
    appeal: z.boolean().optional(),
    /** Id of the entry in meta.sources for this step. */
    source: text,
  })
  .strict();

/** One lawsuit: where it is heard, who decides, and where it stands. */
export const caseRowSchema = z
  .object({
    /** Stable id of the case, e.g. "centro": what translations and tests refer to. */
    id: slug,
    /** Case name, e.g. "Centro de Trabajadores Unidos v. Bessent". */
    label: text,
    /** Courts and docket numbers, e.g. "D.D.C.; D.C. Cir. No. 25-5181". */
    court: text,
    /** Judge or judges who ruled, e.g. "Judge Dabney Friedrich (D.D.C.)". */
    judge: text,
    /** Where the case stands, in a few words, for the chart. */
    status: text,
    /** What the latest ruling means now, in a sentence or two, for the table and CSV. */
    now: text,
    /** Id of the entry in meta.sources for `status` and `now`. */
    source: text,
    /** The steps, oldest first; undated steps last. */
    steps: z.array(caseStepSchema).min(1, 'needs at least one step'),
  })
  .strict();

export type CaseStep = z.infer<typeof caseStepSchema>;
export type CaseRow = z.infer<typeof caseRowSchema>;

/** The fields of a lawsuits file; data-schema.ts adds the checks across rows. */
export const casesShape = z
  .object({
    /** Title, main URL, check date, period, notes and the list of sources. */
    meta: metaSchema,
    /** Marks the file as a cases dataset rather than figures. */
    kind: z.literal('cases'),
    /** The cases; at least one. */
    rows: z.array(caseRowSchema).min(1, 'has no rows; a dataset needs at least one'),
  })
  .strict();

// A third kind, for the court fight: lanes of dated events, `{ meta, kind: "lanes", lanes, rows }`.
// One lane per lawsuit plus one for the agencies' actions; one row per dated event, placed in its lane
// on a time axis. A ruling says what it did to the data sharing (its effect); a filing, an argument or
// an agency action has no effect of its own.

/** What a ruling did to the IRS–ICE data sharing; drawn by shape and colour and named in a legend. */
export const EFFECTS = ['blocked', 'limited', 'allowed', 'pending'] as const;
export type Effect = (typeof EFFECTS)[number];
/** Kinds of event: court filings, arguments and rulings in a case lane, actions in the agencies' lane. */
export const LANE_EVENTS = ['filing', 'argument', 'ruling', 'action'] as const;
export type LaneEvent = (typeof LANE_EVENTS)[number];

/** One lane: a lawsuit, or the agencies' actions. */
export const laneSchema = z
  .object({
    /** Stable id that rows name in `lane`, e.g. "centro". */
    id: slug,
    /** What the lane is: the case name, or "IRS and ICE actions". */
    label: text,
    /** "case" for a lawsuit, "agency" for the agencies' actions (only its rows may be actions). */
    kind: z.enum(['case', 'agency']),
    /** Courts, dockets and judges, for the table, e.g. "D.D.C. No. 1:25-cv-00457; Judge Colleen Kollar-Kotelly". */
    court: text.optional(),
  })
  .strict();

/** One dated event in a lane. */
export const laneRowSchema = z
  .object({
    /** Stable id, unique in the file, that translations and tests refer to, e.g. "centro-pi-denied". */
    id: slug,
    /** Id of its lane (in `lanes`). */
    lane: slug,
    /** YYYY-MM-DD, or YYYY-MM when only the month is known; omit it when no source gives one (such rows come last in their lane). */
    date: day.optional(),
    /** filing, argument, ruling (needs an `effect`) or action (agency lane only). */
    event: z.enum(LANE_EVENTS),
    /** For a ruling only: what it did to the data sharing. */
    effect: z.enum(EFFECTS).optional(),
    /** True for a step in a court of appeals. */
    appeal: z.boolean().optional(),
    /** What happened, in a few words, as the chart prints it. */
    label: text,
    /** Id of the entry in meta.sources for this event. */
    source: text,
  })
  .strict();

export type Lane = z.infer<typeof laneSchema>;
export type LaneRow = z.infer<typeof laneRowSchema>;

/** The fields of a lanes file; data-schema.ts adds the checks across rows. */
export const lanesShape = z
  .object({
    /** Title, main URL, check date, period, notes and the list of sources. */
    meta: metaSchema,
    /** Marks the file as lanes of dated events. */
    kind: z.literal('lanes'),
    /** The lanes, in the order they are drawn; at least one. */
    lanes: z.array(laneSchema).min(1, 'needs at least one lane'),
    /** The events; at least one. */
    rows: z.array(laneRowSchema).min(1, 'has no rows; a dataset needs at least one'),
  })
  .strict();
