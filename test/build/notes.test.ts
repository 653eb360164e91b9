import { describe, expect, it } from 'vitest';
import { allPages, page } from '../setup/dist';

// Notes and sources out of the reading path, checked in the built HTML: every note is still there,
// folded per section; the full source list has its own page; glossary terms are not buttons.
const home = page('/all/'); // the whole explainer on one page
// Sections shown in full on / (back matter shows there as a brief, with no notes of its own).
const sections = home.querySelectorAll('main section.section').filter((s) => !s.querySelector('.section-brief'));

describe('notes, sources and terms in the built pages', () => {
  it('folds each section’s notes into one closed <details> whose summary counts them, with every note inside', () => {
    expect(sections.length).toBeGreaterThanOrEqual(9);
    for (const section of sections) {
      const folds = section.querySelectorAll('.footnotes details.notes-block');
      expect(folds.length, section.id).toBe(1);
      const [fold] = folds;
      expect(fold.hasAttribute('open'), section.id).toBe(false);
      const notes = fold.querySelectorAll('ol > li[id]');
      expect(notes.length, section.id).toBeGreaterThan(0);
      expect(fold.querySelector('summary')!.text.trim(), section.id).toBe(`Notes (${notes.length})`);
      // Every note number in the section leads to a note inside its fold.
      for (const ref of section.querySelectorAll('a[data-footnote-ref]')) {
        const id = ref.getAttribute('href')!.slice(1);
        expect(fold.querySelector(`li[id="${id}"]`), `${section.id}: ${id}`).toBeTruthy();
      }
    }
  });

  it('lists all sources on /sources/, not on the home page, and links that page from every section', () => {
    expect(home.querySelectorAll('.source-list li')).toHaveLength(0);
    for (const section of sections) expect(section.querySelector('a[href="/sources/"]'), section.id).toBeTruthy();
    const sources = page('/sources/');
    const entries = sources.querySelectorAll('main .source-list li');
    expect(entries.length).toBeGreaterThanOrEqual(100);
    // One entry per source address, and every address any note on the home page cites first is listed.
    const listed = entries.map((li) => li.querySelector('a')!.getAttribute('href')!);
    expect(new Set(listed).size).toBe(listed.length);
    const firstLinks = home
      .querySelectorAll('.footnotes li[id]')
      .map((li) => li.querySelector('a[href^="https://"]')!.getAttribute('href')!);
    expect(firstLinks.filter((href) => !listed.includes(href))).toEqual([]);
    expect(sources.querySelector('main .source-count')!.text).toContain(`${entries.length} sources`);
    // "Cited in" links point at sections that exist on the home page (a brief one included).
    const ids = new Set(home.querySelectorAll('main section.section').map((s) => s.id));
    const cited = sources
      .querySelectorAll('main .source-list .meta a')
      .map((a) => a.getAttribute('href')!.replace(/^\/s\/|\/$/g, ''));
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('puts no <button> inside the running text of a paragraph or list item on any page (a button cannot break across lines)', () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      // A form's own submit button (the Mastodon share form) is a control, not running text.
      const inText = page(path)
        .querySelectorAll(':is(p, li) button')
        .filter((b) => !b.closest('form'))
        // A list item that holds only the button (the reuse kit's row of actions) is a control, not text.
        .filter((b) => b.closest('p, li')!.text.trim() !== b.text.trim())
        .map((b) => b.outerHTML.slice(0, 80));
      expect(inText, path).toEqual([]);
    }
    expect(home.querySelectorAll('main p a.term, main li a.term').length).toBeGreaterThan(5);
  });

  it('marks the "More: …" cross-links and "Back to contents" as screen-only', () => {
    const more = home.querySelectorAll('main a').filter((a) => a.text.startsWith('More:'));
    expect(more.length).toBeGreaterThan(3);
    for (const a of [...more, ...home.querySelectorAll('.to-contents')])
      expect(a.classList.contains('print-hide'), a.outerHTML).toBe(true);
  });
});
