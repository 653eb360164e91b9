import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { page } from '../setup/dist';

// The explainer's promises about sourcing, checked on the built home page.
const doc = page('/all/'); // the whole explainer on one page
// Back matter shows on / as a brief (summary and links); its full text is on its own page.
const sections = doc
  .querySelectorAll('main section.section')
  .map((s) => (s.querySelector('.section-brief') ? page(`/s/${s.id}/`).querySelector(`section#${s.id}`)! : s));
const notesOf = (section: (typeof sections)[number]) => section.querySelectorAll('.footnotes li[id]');

describe('the complete explainer', () => {
  it('has at least 12 sections and 3,000 words of text', () => {
    expect(sections.length).toBeGreaterThanOrEqual(12);
    const words = doc
      .querySelector('main')!
      .text.split(/\s+/)
      .filter((w) => /[A-Za-z0-9]/.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(3000);
  });

  it('cites at least 50 distinct https sources', () => {
    const urls = new Set(doc.querySelectorAll('.footnotes li a[href^="http"]').map((a) => a.getAttribute('href')!));
    expect(urls.size).toBeGreaterThanOrEqual(50);
  });

  it('gives every section at least one citation', () => {
    for (const s of sections) expect(notesOf(s).length, s.id).toBeGreaterThan(0);
  });

  it('links every footnote reference to a note, and every note back to a reference', () => {
    const ids = new Set(doc.querySelectorAll('[id]').map((el) => el.id));
    const refs = doc.querySelectorAll('a[data-footnote-ref]');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ids.has(ref.getAttribute('href')!.slice(1)), ref.getAttribute('href')!).toBe(true);
      expect(ref.getAttribute('aria-describedby'), 'refs are labelled by their notes heading').toBeTruthy();
    }
    for (const note of doc.querySelectorAll('.footnotes li[id]')) {
      const backs = note.querySelectorAll('a[data-footnote-backref]');
      expect(backs.length, note.id).toBeGreaterThan(0);
      for (const back of backs)
        expect(ids.has(back.getAttribute('href')!.slice(1)), back.getAttribute('href')!).toBe(true);
    }
  });

  it('names each note number "Note N" for screen readers while showing only the number', () => {
    const refs = doc.querySelectorAll('a[data-footnote-ref]');
    for (const ref of refs) {
      expect(ref.text, ref.id).toMatch(/^Note \d+$/);
      expect(ref.querySelector('.visually-hidden')?.text, ref.id).toBe('Note ');
    }
  });

  it('puts no space between a glossary term and the punctuation after it', () => {
    // What a reader sees: the term's text, then its (closed) definition, then the sentence goes on.
    const terms = doc.querySelectorAll('main .term-def');
    expect(terms.length).toBeGreaterThan(5);
    const spaced = terms
      .map((def) => ({ term: def.previousElementSibling?.text ?? '', next: def.nextSibling?.rawText ?? '' }))
      .filter(({ next }) => /^\s+[.,;:!?)]/.test(next));
    expect(spaced).toEqual([]);
  });

  it('gives every note an https source link', () => {
    for (const note of doc.querySelectorAll('.footnotes li[id]')) {
      const sources = note.querySelectorAll('a[href]').filter((a) => !a.hasAttribute('data-footnote-backref'));
      expect(sources.length, note.id).toBeGreaterThan(0);
      for (const a of sources) expect(a.getAttribute('href'), note.id).toMatch(/^https:\/\/[^/\s]+\.[^/\s]+/);
    }
  });

  it('cites every paragraph and list item that states a figure', () => {
    const uncited: string[] = [];
    for (const s of sections) {
      const blocks = s.querySelectorAll('p, li').filter(
        (el) =>
          !el.closest('.footnotes') &&
          !el.closest('figure') &&
          !el.closest('.source-list') &&
          !el.classList.contains('source-count') &&
          !el.closest('.corrections') &&
          !el.classList.contains('section-updated') &&
          !el.closest('.share') &&
          // a list item whose own text has no digit defers to its nested items
          el.querySelectorAll('p, li').length === 0,
      );
      for (const el of blocks) {
        if (/\d/.test(el.text) && el.querySelectorAll('a[data-footnote-ref]').length === 0) {
          uncited.push(`${s.id}: ${el.text.trim().slice(0, 90)}`);
        }
      }
    }
    expect(uncited).toEqual([]);
  });

  it('says it is not legal advice and points to official pages', () => {
    const advice = doc.querySelector('#short-version .not-advice');
    expect(advice?.text).toMatch(/not legal advice/i);
    expect(advice?.querySelectorAll('a[href^="https://www.irs.gov"], a[href*=".gov/"]').length).toBeGreaterThan(0);
  });

  it('shows the latest dated entries of the corrections and updates log, and links the whole log', () => {
    const methods = page('/s/sources-and-methods/');
    const log = methods.querySelectorAll('#sources-and-methods .corrections li');
    expect(log.length).toBe(3);
    expect(methods.querySelector('#sources-and-methods .corrections-all a')?.getAttribute('href')).toBe('/updates/');
    for (const entry of log)
      expect(entry.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists the whole log on /updates/ in two lists, developments then site changes, each newest first, with the first publication at the bottom', () => {
    const lists = page('/updates/').querySelectorAll('#corrections-log ol.corrections');
    expect(lists).toHaveLength(2);
    const log = lists.flatMap((ol) => ol.querySelectorAll('li'));
    expect(log.length).toBe(JSON.parse(readFileSync('content/en/corrections.json', 'utf8')).length);
    for (const ol of lists) {
      const days = ol.querySelectorAll('li').map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect(days).toEqual([...days].sort().reverse());
    }
    expect(log.at(-1)!.text).toMatch(/First published/);
  });
});
