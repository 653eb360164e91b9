import { SITE } from '../site';
import { FEED_PATH, feedText } from './atom-feed';

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
}

export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; attrs: Record<string, string> }
  | { tag: 'link'; attrs: Record<string, string> }
  | { tag: 'script'; attrs: { type: 'application/ld+json' }; text: string };

const iso = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));

/** Longest <title> search results show in full (html-validate's long-title rule uses the same limit). */
export const TITLE_MAX = 70;

/** "<page> | <site>"; with the short site name, or the page title alone, when that would run past TITLE_MAX. */
export function pageTitle(title?: string): string {
  if (!title) return SITE.name;
  return [`${title} | ${SITE.name}`, `${title} | ${SITE.shortName}`].find((t) => t.length <= TITLE_MAX) ?? title;
}

/** Builds every <head> tag of a page: title, description, canonical, Open Graph, Twitter, JSON-LD. */
export function buildHead(input: HeadInput): HeadTag[] {
  const { title, description, path, site, image, type = 'website', noindex = false } = input;
  if (!path.startsWith('/')) throw new Error(`buildHead: path must start with "/", got "${path}"`);
  if (!description.trim()) throw new Error(`buildHead: page ${path} has no description`);
  const url = new URL(path, site).href;
  const fullTitle = pageTitle(title);
  const headline = input.shareTitle ?? title ?? SITE.name;
  const tags: HeadTag[] = [
    { tag: 'title', text: fullTitle },
    { tag: 'meta', attrs: { name: 'description', content: description } },
    { tag: 'link', attrs: { rel: 'canonical', href: url } },
    { tag: 'meta', attrs: { property: 'og:type', content: type } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: SITE.name } },
    { tag: 'meta', attrs: { property: 'og:locale', content: 'en_US' } },
    { tag: 'meta', attrs: { property: 'og:title', content: headline } },
    { tag: 'meta', attrs: { property: 'og:description', content: description } },
    { tag: 'meta', attrs: { property: 'og:url', content: url } },
    // Every page points feed readers at the updates and corrections log (same origin, so site-relative).
    { tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: feedText(SITE.lang).title, href: FEED_PATH } },
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
  if (type === 'article') {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline,
      description,
      url,
      mainEntityOfPage: url,
      inLanguage: SITE.lang,
      ...(image ? { image: [new URL(image.path, site).href] } : {}),
      ...(input.published ? { datePublished: iso(input.published) } : {}),
      ...(input.modified ? { dateModified: iso(input.modified) } : {}),
      publisher: { '@type': 'Organization', name: SITE.publisher },
    };
    // "<" is escaped so a title can never close the script element.
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, text: JSON.stringify(ld).replace(/</g, '\\u003c') });
  }
  return tags;
}
