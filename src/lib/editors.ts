// The people named in the byline. A deploy sets EDITORS to a comma-separated list of names
// ("Ana Ruiz, Sam Lee"); without it the byline names the project, as it always has.
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** The names in an EDITORS value, trimmed; [] when unset. A name with markup or digits is a typo'd setting. */
export function parseEditors(value: string | undefined): string[] {
  const raw = (value ?? '').trim();
  if (!raw) return [];
  const names = raw.split(',').map((n) => n.trim());
  for (const name of names) {
    if (!name || name.length > 80 || /[<>@\d]/.test(name)) {
      throw new Error(
        `EDITORS must be names separated by commas, like "Ana Ruiz, Sam Lee"; got "${raw}" (bad name: "${name}")`,
      );
    }
  }
  return names;
}

/** The byline in the reader's language: "By Ana Ruiz and Sam Lee" / "Por Ana Ruiz y Sam Lee", else the project's. */
export function byline(editors: string[], locale: Locale = DEFAULT_LOCALE): string {
  const t = ui(locale).site;
  if (!editors.length) return t.byline;
  const list = new Intl.ListFormat(LOCALE_INFO[locale].lang, { style: 'long', type: 'conjunction' }).format(editors);
  return `${t.bylineBy} ${list}`;
}
