import { z } from 'astro/zod';

// The words of the one-page summary (/summary/), in content/en/summary.json. Every key point, date and
// court status cites a source listed in the same file; the two headline numbers are NOT written here:
// the file only names the dataset rows (content/data/*.json) they are read from, so the summary, the
// charts, the tables and the CSV files can never disagree. The length limits keep the handout on one
// printed page (Letter or A4); test/browser/print.test.ts checks the page count itself.

/** Most key points the page has room for. */
export const MAX_KEY_POINTS = 6;
/** Longest key point, in characters (about 50 words). */
export const MAX_POINT_CHARS = 300;
/** Most timeline entries. */
export const MAX_TIMELINE = 7;
/** Most court cases listed under "Where things stand in court". */
export const MAX_CASES = 3;
/** Most sources in the list (besides those of the datasets, which the headline figures bring). */
export const MAX_SOURCES = 9;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const httpsUrl = z.url({ error: 'must be an absolute URL' }).regex(/^https:\/\//, 'must be an https:// URL');
const day = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 2025-04-07, 2025-06 or 2025');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters (the summary must fit on one printed page)`);
/** Ids of sources in `sources` that back the text; at least one. */
const cites = z.array(slug).min(1, 'must cite at least one source');

/** One publication the summary cites. */
export const summarySourceSchema = z
  .object({
    /** Short id the key points, timeline and court entries cite, e.g. "crs-2026". */
    id: slug,
    /** Organisation that published it, e.g. "Congressional Research Service". */
    publisher: text(90),
    /** Title as published. */
    title: text(140),
    /** Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known. */
    date: day,
    /** The page itself (https); printed in full on the handout. */
    url: httpsUrl,
  })
  .strict();

/** A key point: a bold lead-in and one to three plain sentences. */
export const keyPointSchema = z
  .object({
    /** Two or three words, e.g. "The agreement." */
    lead: text(40),
    /** The point itself; every number, date and name in it is backed by `sources`. */
    text: text(MAX_POINT_CHARS),
    sources: cites,
  })
  .strict();

/** Names one row of a dataset in content/data/ (the `datasets` collection). */
export const dataRefSchema = z
  .object({
    /** Dataset id = file name without .json, e.g. "taxes-by-level". */
    dataset: slug,
    /** The row's stable `id`, e.g. "itep-2022-total" (labels are translated text, never keys). */
    row: slug,
  })
  .strict();
export type DataRef = z.infer<typeof dataRefSchema>;

/** Placeholder names used in headline texts: `{aic}` is replaced by the value of refs.aic. */
const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
/** Built-in placeholder: the period of the headline's own row, e.g. "2022". */
export const PERIOD = 'period';

/** A headline number: the value comes from a dataset row; only the words around it live here. */
export const headlineSchema = z
  .object({
    /** Stable id, e.g. "taxes". */
    id: slug,
    /** Short heading above the number, e.g. "Taxes paid". */
    heading: text(40),
    /** The dataset row whose value is the big number. */
    figure: dataRefSchema,
    /** Words after the number. `{period}` is the row's period; `{name}` is the value of refs.name. */
    label: text(170),
    /** Optional second sentence (e.g. the other estimate), with the same placeholders. */
    note: text(220).optional(),
    /** Other dataset rows quoted in `label` or `note`, by placeholder name. */
    refs: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be a placeholder name like "aic"'), dataRefSchema).default({}),
  })
  .strict();

/** One dated event. */
export const timelineEntrySchema = z
  .object({
    /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
    date: day,
    /** What happened, in one short sentence. */
    text: text(150),
    sources: cites,
  })
  .strict();

/** One lawsuit and where it stands. */
export const courtCaseSchema = z
  .object({
    /** Case name, e.g. "Centro de Trabajadores Unidos v. Bessent". */
    name: text(80),
    /** Court(s) and docket numbers, e.g. "D.D.C.; D.C. Cir. No. 25-5181". */
    court: text(60),
    /** Latest ruling and what is pending, in one or two short sentences. */
    status: text(230),
    sources: cites,
  })
  .strict();

/** content/en/summary.json. */
export const summarySchema = z
  .object({
    /** Page heading (h1). */
    title: text(80),
    /** One sentence under the heading; also the page's meta description. */
    dek: text(200),
    /** Date of the last substantive change to this file (YYYY-MM-DD). */
    updated: z.coerce.date(),
    /** Exactly two headline numbers, read from the datasets. */
    headlines: z.array(headlineSchema).length(2, 'must have exactly two headline numbers'),
    /** The dataset the small chart is drawn from (the workforce waffle). */
    chart: z.object({ dataset: z.literal('workforce-share') }).strict(),
    /** Four to six key points. */
    keyPoints: z
      .array(keyPointSchema)
      .min(4, 'must have at least 4 key points')
      .max(MAX_KEY_POINTS, `must have at most ${MAX_KEY_POINTS} key points (the summary must fit on one printed page)`),
    /** Three to seven dates, oldest first (the court statuses below carry the rulings' dates). */
    timeline: z
      .array(timelineEntrySchema)
      .min(3, 'must have at least 3 dates')
      .max(MAX_TIMELINE, `must have at most ${MAX_TIMELINE} dates (the summary must fit on one printed page)`),
    /** Where things stand in court, as of a date. */
    courts: z
      .object({
        /** Date the statuses were last checked (YYYY-MM-DD). */
        asOf: z.coerce.date(),
        cases: z.array(courtCaseSchema).min(1).max(MAX_CASES, `must list at most ${MAX_CASES} cases`),
      })
      .strict(),
    /** A one-sentence "not legal advice" line. */
    notAdvice: text(220),
    /** Every source cited above; each must be cited at least once. */
    sources: z.array(summarySourceSchema).min(1).max(MAX_SOURCES, `must list at most ${MAX_SOURCES} sources`),
  })
  .strict()
  .superRefine((data, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const ids = new Set<string>();
    data.sources.forEach((s, i) => {
      if (ids.has(s.id)) issue(['sources', i, 'id'], `duplicate source id "${s.id}"`);
      ids.add(s.id);
    });
    const used = new Set<string>();
    const check = (list: { sources: string[] }[], field: string) =>
      list.forEach((item, i) =>
        item.sources.forEach((id, j) => {
          used.add(id);
          if (!ids.has(id)) issue([field, i, 'sources', j], `unknown source id "${id}"; known ids: ${[...ids].join(', ')}`);
        }),
      );
    check(data.keyPoints, 'keyPoints');
    check(data.timeline, 'timeline');
    data.courts.cases.forEach((c, i) =>
      c.sources.forEach((id, j) => {
        used.add(id);
        if (!ids.has(id)) issue(['courts', 'cases', i, 'sources', j], `unknown source id "${id}"; known ids: ${[...ids].join(', ')}`);
      }),
    );
    data.sources.forEach((s, i) => {
      if (!used.has(s.id)) issue(['sources', i, 'id'], `source "${s.id}" is never cited; remove it to keep the list short`);
    });
    data.timeline.forEach((entry, i) => {
      if (i > 0 && entry.date < data.timeline[i - 1].date) {
        issue(['timeline', i, 'date'], `${entry.date} comes before ${data.timeline[i - 1].date}; list dates oldest first`);
      }
    });
    data.headlines.forEach((h, i) => {
      for (const field of ['label', 'note'] as const) {
        for (const name of placeholders(h[field] ?? '')) {
          if (name !== PERIOD && !(name in h.refs)) issue(['headlines', i, field], `uses {${name}} but refs has no "${name}"`);
        }
      }
      for (const name of Object.keys(h.refs)) {
        if (!placeholders(`${h.label} ${h.note ?? ''}`).includes(name)) issue(['headlines', i, 'refs', name], `"${name}" is never used in label or note`);
      }
    });
  });

export type SummaryData = z.infer<typeof summarySchema>;
export type Headline = z.infer<typeof headlineSchema>;

/** The placeholder names in a text, in order: "{aic} and {period}" → ["aic", "period"]. */
export function placeholders(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Replaces each {name} with values[name]; throws on a name without a value. */
export function fillPlaceholders(value: string, values: Record<string, string>, where: string): string {
  return value.replace(PLACEHOLDER, (_, name: string) => {
    if (!(name in values)) throw new Error(`${where}: no value for {${name}}`);
    return values[name];
  });
}
