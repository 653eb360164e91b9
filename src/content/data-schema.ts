import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';

// One JSON file per dataset in content/data/: { meta, rows }. The charts, their data tables and the
// CSV downloads are all drawn from these rows, so a bad row must stop the build with a message that
// names the file, the row and the field.

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
    /** Publisher(s) of the figures as credited in the chart's source line. */
    publisher: text,
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

export type Source = z.infer<typeof sourceSchema>;
export type DatasetMeta = z.infer<typeof metaSchema>;
/** A row as stored: `group` is the id of its series. */
export type StoredRow = z.infer<typeof rowSchema>;
/** A row as charts and tables read it, in one language: `group` is the series' label, `groupId` its id. */
export type DataRow = Omit<StoredRow, 'group'> & { group?: string; groupId?: string };

/**
 * Allowed difference between a stated total and the sum of its parts. Each figure is rounded to
 * its last printed digit, so each can be off by half a unit of that digit: with n parts and one
 * total the rounding error is at most (n + 1) × 0.5 × 10^-d, where d is the largest number of
 * decimals among them. For AIC 2023 (55.8 + 33.9 vs 89.8): 3 × 0.05 = 0.15 ≥ 0.1, so it passes.
 */
export function roundingTolerance(values: number[]): number {
  const decimals = Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));
  return (values.length * 0.5) / 10 ** decimals + 1e-9;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

function checkDataset(data: { meta: DatasetMeta; rows: StoredRow[] }, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const sourceIds = new Set<string>();
  data.meta.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) issue(['meta', 'sources', i, 'id'], `duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });

  const groupIds = new Set((data.meta.groups ?? []).map((g) => g.id));
  const rowIds = new Set<string>();
  data.rows.forEach((row, i) => {
    if (rowIds.has(row.id)) issue(['rows', i, 'id'], `duplicate row id "${row.id}"`);
    rowIds.add(row.id);
    if (row.group !== undefined && !groupIds.has(row.group)) {
      issue(['rows', i, 'group'], `unknown group id "${row.group}"; list it in meta.groups (known: ${[...groupIds].join(', ') || 'none'})`);
    }
    if (!sourceIds.has(row.source)) {
      issue(['rows', i, 'source'], `unknown source id "${row.source}"; known ids: ${[...sourceIds].join(', ')}`);
    }
    if (row.value < 0) issue(['rows', i, 'value'], `must not be negative (got ${row.value})`);
    if (row.unit === 'percent' && row.value > 100) issue(['rows', i, 'value'], `a share cannot be above 100% (got ${row.value})`);
    if (row.unit === 'people' && !Number.isInteger(row.value)) issue(['rows', i, 'value'], `a count of people must be a whole number (got ${row.value})`);
    if (row.total && row.partOf) issue(['rows', i, 'partOf'], 'a total cannot also be part of another row');
    if ((row.low === undefined) !== (row.high === undefined)) issue(['rows', i, row.low === undefined ? 'low' : 'high'], 'a range needs both `low` and `high`');
    if (row.low !== undefined && row.low > row.value) issue(['rows', i, 'low'], `must not be above the value (got ${row.low} > ${row.value})`);
    if (row.high !== undefined && row.high < row.value) issue(['rows', i, 'high'], `must not be below the value (got ${row.high} < ${row.value})`);
  });

  // Rows are checked group by group: labels must be unique, parts must fit, totals must add up.
  const groups = new Map<string, number[]>();
  data.rows.forEach((row, i) => groups.set(row.group ?? '', [...(groups.get(row.group ?? '') ?? []), i]));
  for (const indexes of groups.values()) {
    const byLabel = new Map<string, number>();
    const byId = new Map<string, number>();
    for (const i of indexes) {
      const label = data.rows[i].label;
      if (byLabel.has(label)) issue(['rows', i, 'label'], `duplicate label "${label}" in the same group`);
      else byLabel.set(label, i);
      byId.set(data.rows[i].id, i);
    }
    const parts = new Map<number, number[]>();
    for (const i of indexes) {
      const partOf = data.rows[i].partOf;
      if (partOf === undefined) continue;
      const whole = byId.get(partOf);
      if (whole === undefined) {
        issue(['rows', i, 'partOf'], `refers to "${partOf}", which is not the id of a row in the same group`);
      } else if (data.rows[whole].unit !== data.rows[i].unit) {
        issue(['rows', i, 'unit'], `is "${data.rows[i].unit}" but the row it is part of ("${partOf}") is "${data.rows[whole].unit}"`);
      } else {
        parts.set(whole, [...(parts.get(whole) ?? []), i]);
      }
    }
    for (const [whole, members] of parts) {
      const values = members.map((i) => data.rows[i].value);
      const sum = values.reduce((a, b) => a + b, 0);
      const tolerance = roundingTolerance([...values, data.rows[whole].value]);
      if (sum > data.rows[whole].value + tolerance) {
        issue(['rows', members[0], 'value'], `the parts of "${data.rows[whole].label}" add up to ${fmt(sum)}, more than its ${data.rows[whole].value}`);
      }
    }
    const totals = indexes.filter((i) => data.rows[i].total);
    if (totals.length > 1) issue(['rows', totals[1], 'total'], 'a group can have only one stated total');
    if (totals.length === 1) {
      const t = totals[0];
      const top = indexes.filter((i) => i !== t && data.rows[i].partOf === undefined);
      const mixed = top.find((i) => data.rows[i].unit !== data.rows[t].unit);
      if (top.length === 0) {
        issue(['rows', t, 'total'], 'a stated total needs at least one part in its group');
      } else if (mixed !== undefined) {
        issue(['rows', mixed, 'unit'], `is "${data.rows[mixed].unit}" but the group's total is "${data.rows[t].unit}"`);
      } else {
        const values = top.map((i) => data.rows[i].value);
        const sum = values.reduce((a, b) => a + b, 0);
        const tolerance = roundingTolerance([...values, data.rows[t].value]);
        if (Math.abs(sum - data.rows[t].value) > tolerance) {
          issue(
            ['rows', t, 'value'],
            `the parts add up to ${fmt(sum)} but the stated total is ${data.rows[t].value} (allowed rounding difference ±${fmt(tolerance)})`,
          );
        }
      }
    }
  }
}

/** A dataset file: `{ meta, rows }`, checked as a whole (sources, parts and totals). */
export const datasetSchema = z
  .object({
    /** Title, publisher, main URL, check date, period, notes and the list of sources. */
    meta: metaSchema,
    /** The figures; at least one. */
    rows: z.array(rowSchema).min(1, 'has no rows; a dataset needs at least one'),
  })
  .strict()
  .superRefine(checkDataset);

/** A figures file as stored. */
export type StoredDataset = z.infer<typeof datasetSchema>;
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

function checkCases(data: { meta: DatasetMeta; rows: CaseRow[] }, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const known = new Set(data.meta.sources.map((s) => s.id));
  const unknown = (id: string) => `unknown source id "${id}"; known ids: ${[...known].join(', ')}`;
  const seen = new Set<string>();
  data.rows.forEach((row, i) => {
    if (seen.has(row.id)) issue(['rows', i, 'id'], `duplicate case id "${row.id}"`);
    seen.add(row.id);
    if (!known.has(row.source)) issue(['rows', i, 'source'], unknown(row.source));
    let last = '';
    let undated = false;
    row.steps.forEach((step, j) => {
      if (!known.has(step.source)) issue(['rows', i, 'steps', j, 'source'], unknown(step.source));
      if (step.date === undefined) undated = true;
      else if (undated) issue(['rows', i, 'steps', j, 'date'], 'a dated step cannot come after an undated one');
      else if (step.date < last) issue(['rows', i, 'steps', j, 'date'], `steps must be in date order (${step.date} comes after ${last})`);
      else last = step.date;
    });
  });
}

/** A dataset of lawsuits: `{ meta, kind: "cases", rows }`, checked as a whole (sources, step order). */
export const caseDatasetSchema = z
  .object({
    /** Title, publisher, main URL, check date, period, notes and the list of sources. */
    meta: metaSchema,
    /** Marks the file as a cases dataset rather than figures. */
    kind: z.literal('cases'),
    /** The cases; at least one. */
    rows: z.array(caseRowSchema).min(1, 'has no rows; a dataset needs at least one'),
  })
  .strict()
  .superRefine(checkCases);

export type CaseDataset = z.infer<typeof caseDatasetSchema>;

// ── court-fight: lanes of dated events ({ meta, kind: "lanes", lanes, rows }) ─────────────────────
// One lane per lawsuit plus one for the agencies' actions; one row per dated event, placed in its lane
// on a time axis. A ruling says what it did to the data sharing (its effect); a filing, an argument or
// an agency action has no effect of its own. Kept in one block so the file can be split later.

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

function checkLanes(data: { meta: DatasetMeta; lanes: Lane[]; rows: LaneRow[] }, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const known = new Set(data.meta.sources.map((s) => s.id));
  const lanes = new Map<string, Lane>();
  data.lanes.forEach((lane, i) => {
    if (lanes.has(lane.id)) issue(['lanes', i, 'id'], `duplicate lane id "${lane.id}"`);
    lanes.set(lane.id, lane);
  });
  const ids = new Set<string>();
  const last = new Map<string, { date: string; undated: boolean }>();
  data.rows.forEach((row, i) => {
    if (ids.has(row.id)) issue(['rows', i, 'id'], `duplicate row id "${row.id}"`);
    ids.add(row.id);
    if (!known.has(row.source)) issue(['rows', i, 'source'], `unknown source id "${row.source}"; known ids: ${[...known].join(', ')}`);
    const lane = lanes.get(row.lane);
    if (!lane) issue(['rows', i, 'lane'], `unknown lane id "${row.lane}"; known ids: ${[...lanes.keys()].join(', ')}`);
    if (row.event === 'ruling' && !row.effect) issue(['rows', i, 'effect'], `a ruling needs an effect (${EFFECTS.join(', ')})`);
    if (row.event !== 'ruling' && row.effect) issue(['rows', i, 'effect'], `only a ruling has an effect (this row is a ${row.event})`);
    if (lane && (row.event === 'action') !== (lane.kind === 'agency')) {
      issue(['rows', i, 'event'], lane.kind === 'agency' ? `the agencies' lane holds only actions (got ${row.event})` : `an action belongs in the agencies' lane, not in "${lane.id}"`);
    }
    const prev = last.get(row.lane) ?? { date: '', undated: false };
    if (row.date === undefined) last.set(row.lane, { ...prev, undated: true });
    else if (prev.undated) issue(['rows', i, 'date'], 'a dated row cannot come after an undated one in its lane');
    else if (row.date < prev.date) issue(['rows', i, 'date'], `rows of a lane must be in date order (${row.date} comes after ${prev.date})`);
    else last.set(row.lane, { date: row.date, undated: false });
  });
  data.lanes.forEach((lane, i) => {
    if (!data.rows.some((r) => r.lane === lane.id)) issue(['lanes', i, 'id'], `lane "${lane.id}" has no rows`);
  });
}

/** A dataset of lanes: `{ meta, kind: "lanes", lanes, rows }`, checked as a whole (lanes, sources, effects, order). */
export const laneDatasetSchema = z
  .object({
    meta: metaSchema,
    kind: z.literal('lanes'),
    /** The lanes, in the order they are drawn; at least one. */
    lanes: z.array(laneSchema).min(1, 'needs at least one lane'),
    /** The events; at least one. */
    rows: z.array(laneRowSchema).min(1, 'has no rows; a dataset needs at least one'),
  })
  .strict()
  .superRefine(checkLanes);

export type LaneDataset = z.infer<typeof laneDatasetSchema>;
export const isLaneDataset = <T extends { meta: DatasetMeta }>(d: T | LaneDataset): d is LaneDataset => 'kind' in d && d.kind === 'lanes';
// ── end of court-fight block ─────────────────────────────────────────────────────────────────

/** Either kind of dataset; the collection accepts both. */
export const anyDatasetSchema = z.union([datasetSchema, caseDatasetSchema, laneDatasetSchema]);
export type AnyStoredDataset = StoredDataset | CaseDataset | LaneDataset;
export type AnyDataset = Dataset | CaseDataset | LaneDataset;

export const isCaseDataset = <T extends { meta: DatasetMeta }>(d: T | CaseDataset): d is CaseDataset => 'kind' in d && d.kind === 'cases';

/** Turns one zod issue into "file: row 3 ("Federal"), field "value": message". */
export function formatIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const [top, index, field, ...rest] = issue.path;
  const where = (() => {
    if (top === 'rows' && typeof index === 'number') {
      const rows = (data as { rows?: unknown })?.rows;
      const label = Array.isArray(rows) ? (rows[index] as { label?: unknown } | undefined)?.label : undefined;
      const name = typeof label === 'string' ? ` ("${label}")` : '';
      const key = field === undefined ? 'the row' : `field "${[field, ...rest].join('.')}"`;
      return `row ${index}${name}, ${key}`;
    }
    return issue.path.length ? `field "${issue.path.join('.')}"` : 'the file';
  })();
  return `${file}: ${where}: ${issue.message}`;
}

/** Validates one dataset of either kind; throws one error listing every problem as "file: row N, field F: why". */
export function parseDataset(data: unknown, file: string): AnyStoredDataset {
  // The `kind` field picks the schema, so errors name the fields of the right kind, not a union's.
  const kind = (data as { kind?: unknown } | null)?.kind;
  // A missing field reads "Required", as Astro words it for the other collections; other issues keep zod's words.
  const result = (kind === 'cases' ? caseDatasetSchema : kind === 'lanes' ? laneDatasetSchema : datasetSchema).safeParse(data, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined),
  });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => formatIssue(file, data, issue));
  throw new Error(`Invalid dataset ${file}:\n  ${lines.join('\n  ')}`);
}

/**
 * The glob loader over `<base>/*.json`, checking every file with `parseDataset` first so the
 * build stops with the file name, the row index and the field of the first bad rows.
 */
export function datasetLoader(base: string): Loader {
  const inner = glob({ pattern: '*.json', base });
  return {
    name: 'datasets-loader',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (entry) => {
          const near = entry.filePath ? relative(process.cwd(), entry.filePath) : `${entry.id}.json`;
          const file = near.startsWith('..') && entry.filePath ? entry.filePath : near;
          parseDataset(entry.data, file);
          return context.parseData(entry);
        },
      }),
  };
}
