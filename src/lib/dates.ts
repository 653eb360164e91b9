/** "November 25, 2026" — dates are UTC calendar days, never shifted by the reader's zone. */
export function formatDate(date: Date, locale = 'en-US'): string {
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-25" for <time datetime>. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A source's publication date as printed, or "undated" when the page shows none. */
export const formatSourceDate = (date: string | undefined) => (date ? formatPartialDate(date) : 'undated');

/** A source date at the precision it is known: "2024-07-30" → "July 30, 2024"; "2025-07" → "July 2025"; "2025" → "2025". */
export function formatPartialDate(date: string, locale = 'en-US'): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return utc.toLocaleDateString(locale, options);
}
