// The one place that builds a page's <head>: character set, viewport and icons, title, description,
// canonical, language alternates (hreflang), Open Graph, Twitter and JSON-LD, in the page's language.
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';
import { SHARED_PATHS, paths } from '../i18n/paths';
import { ui } from '../i18n/ui';
import type { BreadcrumbList, NewsArticle, WithContext } from 'schema-dts';

/** What a page tells crawlers and share cards about itself. */
export interface HeadInput {
  /** Page title without the site name ("In court"); omit on the home page. */
  title?: string;
  /** Headline that stands alone in a feed, for og:title, twitter:title and JSON-LD; defaults to title. */
  shareTitle?: string;
  /** One or two sentences; becomes the meta and Open Graph description. */
  description: string;
  /** Site-relative path of the page, e.g. "/s/in-court/". */
  path: string;
  /** Absolute site origin with trailing slash (Astro.site). */
  site: URL | string;
  /** Site-relative path of a 1200×630 PNG share image. */
  image?: { path: string; alt: string; width?: number; height?: number };
  /** "article" for content pages, "website" for the rest. */
  type?: 'article' | 'website';
  /** Publication and modification dates for JSON-LD (YYYY-MM-DD or Date). */
  published?: string | Date;
  modified?: string | Date;
  /** Keep the page out of search indexes (404). */
  noindex?: boolean;
  /** The page's language (default English). */
  locale?: Locale;
  /** The same page in each language, site-relative, for hreflang; listed only when there are two or more. */
  alternates?: Partial<Record<Locale, string>>;
  /** A chart page's data, described as a schema.org Dataset (datasetJsonLd). */
  dataset?: DatasetInput;
  /** Where the page sits, from the front page down (site-relative paths): a BreadcrumbList for search engines. */
  breadcrumbs?: { name: string; path: string }[];
}

/** What a chart page says about its data: the Dataset JSON-LD's fields. */
export interface DatasetInput {
  name: string;
  description: string;
  /** Site-relative path of the CSV download. */
  csv: string;
  /** The periods the rows cover, as the data files write them ("2022", "FY 2024"); their years make temporalCoverage. */
  periods: string[];
  /** The sources the figures come from. */
  sources: { title: string; publisher: string; url: string; date?: string }[];
  modified?: string | Date;
}

export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; attrs: Record<string, string> }
  | { tag: 'link'; attrs: Record<string, string> }
  | { tag: 'script'; attrs: { type: 'application/ld+json' }; text: string };

const iso = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));

/** Longest share description: what a feed shows under a card before it cuts the text. */
export const SHARE_DESCRIPTION_MAX = 200;

/** Longest <title> search results show in full (html-validate's long-title rule uses the same limit). */
export const TITLE_MAX = 70;

/** "<page> | <site>"; with the short site name, or the page title alone, when that would run past TITLE_MAX. */
export function pageTitle(title?: string, locale: Locale = DEFAULT_LOCALE): string {
  const { name, shortName } = ui(locale).site;
  if (!title) return name;
  return [`${title} | ${name}`, `${title} | ${shortName}`].find((t) => t.length <= TITLE_MAX) ?? title;
}

/** Tags every page starts with: character set, viewport, colour schemes, referrer policy, icons, sitemap. */
export const BASE_TAGS: HeadTag[] = [
  { tag: 'meta', attrs: { charset: 'utf-8' } },
  { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
  { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' } },
  { tag: 'meta', attrs: { name: 'theme-color', content: '#ffffff', media: '(prefers-color-scheme: light)' } },
  { tag: 'meta', attrs: { name: 'theme-color', content: '#121417', media: '(prefers-color-scheme: dark)' } },
  { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } },
  { tag: 'link', attrs: { rel: 'icon', href: SHARED_PATHS.favicon, type: 'image/svg+xml' } },
  { tag: 'link', attrs: { rel: 'icon', href: SHARED_PATHS.favicon32, type: 'image/png', sizes: '32x32' } },
  { tag: 'link', attrs: { rel: 'apple-touch-icon', href: SHARED_PATHS.appleTouchIcon } },
  { tag: 'link', attrs: { rel: 'sitemap', href: SHARED_PATHS.sitemap } },
];

/** Builds every <head> tag of a page: title, description, canonical, alternates, Open Graph, Twitter, JSON-LD. */
export function buildHead(input: HeadInput): HeadTag[] {
  const { title, description, path, site, image, type = 'website', noindex = false, locale = DEFAULT_LOCALE } = input;
  if (!path.startsWith('/')) throw new Error(`buildHead: path must start with "/", got "${path}"`);
  if (!description.trim()) throw new Error(`buildHead: page ${path} has no description`);
  const t = ui(locale);
  const url = new URL(path, site).href;
  const fullTitle = pageTitle(title, locale);
  const headline = input.shareTitle ?? title ?? t.site.name;
  const others = Object.entries(input.alternates ?? {}).filter(([l]) => l !== locale) as [Locale, string][];
  const languages = others.length ? ([[locale, path], ...others] as [Locale, string][]) : [];
  const tags: HeadTag[] = [
    { tag: 'title', text: fullTitle },
    { tag: 'meta', attrs: { name: 'description', content: description } },
    { tag: 'link', attrs: { rel: 'canonical', href: url } },
    // Each language version of the page, and x-default (English) for readers of neither.
    ...languages.map(([l, p]): HeadTag => ({
      tag: 'link',
      attrs: { rel: 'alternate', hreflang: LOCALE_INFO[l].lang, href: new URL(p, site).href },
    })),
    ...(languages.length
      ? [
          {
            tag: 'link',
            attrs: {
              rel: 'alternate',
              hreflang: 'x-default',
              href: new URL(input.alternates?.[DEFAULT_LOCALE] ?? path, site).href,
            },
          } as HeadTag,
        ]
      : []),
    { tag: 'meta', attrs: { property: 'og:type', content: type } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: t.site.name } },
    { tag: 'meta', attrs: { property: 'og:locale', content: LOCALE_INFO[locale].og } },
    ...others.map(([l]): HeadTag => ({
      tag: 'meta',
      attrs: { property: 'og:locale:alternate', content: LOCALE_INFO[l].og },
    })),
    { tag: 'meta', attrs: { property: 'og:title', content: headline } },
    { tag: 'meta', attrs: { property: 'og:description', content: description } },
    { tag: 'meta', attrs: { property: 'og:url', content: url } },
    // Every page points feed readers at the updates and corrections log (same origin, so site-relative).
    {
      tag: 'link',
      attrs: { rel: 'alternate', type: 'application/atom+xml', title: t.feed.title, href: paths(locale).feed },
    },
  ];
  if (noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  if (image) {
    const src = new URL(image.path, site).href;
    tags.push(
      { tag: 'meta', attrs: { property: 'og:image', content: src } },
      { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
      { tag: 'meta', attrs: { property: 'og:image:width', content: String(image.width ?? 1200) } },
      { tag: 'meta', attrs: { property: 'og:image:height', content: String(image.height ?? 630) } },
      { tag: 'meta', attrs: { property: 'og:image:alt', content: image.alt } },
      { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
      { tag: 'meta', attrs: { name: 'twitter:image', content: src } },
      { tag: 'meta', attrs: { name: 'twitter:image:alt', content: image.alt } },
    );
  } else {
    tags.push({ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } });
  }
  tags.push(
    { tag: 'meta', attrs: { name: 'twitter:title', content: headline } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: description } },
  );
  if (input.dataset) tags.push(jsonLdTag(datasetJsonLd(input.dataset, { url, site, locale })));
  if (type === 'article') tags.push(jsonLdTag(newsArticle(input)));
  if (input.breadcrumbs?.length) tags.push(jsonLdTag(breadcrumbList(input.breadcrumbs, site)));
  return tags;
}

/** A JSON-LD script; "<" is escaped so a title can never close the script element. */
const jsonLdTag = (data: object): HeadTag => ({
  tag: 'script',
  attrs: { type: 'application/ld+json' },
  text: JSON.stringify(data).replace(/</g, '\\u003c'),
});

/** The schema.org NewsArticle search engines read for an article page (typed by schema-dts). */
export function newsArticle(input: HeadInput): WithContext<NewsArticle> {
  const { description, path, site, image, locale = DEFAULT_LOCALE } = input;
  if (!input.published || !input.modified)
    throw new Error(`buildHead: article page ${path} needs published and modified dates`);
  const t = ui(locale);
  const url = new URL(path, site).href;
  const home = new URL(paths(locale).home, site).href;
  const org = { '@type': 'Organization', name: t.site.publisher, url: home } as const;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.shareTitle ?? input.title ?? t.site.name,
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: LOCALE_INFO[locale].lang,
    ...(image ? { image: [new URL(image.path, site).href] } : {}),
    datePublished: iso(input.published),
    dateModified: iso(input.modified),
    author: org,
    publisher: { ...org, logo: { '@type': 'ImageObject', url: new URL(SHARED_PATHS.appleTouchIcon, site).href } },
    isAccessibleForFree: true,
  };
}

/** The schema.org BreadcrumbList of a page's place, positions from 1. */
export function breadcrumbList(
  crumbs: { name: string; path: string }[],
  site: URL | string,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: new URL(c.path, site).href,
    })),
  };
}

/** "2022" or "2019/2025": the span of the four-digit years in the periods (ISO 8601), or undefined when none. */
export function temporalCoverage(periods: string[]): string | undefined {
  const years = periods.flatMap((p) => p.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number);
  if (!years.length) return undefined;
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return from === to ? String(from) : `${from}/${to}`;
}

/** schema.org Dataset of a chart page: its CSV as the distribution, its sources as what it is based on. */
export function datasetJsonLd(
  d: DatasetInput,
  page: { url: string; site: URL | string; locale: Locale },
): Record<string, unknown> {
  const t = ui(page.locale);
  const coverage = temporalCoverage(d.periods);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: page.url,
    inLanguage: LOCALE_INFO[page.locale].lang,
    license: t.kit.licenceUrl,
    creator: { '@type': 'Organization', name: t.site.publisher },
    isAccessibleForFree: true,
    ...(coverage ? { temporalCoverage: coverage } : {}),
    ...(d.modified ? { dateModified: iso(d.modified) } : {}),
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: new URL(d.csv, page.site).href }],
    isBasedOn: d.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.date ? { datePublished: s.date } : {}),
    })),
    citation: d.sources.map((s) => `${s.publisher}, “${s.title}”${s.date ? `, ${s.date}` : ''}, ${s.url}`),
  };
}
