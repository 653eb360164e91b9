// A chart's one-line source: the publishers only, so the line stays short on a phone; the full citations
// (title, date, link) sit in the figure's disclosure. The figure, the embed page and the PNG/SVG files all
// print this same line (issue 23: "one short Source line naming publishers").

/** The fields of a dataset source this line reads. */
export interface LineSource {
  id: string;
  publisher: string;
  short?: string | undefined;
}

/** How many publishers the line names before it counts the rest. */
export const SOURCE_LINE_SHOWN = 4;

/** The sources with those the rows cite first (the disclosure lists them in this order too). */
export function citedFirst<S extends LineSource>(sources: readonly S[], rows: readonly { source: string }[]): S[] {
  const cited = new Set(rows.map((r) => r.source));
  return [...sources].sort((a, b) => Number(cited.has(b.id)) - Number(cited.has(a.id)));
}

/** Each source's short name (its publisher when it has none), sources the rows cite first, each name once. */
export function sourcePublishers(sources: readonly LineSource[], rows: readonly { source: string }[]): string[] {
  return [...new Set(citedFirst(sources, rows).map((s) => s.short ?? s.publisher))];
}

/**
 * The names joined with "; ", or the first SOURCE_LINE_SHOWN and the count of the rest in the page's words
 * (`andOthers(3)` → "and 3 others"); a single extra name is printed rather than counted.
 */
export function sourceLine(publishers: readonly string[], andOthers: (n: number) => string): string {
  const shown = SOURCE_LINE_SHOWN;
  return publishers.length > shown + 1
    ? `${publishers.slice(0, shown).join('; ')} ${andOthers(publishers.length - shown)}`
    : publishers.join('; ');
}
