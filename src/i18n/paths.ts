// Every internal URL of the site, for a locale. English lives at the root, other languages under
// /<locale>/. No other file writes a root-absolute internal path: they ask this module.
import { DEFAULT_LOCALE, type Locale } from './locales';

/** "/" for English, "/es/" for Spanish: the root of a language's pages. */
export const localeRoot = (locale: Locale) => (locale === DEFAULT_LOCALE ? '/' : `/${locale}/`);

export interface Paths {
  home: string;
  /** Where a link to a section goes: its reading page, "/s/in-court/". */
  section: (id: string) => string;
  /** A section's own page (reading and share page): "/s/in-court/". */
  share: (id: string) => string;
  /** A section's entry in the home page's index: "/#in-court", where links shared before the front page still land. */
  entry: (id: string) => string;
  /** The whole explainer on one page, for print and search: "/all/". */
  all: string;
  /** A section within the one-page explainer: "/all/#in-court". */
  inAll: (id: string) => string;
  summary: string;
  /** The guide for people who file taxes with an ITIN: "/itin/". */
  guide: string;
  sources: string;
  /** The whole corrections and updates log. */
  updates: string;
  /** The log's Atom feed. */
  feed: string;
  /** A share card image: "/og/in-court.png", "/og/home.png". */
  card: (name: string) => string;
  /** A dataset's CSV download. */
  csv: (dataset: string) => string;
  /** A chart's share page: "/c/taxes-by-level/". */
  chartPage: (id: string) => string;
  /** A chart alone, to be framed by other sites: "/embed/taxes-by-level/". */
  embed: (id: string) => string;
  /** A chart as a PNG image: "/charts/taxes-by-level.png". */
  chartPng: (id: string) => string;
  /** A chart as a standalone SVG file: "/charts/taxes-by-level.svg". */
  chartSvg: (id: string) => string;
  /** A chart's 1200×630 share card: "/og/chart-taxes-by-level.png". */
  chartCard: (id: string) => string;
}

export function paths(locale: Locale): Paths {
  const root = localeRoot(locale);
  return {
    home: root,
    section: (id) => `${root}s/${id}/`,
    share: (id) => `${root}s/${id}/`,
    entry: (id) => `${root}#${id}`,
    all: `${root}all/`,
    inAll: (id) => `${root}all/#${id}`,
    summary: `${root}summary/`,
    guide: `${root}itin/`,
    sources: `${root}sources/`,
    updates: `${root}updates/`,
    feed: `${root}updates.xml`,
    card: (name) => `${root}og/${name}.png`,
    csv: (dataset) => `${root}data/${dataset}.csv`,
    chartPage: (id) => `${root}c/${id}/`,
    embed: (id) => `${root}embed/${id}/`,
    chartPng: (id) => `${root}charts/${id}.png`,
    chartSvg: (id) => `${root}charts/${id}.svg`,
    chartCard: (id) => `${root}og/chart-${id}.png`,
  };
}

/** Files every language shares. */
export const SHARED_PATHS = {
  notFound: '/404.html',
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  favicon32: '/favicon-32.png',
  appleTouchIcon: '/apple-touch-icon.png',
} as const;

/**
 * Points a link written in content ("/#the-law", "/sources/") at the same place in `locale`. Links
 * in MDX are written once, as English site paths, so a translation keeps them unchanged.
 */
export function localizeHref(href: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === `/${locale}` || href.startsWith(`/${locale}/`)) return href;
  return `${localeRoot(locale)}${href.slice(1)}`;
}

/** Routes of a page in each language, for Astro's getStaticPaths: English has no prefix. */
export const langParam = (locale: Locale) => (locale === DEFAULT_LOCALE ? undefined : locale);

/**
 * A content link to a section, written "/#the-law" (the anchor it had when every section was on the
 * home page), leads to that section's own page, "/s/the-law/"; other links pass unchanged.
 */
export const sectionPageHref = (href: string): string => {
  const m = /^\/#([a-z0-9-]+)$/.exec(href);
  return m ? `/s/${m[1]}/` : href;
};
