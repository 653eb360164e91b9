import { PUBLISHED, type Locale } from './locales';
import { language, type PageLanguage } from './page';

/** The same page in every published language, for hreflang: `pathIn` gives its path in one language. */
export function alternatesOf(pathIn: (lang: PageLanguage) => string): Partial<Record<Locale, string>> {
  return Object.fromEntries(PUBLISHED.map((locale) => [locale, pathIn(language(locale))]));
}
