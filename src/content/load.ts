// The site's content in one language, read from the collections (src/content.config.ts): sections,
// the corrections log, the summary and the chart datasets with their words. Uniqueness is checked
// once per language; a translation that misses an English entry (a section, a log entry, a chart's
// words) fails the build naming the file. Results are cached per language for the whole build.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertUniqueSections } from './section-schema';
import { resolveDataset, type DatasetText } from './dataset-text';
import type { AnyDataset } from './data-schema';
import type { SummaryData } from './summary-schema';
import { DEFAULT_LOCALE, localeOfPath, type Locale } from '../i18n/locales';

export type Section = CollectionEntry<'sections'>;

const once = new Map<string, Promise<unknown>>();
const cached = <T>(key: string, make: () => Promise<T>): Promise<T> => {
  if (!once.has(key)) once.set(key, make());
  return once.get(key) as Promise<T>;
};

/** The language of a section entry, from its folder (content/<locale>/sections/). */
export const sectionLocale = (entry: Section): Locale => localeOfPath(`content/${entry.id}`);

/** Every section of a language in page order; fails the build on a duplicate id or order in that language. */
export function getSections(locale: Locale): Promise<Section[]> {
  return cached(`sections:${locale}`, async () => {
    const entries = (await getCollection('sections')).filter((e) => sectionLocale(e) === locale);
    assertUniqueSections(entries);
    entries.sort((a, b) => a.data.order - b.data.order);
    if (locale !== DEFAULT_LOCALE) {
      const english = await getSections(DEFAULT_LOCALE);
      const mine = new Map(entries.map((e) => [e.data.id, e]));
      for (const en of english) {
        const tr = mine.get(en.data.id);
        if (!tr) throw new Error(`content/${locale}/sections/: no translation of ${en.filePath} (section "${en.data.id}"); add content/${locale}/sections/${en.filePath?.split('/').pop()}`);
        if (tr.data.order !== en.data.order) throw new Error(`${tr.filePath}: order ${tr.data.order} differs from ${en.filePath} (${en.data.order})`);
      }
      for (const e of entries) {
        if (!english.some((en) => en.data.id === e.data.id)) throw new Error(`${e.filePath}: section "${e.data.id}" has no English original in content/en/sections/`);
      }
    }
    return entries;
  });
}

export interface Citation {
  label: string;
  text: string;
  url: string;
  /** Parts of the text marked as English in a translated note (titles of English sources). */
  english?: string[];
}

/** A section's rendered body and the citations remark-citations collected from it. */
export async function renderSection(section: Section) {
  const { Content, remarkPluginFrontmatter } = await render(section);
  const citations = (remarkPluginFrontmatter.citations ?? []) as Citation[];
  return { Content, citations };
}

/** The newest `updated` date among sections and extra dates (the log's). */
export function lastUpdated(sections: Section[], extra: Date[] = []): Date {
  const times = [...sections.map((s) => s.data.updated.getTime()), ...extra.map((d) => d.getTime())];
  if (times.length === 0) throw new Error('lastUpdated: no sections');
  return new Date(Math.max(...times));
}

export interface LogEntry {
  id: string;
  date: Date;
  kind: 'correction' | 'update';
  section?: string;
  text: string;
}

/** The corrections and updates log in a language: the English entries with that language's text. */
export function getCorrections(locale: Locale): Promise<LogEntry[]> {
  return cached(`log:${locale}`, async () => {
    const english = (await getCollection('corrections')).map((e) => e.data).sort((a, b) => a.position - b.position);
    if (locale === DEFAULT_LOCALE) return english;
    const entry = (await getCollection('correctionText')).find((e) => e.id === locale);
    const file = `content/${locale}/corrections.json`;
    if (!entry) throw new Error(`${file}: missing; every language needs the whole log`);
    const text = new Map(entry.data.entries.map((t) => [t.id, t.text]));
    const missing = english.filter((e) => !text.has(e.id)).map((e) => e.id);
    const extra = [...text.keys()].filter((id) => !english.some((e) => e.id === id));
    if (missing.length || extra.length) {
      throw new Error(`${file}: ${missing.length ? `no translation of entries ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `entries ${extra.join(', ')} are not in content/en/corrections.json` : ''}`);
    }
    return english.map((e) => ({ ...e, text: text.get(e.id)! }));
  });
}

/** Every chart dataset in a language: the figures of content/data/ with content/<locale>/data/ words. */
export function getDatasets(locale: Locale): Promise<Map<string, AnyDataset>> {
  return cached(`datasets:${locale}`, async () => {
    // English words are the data files' own; only other languages read content/<locale>/data/.
    const words = locale === DEFAULT_LOCALE ? new Map<string, DatasetText>() : new Map((await getCollection('datasetText')).map((e) => [e.id, e.data as DatasetText]));
    return new Map(
      (await getCollection('datasets')).map((d) => {
        if (locale === DEFAULT_LOCALE) return [d.id, resolveDataset(d.data)];
        const key = `${locale}/data/${d.id}`;
        const text = words.get(key);
        if (!text) throw new Error(`content/${key}.json: missing; the ${d.id} chart needs its words in this language`);
        return [d.id, resolveDataset(d.data, text, `content/${key}.json`)];
      }),
    );
  });
}

/** The one-page summary's words in a language, and the file they came from. */
export async function getSummaryData(locale: Locale): Promise<{ data: SummaryData; file: string }> {
  const entries = await getCollection('summary');
  const entry = entries.find((e) => e.id === locale);
  if (!entry) throw new Error(`content/${locale}/summary.json: missing; every language needs its one-page summary`);
  return { data: entry.data, file: entry.filePath ?? `content/${locale}/summary.json` };
}
