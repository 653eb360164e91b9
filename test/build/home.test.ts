import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { page } from '../setup/dist';

const doc = page('/');
const sectionFiles = readdirSync('content/en/sections').filter((f) => f.endsWith('.mdx'));

describe('the built home page', () => {
  it('has exactly one main landmark, a skip link to it and one h1', () => {
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelector('main')?.id).toBe('main');
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('renders every section file as a <section id> with an h2, in frontmatter order', () => {
    const sections = doc.querySelectorAll('main section.section');
    expect(sections.length).toBe(sectionFiles.length);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const s of sections) expect(s.querySelector('h2')?.text.trim()).toBeTruthy();
    const orders = sectionFiles
      .map((f) => readFileSync(`content/en/sections/${f}`, 'utf8'))
      .map((text) => ({ id: /^id:\s*(\S+)/m.exec(text)?.[1], order: Number(/^order:\s*(\d+)/m.exec(text)?.[1]) }))
      .sort((a, b) => a.order - b.order)
      .map((s) => s.id);
    expect(sections.map((s) => s.id)).toEqual(orders);
  });

  it('lists every section in the table of contents, in page order', () => {
    const tocTargets = doc.querySelectorAll('nav.toc ol a').map((a) => a.getAttribute('href'));
    const ids = doc.querySelectorAll('main section.section').map((s) => `#${s.id}`);
    expect(tocTargets).toEqual(ids);
  });

  it('shows the last-updated date in the footer as a machine-readable date', () => {
    const time = doc.querySelector('footer time');
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(time?.text).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });

  it('has no element id used twice (footnotes and headings are scoped per section)', () => {
    const ids = doc.querySelectorAll('[id]').map((el) => el.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('shows back matter as a brief: its summary and links to its full page, all sources and the log', () => {
    const briefs = doc.querySelectorAll('main section.section').filter((s) => s.querySelector('.section-brief'));
    // Back matter, the timeline and the questions (in full on their own pages) show as briefs.
    expect(briefs.map((s) => s.id)).toEqual(['timeline', 'questions', 'sources-and-methods']);
    for (const s of briefs) {
      const links = s.querySelectorAll('.section-brief a').map((a) => a.getAttribute('href'));
      expect(links).toEqual([`/s/${s.id}/`, '/sources/', '/updates/']);
      expect(s.querySelectorAll('.footnotes')).toHaveLength(0);
      // Its own page has it in full, with its notes.
      expect(page(`/s/${s.id}/`).querySelectorAll(`section#${s.id} .footnotes li`).length).toBeGreaterThan(5);
    }
  });
});
