/** "25 November 2026" — dates are UTC calendar days, never shifted by the reader's zone. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-25" for <time datetime>. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
