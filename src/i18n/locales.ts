import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The site's languages. English is the default and lives at the root; every other language lives
// under /<code>/. Adding a language: add it here, add its dictionary (src/i18n/ui/), its chart words
// (src/i18n/charts/) and its content (content/<code>/).

/** Every language the code has words for. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/**
 * The languages the site publishes pages in: English, and every other language whose content folder
 * (content/<locale>/sections/) exists. Adding that folder publishes the edition; the build then fails,
 * naming the file, on any English section, log entry, summary or chart words it lacks.
 */
export const PUBLISHED: readonly Locale[] = LOCALES.filter(
  (l) => l === 'en' || existsSync(join(process.cwd(), 'content', l, 'sections')),
);

export interface LocaleInfo {
  /** BCP 47 tag for <html lang> and hreflang, e.g. "en". */
  lang: string;
  /** Region-specific tag for Intl formatting, e.g. "en-US", "es-US". */
  intl: string;
  /** Open Graph locale, e.g. "en_US". */
  og: string;
  /** The language's own name, for the language switch. */
  name: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', intl: 'en-US', og: 'en_US', name: 'English' },
  es: { lang: 'es', intl: 'es-US', og: 'es_US', name: 'Español' },
};

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The locale a content file belongs to, from its path under content/<locale>/. */
export function localeOfPath(path: string): Locale {
  const match = /(?:^|\/)content\/([a-z]{2})\//.exec(path.replace(/\\/g, '/'));
  const code = match?.[1];
  if (!code || !isLocale(code))
    throw new Error(`${path}: not under content/<locale>/ for a known locale (${LOCALES.join(', ')})`);
  return code;
}
