import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { page } from '../setup/dist';
import { SITE } from '../../src/site';
import { ui } from '../../src/i18n/ui';
import { paths } from '../../src/i18n/paths';
import type { Locale } from '../../src/i18n/locales';

// The front page (/ and /es/) as a reader meets it: what happened, the newest development, the story's
// numbers, the short version linking each section, at most three charts, and an index of the sections.
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const log: { id: string; date: string; scope: string; headline?: string }[] = JSON.parse(
  readFileSync('content/en/corrections.json', 'utf8'),
);
const sectionIds = readdirSync('content/en/sections')
  .sort()
  .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(`content/en/sections/${f}`, 'utf8'))![1]);

/** True when an href leads somewhere real: mailto:, https:, or an in-site page and #id that were built. */
function resolves(href: string, from: string): boolean {
  if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(href) || /^https:\/\/[^/]+\.[^/]+/.test(href)) return true;
  const [path, id] = href.split('#');
  if (!path!.startsWith('/') && path !== '') return false;
  const target = page(path === '' ? from : path!);
  return id === undefined || target.getElementById(id) !== null;
}

describe.each(['en', 'es'] as Locale[])('the %s front page', (locale) => {
  const t = ui(locale);
  const p = paths(locale);
  const home = page(p.home);
  const hero = home.querySelector('main .hero')!;

  it('leads with a headline the header bar does not repeat, and a one-sentence dek', () => {
    const h1 = text(hero.querySelector('h1')?.text);
    expect(h1).toBe(t.site.headline);
    expect(text(home.querySelector('.site-header')?.text)).not.toContain(h1);
    const dek = text(hero.querySelector('.dek')?.text);
    expect(dek).toBe(t.site.dek);
    expect(dek.match(/[.!?](\s|$)/g), 'one sentence').toHaveLength(1);
  });

  it('puts the byline, the published and the updated dates on one line, as machine-readable dates', () => {
    const line = hero.querySelector('.front-byline')!;
    expect(text(line.querySelector('strong')?.text)).toBe(t.site.byline);
    const times = line.querySelectorAll('time').map((el) => el.getAttribute('datetime')!);
    expect(times).toHaveLength(2);
    expect(times[0]).toBe(SITE.published);
    expect(times[1]! >= times[0]!, 'updated is not before published').toBe(true);
  });

  it('dates its Latest line and links it to the newest development in the log, not a site change', () => {
    const developments = log
      .map((e, i) => ({ ...e, i }))
      .filter((e) => e.scope === 'development')
      .sort((a, b) => b.date.localeCompare(a.date) || b.i - a.i);
    // Of the newest day's, the one with a headline (the editors' pick), else the latest added.
    const newest = developments.find((e) => e.date === developments[0]!.date && e.headline) ?? developments[0]!;
    const latest = hero.querySelector('.latest')!;
    expect(text(latest.querySelector('.latest-label')?.text)).toBe(t.home.latest);
    expect(latest.querySelector('time')?.getAttribute('datetime')).toBe(newest.date);
    const href = latest.querySelector('a')!.getAttribute('href')!;
    expect(href).toBe(`${p.updates}#log-${newest.id}`);
    expect(resolves(href, p.home), href).toBe(true);
  });

  it('gives the story’s key numbers, each with a note: what ICE asked for, the 47,289 addresses and the courts', () => {
    const items = home.querySelectorAll('.story-numbers li');
    expect(items).toHaveLength(3);
    expect(text(items[0]!.text)).toMatch(/1\.28 (million|millones)/);
    expect(text(items[1]!.text)).toContain('47,289');
    expect(text(items[2]!.text)).toMatch(/2 (of|de) 3/);
    for (const li of items)
      expect(li.querySelectorAll('a[data-footnote-ref]').length, text(li.text)).toBeGreaterThan(0);
  });

  it('gives the short version as at most six bullets, each opening with a link to its section’s page', () => {
    const heading = home.querySelectorAll('main h2').find((h) => text(h.text) === t.home.shortVersion)!;
    expect(heading, 'a "short version" heading').toBeTruthy();
    const list = heading.nextElementSibling!;
    expect(list.tagName).toBe('UL');
    const bullets = list.querySelectorAll(':scope > li');
    expect(bullets.length).toBeGreaterThan(0);
    expect(bullets.length).toBeLessThanOrEqual(6);
    for (const li of bullets) {
      const href = li.querySelector('a')!.getAttribute('href')!;
      expect(href).toMatch(new RegExp(`^${p.share('[a-z0-9-]+').replace(/\//g, '\\/')}$`));
      expect(resolves(href, p.home), href).toBe(true);
    }
  });

  it('draws at most three charts, the lead graphic among them', () => {
    const charts = home.querySelectorAll('figure.chart');
    expect(charts.length).toBeGreaterThanOrEqual(1);
    expect(charts.length).toBeLessThanOrEqual(3);
    expect(home.querySelector('.lead-chart figure.chart')).toBeTruthy();
  });

  it('indexes every section in order, each entry with the section’s id, a link to its page, its summary and its date', () => {
    const entries = home.querySelectorAll('.section-index li');
    expect(entries.map((li) => li.id)).toEqual(sectionIds);
    for (const li of entries) {
      expect(li.querySelector('h3 a')?.getAttribute('href')).toBe(p.share(li.id));
      expect(text(li.querySelector('p')?.text).length, li.id).toBeGreaterThan(20);
      expect(li.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('links the whole explainer on one page, the summary, the log, its feed and a way to report an error', () => {
    const hrefs = home.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const href of [p.all, p.summary, p.updates, p.feed]) expect(hrefs).toContain(href);
    const contact = home.querySelector('.front-contact a')!.getAttribute('href')!;
    expect(resolves(contact, p.home), contact).toBe(true);
  });

  it('keeps the taxes and workforce numbers, lower, with the one-page summary’s words and sources', () => {
    const summary = page(p.summary);
    const summaryFigures = summary.querySelectorAll('.summary-figure');
    const numbers = home.querySelectorAll('.key-number');
    expect(numbers.length).toBe(summaryFigures.length);
    expect(home.querySelector('.hero .key-number'), 'not in the first screen’s hero').toBeNull();
    const summaryUrls = new Set(summary.querySelectorAll('.summary-source-list a').map((a) => a.getAttribute('href')));
    numbers.forEach((n, i) => {
      const figure = summaryFigures[i]!;
      expect(n.getAttribute('data-headline')).toBe(figure.getAttribute('data-headline'));
      expect(text(n.querySelector('.key-number-value')?.text)).toBe(text(figure.querySelector('.summary-value')?.text));
      const sources = n
        .querySelectorAll('.key-number-source a:not(.key-number-more)')
        .map((a) => a.getAttribute('href'));
      expect(sources.length).toBeGreaterThanOrEqual(1);
      for (const href of sources) expect(summaryUrls.has(href), href).toBe(true);
      const more = n.querySelector('a.key-number-more')?.getAttribute('href');
      if (more) expect(resolves(more, p.home), more).toBe(true);
    });
  });
});

describe('glossary definitions', () => {
  it('use typographic apostrophes, not straight ones', () => {
    for (const file of readdirSync('content/en/sections').filter((f) => f.endsWith('.mdx'))) {
      const defs = [...readFileSync(`content/en/sections/${file}`, 'utf8').matchAll(/<Term[^>]*?\bdef="([^"]*)"/g)].map(
        (m) => m[1],
      );
      for (const def of defs) expect(def, `${file}: ${def!.slice(0, 40)}…`).not.toMatch(/'/);
    }
  });
});
