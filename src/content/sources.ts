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
