// The sentence a chart prints under itself for rows it lists instead of drawing ("Not comparable, so not
// drawn: …"), from the words and formats of a language. Pure; the chart shell, the reuse kit's embed page,
// standalone file and embed height use it.
import type { DataRow } from '../content/data-schema';
import type { ChartFormats, NotDrawnWords } from './words';

export function notDrawnNote(
  rows: readonly DataRow[],
  words: NotDrawnWords,
  f: Pick<ChartFormats, 'value'>,
): string | undefined {
  if (rows.length === 0) return undefined;
  const revised = rows.map((r) => `${r.label} ${f.value(r.value, r.unit)}`).join('; ');
  // A note written as a sentence keeps its one full stop ("…figure." not "…figure..").
  const why = rows.find((r) => r.note)?.note?.replace(/\.$/, '');
  return `${words.notComparable} ${rows[0]!.group ?? words.revisedSeries}: ${revised}.${why ? ` ${why}.` : ''}`;
}
