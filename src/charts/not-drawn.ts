// The sentence a chart prints under itself for rows it lists instead of drawing ("Not comparable, so not
// drawn: …"), in a language. Pure; the reuse kit's embed page, standalone file and embed height use it.
import type { DataRow } from '../content/data-schema';
import { formatters } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

export function notDrawnNote(rows: readonly DataRow[], locale: Locale): string | undefined {
  if (rows.length === 0) return undefined;
  const words = ui(locale).chart;
  const f = formatters(locale);
  const revised = rows.map((r) => `${r.label} ${f.value(r.value, r.unit)}`).join('; ');
  // A note written as a sentence keeps its one full stop ("…figure." not "…figure..").
  const why = rows.find((r) => r.note)?.note?.replace(/\.$/, '');
  return `${words.notComparable} ${rows[0]!.group ?? words.revisedSeries}: ${revised}.${why ? ` ${why}.` : ''}`;
}
