// A dataset's words in another language. The figures live once, in content/data/<id>.json, with their
// English words; content/<locale>/data/<id>.json gives every other language's words by row id:
//   { "meta": { "title", "period", "notes", "groups": { "<group id>": "…" },
//               "sources": { "<source id>": { "title" (of a described source), "publisher", "short" (optional) } } },
//     "rows": { "<row id>": { "label", "period", "note" } } }               (figures)
//     "rows": { "<case id>": { "court", "judge", "status", "now", "steps": { "<step id>": "…" } } }   (cases)
//     "lanes": { "<lane id>": { "label", "court" } }, "rows": { "<row id>": { "label" } }   (lanes)
// A missing or extra word fails the build naming the file, the row and the field.
import type { AnyStoredDataset, AnyDataset, CaseDataset, DataRow, LaneDataset, Source, StoredDataset } from './data-schema';

type Words = Record<string, unknown>;
export interface DatasetText {
  meta?: Words & { groups?: Record<string, string>; sources?: Record<string, Words> };
  rows?: Record<string, Words & { steps?: Record<string, string> }>;
  lanes?: Record<string, Words>;
}

/** A field needs words in every language when its English has letters ("June 5, 2025"; not "2022"). */
const needsWords = (value: unknown): value is string => typeof value === 'string' && /\p{L}/u.test(value);

class Missing {
  problems: string[] = [];
  constructor(readonly file: string) {}
  take(words: Words | undefined, english: unknown, field: string, where: string, optional = false): string | undefined {
    if (!needsWords(english)) return typeof english === 'string' ? english : undefined;
    const value = words?.[field];
    if (typeof value === 'string' && value.trim()) return value;
    if (!optional) this.problems.push(`${where}, field "${field}": missing translation of "${english}"`);
    return undefined;
  }
  fail(): void {
    if (this.problems.length) throw new Error(`${this.file}:\n  ${this.problems.join('\n  ')}`);
  }
}

/**
 * Sources in another language. A described source's title is our own description ("report on Judge …"),
 * so it must be translated; a publisher or short name is translated only where we added words to it
 * ("(quoting …)", "via …"): the publishers' names themselves stay as published.
 */
function translateSources(sources: Source[], words: Record<string, Words> | undefined, check: Missing): Source[] {
  const known = new Set(sources.map((s) => s.id));
  for (const id of Object.keys(words ?? {})) if (!known.has(id)) check.problems.push(`meta.sources: "${id}" is not a source id of the English file`);
  return sources.map((s) => {
    const w = words?.[s.id];
    const where = `meta.sources "${s.id}"`;
    const out: Source = { ...s, publisher: check.take(w, s.publisher, 'publisher', where, true) ?? s.publisher };
    if (s.described) out.title = check.take(w, s.title, 'title', where) ?? s.title;
    const short = s.short === undefined ? undefined : check.take(w, s.short, 'short', where, true);
    if (short !== undefined) out.short = short;
    return out;
  });
}

/**
 * The dataset in one language: with no `text` (English), rows as stored with `group` turned from an id
 * into its label; with `text`, every reader-facing word replaced by its translation.
 */
export function resolveDataset(stored: AnyStoredDataset, text?: DatasetText, file = 'dataset text'): AnyDataset {
  const check = new Missing(file);
  const meta = { ...stored.meta };
  if (text) {
    for (const field of ['title', 'period', 'notes'] as const) meta[field] = check.take(text.meta, stored.meta[field], field, 'meta') ?? meta[field];
    meta.sources = translateSources(stored.meta.sources, text.meta?.sources, check);
  }
  const known = new Set(stored.rows.map((r) => r.id));
  for (const id of Object.keys(text?.rows ?? {})) if (!known.has(id)) check.problems.push(`rows: "${id}" is not a row id of the English file`);

  if ('kind' in stored && stored.kind === 'cases') {
    const rows = stored.rows.map((row) => {
      if (!text) return row;
      const words = text.rows?.[row.id];
      const where = `row "${row.id}"`;
      // Steps are matched by id, so inserting a step in English never shifts the translations of the others.
      const stepWords = words?.steps ?? {};
      const steps = row.steps.map((step) => {
        const ruling = Object.hasOwn(stepWords, step.id) ? stepWords[step.id] : undefined;
        if (typeof ruling !== 'string' || !ruling.trim()) check.problems.push(`${where}, step "${step.id}": missing translation of "${step.ruling}"`);
        return { ...step, ruling: typeof ruling === 'string' && ruling.trim() ? ruling : step.ruling };
      });
      for (const id of Object.keys(stepWords)) {
        if (!row.steps.some((step) => step.id === id)) check.problems.push(`${where}, steps: "${id}" is not a step id of the English file`);
      }
      return {
        ...row,
        // A case's name is cited in English; a translation may still give one.
        label: check.take(words, row.label, 'label', where, true) ?? row.label,
        court: check.take(words, row.court, 'court', where) ?? row.court,
        judge: check.take(words, row.judge, 'judge', where) ?? row.judge,
        status: check.take(words, row.status, 'status', where) ?? row.status,
        now: check.take(words, row.now, 'now', where) ?? row.now,
        steps,
      };
    });
    check.fail();
    return { ...(stored as CaseDataset), meta, rows } satisfies CaseDataset;
  }

  if ('kind' in stored && stored.kind === 'lanes') {
    const lanes = stored.lanes.map((lane) => {
      if (!text) return lane;
      const words = text.lanes?.[lane.id];
      const where = `lane "${lane.id}"`;
      // A case's name is cited in English; a translation may still give one.
      const label = check.take(words, lane.label, 'label', where, lane.kind === 'case') ?? lane.label;
      return { ...lane, label, ...(lane.court !== undefined ? { court: check.take(words, lane.court, 'court', where) ?? lane.court } : {}) };
    });
    const laneIds = new Set(stored.lanes.map((l) => l.id));
    for (const id of Object.keys(text?.lanes ?? {})) if (!laneIds.has(id)) check.problems.push(`lanes: "${id}" is not a lane id of the English file`);
    const rows = stored.rows.map((row) => (text ? { ...row, label: check.take(text.rows?.[row.id], row.label, 'label', `row "${row.id}"`) ?? row.label } : row));
    check.fail();
    return { ...stored, meta, lanes, rows } satisfies LaneDataset;
  }

  const figures = stored as StoredDataset;
  const groupLabel = new Map((figures.meta.groups ?? []).map((g) => {
    const words = text ? text.meta?.groups?.[g.id] : g.label;
    if (text && !words) check.problems.push(`meta.groups, "${g.id}": missing translation of "${g.label}"`);
    return [g.id, words ?? g.label] as const;
  }));
  const rows: DataRow[] = figures.rows.map(({ group, ...row }) => {
    const words = text?.rows?.[row.id];
    const where = `row "${row.id}"`;
    const out: DataRow = { ...row, ...(group !== undefined ? { group: groupLabel.get(group) ?? group, groupId: group } : {}) };
    if (text) {
      out.label = check.take(words, row.label, 'label', where) ?? row.label;
      out.period = check.take(words, row.period, 'period', where) ?? row.period;
      if (row.note !== undefined) out.note = check.take(words, row.note, 'note', where) ?? row.note;
    }
    return out;
  });
  check.fail();
  return { meta, rows };
}
