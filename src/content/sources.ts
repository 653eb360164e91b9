// Every source cited in a language's sections, one entry per URL, with the sections that cite it,
// sorted by their text in that language's collation. Pure: SourceList.astro renders it.
import type { Citation } from './load';

export interface CitingSection {
  id: string;
  title: string;
  citations: Citation[];
}

export interface GatheredSource extends Citation {
  sections: { id: string; title: string }[];
}

export function gatherSources(sections: CitingSection[], collation: string): GatheredSource[] {
  const byUrl = new Map<string, GatheredSource>();
  for (const section of sections) {
    for (const c of section.citations) {
      const entry = byUrl.get(c.url) ?? { ...c, sections: [] };
      if (!entry.sections.some((s) => s.id === section.id)) entry.sections.push({ id: section.id, title: section.title });
      byUrl.set(c.url, entry);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.text.localeCompare(b.text, collation));
}

/** A source's text cut into runs, the English ones marked, so a page in another language can set their lang. */
export function languageRuns(text: string, english: readonly string[] = []): { text: string; english: boolean }[] {
  const runs: { text: string; english: boolean }[] = [];
  let rest = text;
  for (const part of english) {
    const at = part ? rest.indexOf(part) : -1;
    if (at < 0) continue;
    if (at > 0) runs.push({ text: rest.slice(0, at), english: false });
    runs.push({ text: part, english: true });
    rest = rest.slice(at + part.length);
  }
  if (rest) runs.push({ text: rest, english: false });
  return runs;
}
