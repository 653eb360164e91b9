// Turns content/en/summary.json plus the chart datasets into what the one-page summary shows: the two
// headline numbers read from dataset rows (never typed into the summary file), the citations
// numbered in reading order, and the page's last-updated date. Pure: no Astro, no file system.
import type { DataRow, Dataset, Source as DataSource } from './data-schema';
import { PERIOD, fillPlaceholders, type DataRef, type SummaryData } from './summary-schema';
import { formatters, type Formatters } from '../i18n/format';

/** A source in the handout's numbered list. */
export interface ListedSource {
  /** Number shown in the text and the list, from 1, in order of first citation. */
  n: number;
  /** Element id of the list entry, e.g. "source-3". */
  anchor: string;
  publisher: string;
  title: string;
  /** As printed: "September 4, 2025", "February 2026", "2025". */
  date: string;
  url: string;
  /** The URL's host without "www.", printed after the entry: "everycrsreport.com". */
  host: string;
  /** A copy the figures were read from, when the publisher's page could not be read. */
  via?: string;
}

export interface HeadlineView {
  id: string;
  heading: string;
  /** The number as printed, e.g. "$96.7 billion" or "4.8%". */
  value: string;
  label: string;
  note?: string;
  /** The dataset rows shown, for tests and the data link. */
  rows: DataRow[];
  cites: number[];
}

export interface Cited<T> {
  item: T;
  cites: number[];
}

export interface SummaryView {
  title: string;
  dek: string;
  updated: Date;
  headlines: HeadlineView[];
  keyPoints: Cited<{ lead: string; text: string }>[];
  timeline: Cited<{ date: string; datetime: string; text: string }>[];
  courts: { asOf: Date; cases: Cited<{ name: string; court: string; status: string }>[] };
  notAdvice: string;
  sources: ListedSource[];
}


const describeRef = (ref: DataRef) => `id "${ref.row}" in dataset "${ref.dataset}"`;

/** The one row a reference names, with its source; throws naming the summary file and field. */
export function findRow(datasets: ReadonlyMap<string, Dataset>, ref: DataRef, where: string): { row: DataRow; source: DataSource } {
  const data = datasets.get(ref.dataset);
  if (!data) {
    throw new Error(`${where}: no dataset "${ref.dataset}" (expected content/data/${ref.dataset}.json); known: ${[...datasets.keys()].join(', ')}`);
  }
  const rows = data.rows.filter((r) => r.id === ref.row);
  if (rows.length !== 1) {
    throw new Error(`${where}: ${rows.length === 0 ? 'no row' : `${rows.length} rows`} with ${describeRef(ref)}; name exactly one row`);
  }
  const row = rows[0];
  const source = data.meta.sources.find((s) => s.id === row.source);
  if (!source) throw new Error(`${where}: row ${describeRef(ref)} cites unknown source "${row.source}"`);
  return { row, source };
}

/** Builds the page model; `file` names the summary file in error messages. */
export function buildSummary(data: SummaryData, datasets: ReadonlyMap<string, Dataset>, file = 'content/en/summary.json', f: Formatters = formatters('en')): SummaryView {
  // Sources are numbered by first citation in reading order, one number per URL.
  const byUrl = new Map<string, ListedSource>();
  const cite = (s: { publisher: string; title: string; date?: string; url: string; via?: string }): number => {
    const known = byUrl.get(s.url);
    if (known) return known.n;
    const n = byUrl.size + 1;
    byUrl.set(s.url, { n, anchor: `source-${n}`, publisher: s.publisher, title: s.title, date: f.sourceDate(s.date), url: s.url, host: new URL(s.url).hostname.replace(/^www\./, ''), via: s.via });
    return n;
  };
  const ownSources = new Map(data.sources.map((s) => [s.id, s]));
  const citeIds = (ids: string[], where: string) =>
    [...new Set(ids)].map((id) => {
      const s = ownSources.get(id);
      if (!s) throw new Error(`${where}: unknown source id "${id}"`);
      return cite(s);
    });

  const headlines = data.headlines.map((h, i): HeadlineView => {
    const where = `${file}: headlines[${i}] ("${h.id}")`;
    const main = findRow(datasets, h.figure, `${where}.figure`);
    const refs = Object.entries(h.refs).map(([name, ref]) => ({ name, ...findRow(datasets, ref, `${where}.refs.${name}`) }));
    const values: Record<string, string> = { [PERIOD]: main.row.period };
    for (const r of refs) values[r.name] = f.value(r.row.value, r.row.unit);
    const cites = [...new Set([main.source, ...refs.map((r) => r.source)].map((s) => cite(s)))];
    return {
      id: h.id,
      heading: h.heading,
      value: f.value(main.row.value, main.row.unit),
      label: fillPlaceholders(h.label, values, `${where}.label`),
      note: h.note === undefined ? undefined : fillPlaceholders(h.note, values, `${where}.note`),
      rows: [main.row, ...refs.map((r) => r.row)],
      cites,
    };
  });

  const keyPoints = data.keyPoints.map((p, i) => ({ item: { lead: p.lead, text: p.text }, cites: citeIds(p.sources, `${file}: keyPoints[${i}]`) }));
  const timeline = data.timeline.map((t, i) => ({
    item: { date: f.partialDate(t.date), datetime: t.date, text: t.text },
    cites: citeIds(t.sources, `${file}: timeline[${i}]`),
  }));
  const cases = data.courts.cases.map((c, i) => ({
    item: { name: c.name, court: c.court, status: c.status },
    cites: citeIds(c.sources, `${file}: courts.cases[${i}]`),
  }));

  // The page changes when the summary file or a dataset it reads changes.
  const checked = data.headlines
    .flatMap((h) => [h.figure, ...Object.values(h.refs)])
    .map((ref) => datasets.get(ref.dataset)?.meta.date ?? '')
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .map((d) => new Date(`${d}T00:00:00Z`));
  const updated = new Date(Math.max(data.updated.getTime(), ...checked.map((d) => d.getTime())));

  return {
    title: data.title,
    dek: data.dek,
    updated,
    headlines,
    keyPoints,
    timeline,
    courts: { asOf: data.courts.asOf, cases },
    notAdvice: data.notAdvice,
    sources: [...byUrl.values()],
  };
}
