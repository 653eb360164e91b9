// The site's content in one language, read from the collections (src/content.config.ts): sections,
// the corrections log, the summary and the chart datasets with their words. Uniqueness is checked
// once per language; a translation that misses an English entry (a section, a log entry, a chart's
// words) fails the build naming the file. Results are cached per language for the whole build.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertUniqueSections } from './section-schema';
import { assertDistinctLeadNumbers, assertKeyFigureInText } from './key-figures';
import { resolveDataset, type DatasetText } from './dataset-text';
import type { AnyDataset } from './data-schema';
import type { SummaryData } from './summary-schema';
import type { HelpEntry } from './help-schema';
import { DEFAULT_LOCALE, localeOfPath, type Locale } from '../i18n/locales';
import { newestFirst } from '../lib/atom-feed';

export type Section = CollectionEntry<'sections'>;

const once = new Map<string, Promise<unknown>>();
const cached = <T>(key: string, make: () => Promise<T>): Promise<T> => {
  if (!once.has(key)) once.set(key, make());
  return once.get(key) as Promise<T>;
};

/** The language of a section entry, from its folder (content/<locale>/sections/). */
export const sectionLocale = (entry: Section): Locale => localeOfPath(`content/${entry.id}`);

/** Every section of a language in page order; fails the build on a duplicate id or order in that language,
 *  or a share-card figure the text does not print or another card already leads with. */
export function getSections(locale: Locale): Promise<Section[]> {
  return cached(`sections:${locale}`, async () => {
    const entries = (await getCollection('sections')).filter((e) => sectionLocale(e) === locale);
    assertUniqueSections(entries);
    // A share card is seen without its section: its figure must be one the text prints, and no two cards may lead alike.
    entries.forEach(assertKeyFigureInText);
    assertDistinctLeadNumbers(entries);
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

export type Front = CollectionEntry<'front'>;

/** The front page's words in a language (content/<locale>/front.mdx); a missing file fails the build naming it. */
export async function getFront(locale: Locale): Promise<Front> {
  const entry = (await getCollection('front')).find((e) => localeOfPath(`content/${e.id}`) === locale);
  if (!entry) throw new Error(`content/${locale}/front.mdx: missing; every language needs the front page's words (copy content/en/front.mdx)`);
  return entry;
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
  /** "development": news or a corrected fact; "site": layout, charts, translation, sourcing housekeeping. */
  scope: 'development' | 'site';
  /** One line for the home page's Latest line. */
  headline?: string;
  section?: string;
  text: string;
}

/** Developments first (newest first), then site changes (newest first): what returning readers look for. */
export function splitLog<T extends Pick<LogEntry, 'date' | 'scope'>>(entries: readonly T[]): { developments: T[]; site: T[] } {
  const newest = newestFirst(entries, (e) => e.date);
  return { developments: newest.filter((e) => e.scope === 'development'), site: newest.filter((e) => e.scope === 'site') };
}

/**
 * The home page's Latest line: the newest development; of several on the newest day, the latest added that
 * has a headline (an editor's pick for the front page), else the latest added.
 */
export function latestDevelopment(entries: LogEntry[]): LogEntry | undefined {
  const developments = splitLog(entries).developments;
  const day = developments[0]?.date.getTime();
  return developments.find((e) => e.date.getTime() === day && e.headline) ?? developments[0];
}

/** An entry in one line: its headline, or its first sentence. */
export const entryLine = (e: LogEntry): string => e.headline ?? /^.+?[.!?](?=\s|$)/.exec(e.text)?.[0] ?? e.text;

/**
 * A section's last change of substance: the newest development entry that names it or names no section
 * (site-wide); of two on the same day, the one that names the section.
 */
export function lastChangeOf(entries: LogEntry[], section: string): LogEntry | undefined {
  const mine = splitLog(entries).developments.filter((e) => e.section === section || e.section === undefined);
  const newest = mine[0];
  return mine.find((e) => e.section === section && e.date.getTime() === newest?.date.getTime()) ?? newest;
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
    const headline = new Map(entry.data.entries.map((t) => [t.id, t.headline]));
    const noHeadline = english.filter((e) => e.headline && text.has(e.id) && !headline.get(e.id)).map((e) => e.id);
    if (noHeadline.length) throw new Error(`${file}: entries ${noHeadline.join(', ')} need a "headline" (their English entries have one)`);
    const missing = english.filter((e) => !text.has(e.id)).map((e) => e.id);
    const extra = [...text.keys()].filter((id) => !english.some((e) => e.id === id));
    if (missing.length || extra.length) {
      throw new Error(`${file}: ${missing.length ? `no translation of entries ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `entries ${extra.join(', ')} are not in content/en/corrections.json` : ''}`);
    }
    return english.map((e) => ({ ...e, text: text.get(e.id)!, ...(e.headline ? { headline: headline.get(e.id)! } : {}) }));
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

export type Guide = CollectionEntry<'guide'>;

/** The ITIN guide in a language (content/<locale>/guide.mdx); a published language without one fails the build. */
export function getGuide(locale: Locale): Promise<Guide> {
  return cached(`guide:${locale}`, async () => {
    const entry = (await getCollection('guide')).find((e) => localeOfPath(`content/${e.id}`) === locale);
    if (!entry) throw new Error(`content/${locale}/guide.mdx: missing; every language needs the guide for ITIN filers (/itin/)`);
    return entry;
  });
}

/**
 * Where to get official help in a language (content/<locale>/help.json). Every language lists the same
 * places, by id and in the same order, so the editions never send readers to different offices.
 */
export function getHelp(locale: Locale): Promise<HelpEntry[]> {
  return cached(`help:${locale}`, async () => {
    const all = await getCollection('help');
    const mine = all.find((e) => e.id === locale);
    if (!mine) throw new Error(`content/${locale}/help.json: missing; every language needs the list of official help`);
    if (locale !== DEFAULT_LOCALE) {
      const english = all.find((e) => e.id === DEFAULT_LOCALE);
      const ids = (entries: HelpEntry[]) => entries.map((e) => e.id).join(', ');
      if (english && ids(english.data.entries) !== ids(mine.data.entries)) {
        throw new Error(`content/${locale}/help.json: entries ${ids(mine.data.entries)} differ from content/en/help.json (${ids(english.data.entries)}); list the same places in the same order`);
      }
    }
    return mine.data.entries;
  });
}
