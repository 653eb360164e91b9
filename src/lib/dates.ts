/** "25 November 2026" — dates are UTC calendar days, never shifted by the reader's zone. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-25" for <time datetime>. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A source date at the precision it is known: "2024-07-30" → "30 July 2024"; "2025-07" → "July 2025"; "2025" → "2025". */
/** A source's publication date as printed, or "undated" when the page shows none. */
export const formatSourceDate = (date: string | undefined) => (date ? formatPartialDate(date) : 'undated');

export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
