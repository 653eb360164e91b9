import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { FRONT_BULLETS, FRONT_BULLET_WORDS, TRANSLATION_SLACK, frontBullets } from '../../src/content/front-schema';
import { parityProblems } from '../../src/content/parity';
import { entryLine, lastChangeOf, latestDevelopment, splitLog, type LogEntry } from '../../src/content/load';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';
import { sectionPageHref } from '../../src/i18n/paths';

// The front page's words (content/<locale>/front.mdx) and the log's two kinds of entry, read without a build.
const published = LOCALES.filter((l) => existsSync(`content/${l}/front.mdx`));
const sectionIds = readdirSync('content/en/sections').map(
  (f) => /^id:\s*(\S+)/m.exec(readFileSync(`content/en/sections/${f}`, 'utf8'))?.[1],
);

describe.each(published)('the short version on the %s front page', (locale) => {
  const source = readFileSync(`content/${locale}/front.mdx`, 'utf8');
  const bullets = frontBullets(source);
  const limit = Math.floor(FRONT_BULLET_WORDS * (locale === DEFAULT_LOCALE ? 1 : TRANSLATION_SLACK));

  it(`has one to ${FRONT_BULLETS} bullets`, () => {
    expect(bullets.length).toBeGreaterThan(0);
    expect(bullets.length).toBeLessThanOrEqual(FRONT_BULLETS);
  });

  it(`keeps every bullet to ${limit} words`, () => {
    const long = bullets.filter((b) => b.words > limit).map((b) => `${b.words} words: ${b.text.slice(0, 60)}…`);
    expect(long).toEqual([]);
  });

  it('opens every bullet with a link to a section that exists', () => {
    for (const b of bullets) expect(sectionIds, b.text.slice(0, 40)).toContain(b.section);
  });
});

describe('the Spanish front page', () => {
  it('carries the same figures, notes, sources and links as the English', () => {
    expect(
      parityProblems(readFileSync('content/en/front.mdx', 'utf8'), readFileSync('content/es/front.mdx', 'utf8')),
    ).toEqual([]);
  });
});

describe('the log’s developments and site changes', () => {
  const entry = (id: string, date: string, scope: LogEntry['scope'], extra: Partial<LogEntry> = {}): LogEntry => ({
    id,
    date: new Date(date),
    kind: 'update',
    scope,
    text: `${id} happened. More detail follows.`,
    ...extra,
  });
  const log = [
    entry('first', '2026-11-25', 'site'),
    entry('ruling', '2026-12-01', 'development', { section: 'in-court' }),
    entry('same-day', '2026-12-01', 'development', { headline: 'A short line for the home page.' }),
    entry('layout', '2026-12-05', 'site'),
  ];

  it('puts developments and site changes apart, each newest first (a later line of the same day first)', () => {
    const { developments, site } = splitLog(log);
    expect(developments.map((e) => e.id)).toEqual(['same-day', 'ruling']);
    expect(site.map((e) => e.id)).toEqual(['layout', 'first']);
  });

  it('gives the home page’s Latest line the newest development, never a newer site change', () => {
    expect(latestDevelopment(log)?.id).toBe('same-day');
    expect(latestDevelopment([entry('layout', '2026-12-05', 'site')])).toBeUndefined();
    // Of several the same day, the one with a headline (an editor's pick), though another was added later.
    const picked = entry('pick', '2026-12-01', 'development', { headline: 'The one the front page should lead with.' });
    expect(
      latestDevelopment([
        ...log.filter((e) => e.id !== 'same-day'),
        picked,
        entry('later-same-day', '2026-12-01', 'development'),
      ])?.id,
    ).toBe('pick');
  });

  it('says an entry in one line: its headline, else its first sentence', () => {
    expect(entryLine(log[2]!)).toBe('A short line for the home page.');
    expect(entryLine(log[1]!)).toBe('ruling happened.');
  });

  it('gives a section its newest development that names it or the whole site', () => {
    expect(lastChangeOf(log, 'in-court')?.id, 'of two the same day, the one naming the section').toBe('ruling');
    expect(lastChangeOf(log, 'the-law')?.id).toBe('same-day');
    expect(lastChangeOf([log[1]!], 'in-court')?.id).toBe('ruling');
    expect(lastChangeOf([log[1]!], 'the-law')).toBeUndefined();
    expect(
      lastChangeOf([...log, entry('later', '2026-12-03', 'development')], 'in-court')?.id,
      'a newer site-wide one wins',
    ).toBe('later');
  });

  it('classifies every entry of the real log', () => {
    const en: { id: string; scope?: string }[] = JSON.parse(readFileSync('content/en/corrections.json', 'utf8'));
    expect(en.filter((e) => e.scope !== 'development' && e.scope !== 'site').map((e) => e.id)).toEqual([]);
  });
});

describe('links written in content as /#<id>', () => {
  it('lead to the section’s own page; other links are left alone', () => {
    expect(sectionPageHref('/#the-law')).toBe('/s/the-law/');
    expect(sectionPageHref('/sources/')).toBe('/sources/');
    expect(sectionPageHref('/s/the-law/#the-law-notes')).toBe('/s/the-law/#the-law-notes');
  });
});
