// The Atom feed (RFC 4287) of the updates and corrections log, so readers can follow changes in a
// feed reader. Pure: the page (src/pages/[...lang]/updates.xml.ts) gathers the log and the section
// titles; the words come from the language's dictionary (src/i18n/ui/), one feed per language.
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** id of the log's list on the page (Corrections.astro); each entry in it is #log-<entry id>. */
export const LOG_ID = 'corrections-log';

/**
 * The log's order, on the page and in the feed: newest first, and entries of one day in the file's order
 * reversed, so the latest addition to content/en/corrections.json is on top and "First published" last.
 */
export function newestFirst<T>(entries: readonly T[], date: (entry: T) => Date): T[] {
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => date(b.entry).getTime() - date(a.entry).getTime() || b.position - a.position)
    .map(({ entry }) => entry);
}

/** One log entry, as the feed needs it. */
export interface FeedEntryInput {
  /** Stable id from content/en/corrections.json. */
  id: string;
  date: Date;
  kind: 'correction' | 'update';
  /** "development" (news, corrected facts) or "site" (layout, charts, sourcing housekeeping). */
  scope: 'development' | 'site';
  text: string;
  /** Title of the section the entry concerns, and the site path that shows it ("/s/the-data/"). */
  section?: { title: string; path: string };
}

export interface FeedInput {
  locale: Locale;
  /** Absolute site origin with trailing slash. */
  site: URL | string;
  /** Site-relative path of this feed, and of the log on the page ("/#corrections-log"). */
  feedPath: string;
  logPath: string;
  siteName: string;
  author: string;
  entries: FeedEntryInput[];
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** RFC 3339 timestamp of a log day (the log records days; midnight UTC stands for the day). */
const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The feed as an XML string: newest entry first, each with id, title, dates, links, category and text. */
export function atomFeed(input: FeedInput): string {
  const t = ui(input.locale);
  const text = { ...t.feed, kind: { correction: t.log.correction, update: t.log.update } };
  const scopeLabel = { development: t.log.developments, site: t.log.siteChanges };
  const lang = LOCALE_INFO[input.locale].lang;
  if (input.entries.length === 0) throw new Error('atom-feed: the log has no entries');
  const abs = (path: string) => new URL(path, input.site).href;
  const seen = new Set<string>();
  for (const e of input.entries) {
    if (seen.has(e.id)) throw new Error(`atom-feed: two log entries share the id "${e.id}"`);
    seen.add(e.id);
  }
  // Developments lead (newest first), then site changes, as on the log page: what returning readers follow.
  const byDate = newestFirst(input.entries, (e) => e.date);
  const entries = [
    ...byDate.filter((e) => e.scope === 'development'),
    ...byDate.filter((e) => e.scope !== 'development'),
  ];
  const logUrl = abs(input.logPath);
  const body = entries.map((e) => {
    const kind = e.scope === 'site' ? t.log.siteChange : text.kind[e.kind];
    // The entry's own place in the log is its permanent id; its link goes to what changed.
    const id = new URL(`#log-${e.id}`, logUrl).href;
    const link = e.section ? abs(e.section.path) : id;
    return [
      '  <entry>',
      `    <id>${escapeXml(id)}</id>`,
      `    <title>${escapeXml(text.entryTitle(kind, e.section?.title ?? input.siteName))}</title>`,
      `    <published>${stamp(e.date)}</published>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <category term="${e.kind}" label="${escapeXml(text.kind[e.kind])}"/>`,
      `    <category term="${e.scope}" label="${escapeXml(scopeLabel[e.scope])}"/>`,
      `    <content type="text">${escapeXml(e.text)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">`,
    `  <id>${escapeXml(abs(input.feedPath))}</id>`,
    `  <title>${escapeXml(text.title)}</title>`,
    `  <subtitle>${escapeXml(text.subtitle)}</subtitle>`,
    `  <updated>${stamp(byDate[0]!.date)}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(input.feedPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(logUrl)}"/>`,
    ...body,
    '</feed>',
    '',
  ].join('\n');
}
