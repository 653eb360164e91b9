// What a page or component needs to speak its language, read from the URL it renders at:
// "/es/…" is Spanish, everything else English. Every component calls it instead of being handed
// a locale down the tree (MDX components cannot be handed props by the page).
import { formatters, type Formatters } from './format';
import { DEFAULT_LOCALE, LOCALE_INFO, PUBLISHED, isLocale, type Locale, type LocaleInfo } from './locales';
import { langParam, paths, type Paths } from './paths';
import { ui, type Dictionary } from './ui';

export function localeOfUrl(url: URL | string): Locale {
  const path = typeof url === 'string' ? url : url.pathname;
  const first = path.split('/')[1];
  return first && first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

export interface PageLanguage {
  locale: Locale;
  info: LocaleInfo;
  t: Dictionary;
  p: Paths;
  f: Formatters;
}

export function language(locale: Locale): PageLanguage {
  return { locale, info: LOCALE_INFO[locale], t: ui(locale), p: paths(locale), f: formatters(locale) };
}

/** The language of the page being rendered. */
export const pageLanguage = (url: URL) => language(localeOfUrl(url));

/** getStaticPaths entries for a page that exists in every published language ([...lang] routes). */
export const localeRoutes = () =>
  PUBLISHED.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));

/** getStaticPaths entries made per published language and joined: `make` gets the language and its lang param. */
export async function eachLocale<T>(
  make: (locale: Locale, params: { lang: string | undefined }) => Promise<T[]> | T[],
): Promise<T[]> {
  return (await Promise.all(PUBLISHED.map((locale) => make(locale, { lang: langParam(locale) })))).flat();
}
