import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertUniqueSections } from '../content/section-schema';

export type Section = CollectionEntry<'sections'>;

/** Every section in page order; fails the build on a duplicate id or order. */
export async function getSections(): Promise<Section[]> {
  const entries = await getCollection('sections');
  assertUniqueSections(entries);
  return entries.sort((a, b) => a.data.order - b.data.order);
}

export interface Citation {
  label: string;
  text: string;
  url: string;
}

/** A section's rendered body and the citations remark-citations collected from it. */
export async function renderSection(section: Section) {
  const { Content, remarkPluginFrontmatter } = await render(section);
  const citations = (remarkPluginFrontmatter.citations ?? []) as Citation[];
  return { Content, citations };
}

/** The newest `updated` date among sections and extra dates (corrections), as YYYY-MM-DD. */
export function lastUpdated(sections: Section[], extra: Date[] = []): Date {
  const times = [...sections.map((s) => s.data.updated.getTime()), ...extra.map((d) => d.getTime())];
  if (times.length === 0) throw new Error('lastUpdated: no sections');
  return new Date(Math.max(...times));
}
