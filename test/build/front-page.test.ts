import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { page } from '../setup/dist';
import { SITE } from '../../src/site';

// The top of / as a reader meets it: a headline that is not the header's site name, a byline with
// working routes to the corrections log and to the editors, the three dates, and the summary's key
// numbers with their sources.
const home = page('/');
const hero = home.querySelector('main .hero')!;
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** True when an href leads somewhere real: mailto:, https:, or an in-site page and #id that were built. */
function resolves(href: string): boolean {
  if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(href) || /^https:\/\/[^/]+\.[^/]+/.test(href)) return true;
  const [path, id] = href.split('#');
  if (!path.startsWith('/') && path !== '') return false;
  const target = path === '' ? home : page(path);
  return id === undefined || target.getElementById(id) !== null;
}

describe('the home page headline block', () => {
  it('leads with a headline that the header bar does not repeat word for word', () => {
    const h1 = text(hero.querySelector('h1')?.text);
    expect(h1).toBe(SITE.headline);
    expect(text(home.querySelector('.site-header')?.text)).not.toBe(h1);
    expect(text(hero.querySelector('.dek')?.text)).toBe(SITE.dek);
  });

  it('has a byline, a link to the corrections and updates log and a contact that are real links', () => {
    const byline = hero.querySelector('.byline')!;
    expect(text(byline.querySelector('.byline-name')?.text)).toBe(SITE.byline);
    const links = byline.querySelectorAll('a');
    const log = links.find((a) => /corrections and updates/i.test(a.text))!;
    expect(log, 'a “Corrections and updates” link').toBeTruthy();
    expect(resolves(log.getAttribute('href')!), log.getAttribute('href')).toBe(true);
    expect(text(page(log.getAttribute('href')!).querySelector('h1')?.text)).toMatch(/corrections and updates/i);
    const contact = links.find((a) => a.getAttribute('href') === SITE.contact.href)!;
    expect(contact, `a contact link to ${SITE.contact.href}`).toBeTruthy();
    expect(resolves(SITE.contact.href), SITE.contact.href).toBe(true);
    expect(byline.text).not.toMatch(/open an issue/i);
  });

  it('shows the published, updated and sources-checked dates as machine-readable U.S. dates', () => {
    const dates = text(hero.querySelector('.dates')?.text);
    expect(dates).toMatch(/^Published [A-Z][a-z]+ \d{1,2}, \d{4} Updated [A-Z][a-z]+ \d{1,2}, \d{4} Sources checked through [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const times = hero.querySelectorAll('.dates time').map((t) => t.getAttribute('datetime'));
    expect(times[0]).toBe(SITE.published);
    expect(times[2]).toBe(SITE.sourcesCheckedThrough);
    expect(times[1]! >= times[0]!, 'updated is not before published').toBe(true);
    const checked = new Date(`${SITE.sourcesCheckedThrough}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    expect(text(hero.querySelector('.sources-checked')?.text)).toBe(`Sources checked through ${checked}`);
  });

  it('shows the one-page summary’s key numbers with the same words, each with a source link the summary cites', () => {
    const summary = page('/summary/');
    const summaryFigures = summary.querySelectorAll('.summary-figure');
    const numbers = hero.querySelectorAll('.key-number');
    expect(numbers.length).toBe(summaryFigures.length);
    expect(numbers.length).toBeGreaterThanOrEqual(1);
    const summaryUrls = new Set(summary.querySelectorAll('.summary-source-list a').map((a) => a.getAttribute('href')));
    numbers.forEach((n, i) => {
      const figure = summaryFigures[i];
      expect(n.getAttribute('data-headline')).toBe(figure.getAttribute('data-headline'));
      expect(text(n.querySelector('.key-number-value')?.text)).toBe(text(figure.querySelector('.summary-value')?.text));
      // The summary's words, less its bracketed citation numbers.
      const words = text(figure.querySelector('.summary-figure-main')?.text.replace(/\u2060?\[[^\]]*\]/g, ''));
      expect(text(n.querySelector('.key-number-main')?.text)).toBe(words);
      const sources = n.querySelectorAll('.key-number-source a:not(.key-number-more)').map((a) => a.getAttribute('href'));
      expect(sources.length, n.getAttribute('data-headline')).toBeGreaterThanOrEqual(1);
      for (const href of sources) expect(summaryUrls.has(href), href).toBe(true);
      const more = n.querySelector('a.key-number-more')?.getAttribute('href');
      if (more) expect(resolves(more), more).toBe(true);
    });
  });
});

describe('glossary definitions', () => {
  it('use typographic apostrophes, not straight ones', () => {
    for (const file of readdirSync('content/en/sections').filter((f) => f.endsWith('.mdx'))) {
      const defs = [...readFileSync(`content/en/sections/${file}`, 'utf8').matchAll(/<Term[^>]*?\bdef="([^"]*)"/g)].map((m) => m[1]);
      for (const def of defs) expect(def, `${file}: ${def.slice(0, 40)}…`).not.toMatch(/'/);
    }
  });
});
