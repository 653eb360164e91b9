import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { allPages, page } from '../setup/dist';

// Each edition writes dates its own U.S. way, in text, charts, cards' alt text, the summary and the log
// alike: English "April 7, 2025", never the day-first "7 April 2025"; U.S. Spanish "7 de abril de 2025",
// never the month-first "abril 7, 2025", and no English month outside what is marked lang="en" (the
// titles of English sources). Month names come from Intl, so each language is checked with its own.
const monthNames = (locale: string) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, m, 15))),
  );
const EN = monthNames('en-US').join('|');
const ES = monthNames('es-US').join('|');
const pages = allPages();
const spanishPages = pages.filter((p) => p.startsWith('/es/'));
const englishPages = pages.filter((p) => !spanishPages.includes(p));

/** Text readers see in the page's own language: scripts, styles and anything marked lang="en" left out. */
function ownLanguageText(doc: HTMLElement): string {
  const copy = doc.querySelector('body')!.clone() as HTMLElement;
  copy.querySelectorAll('script, style, [lang="en"], [hidden]').forEach((n) => n.remove());
  return copy.text;
}
/** Every match of `pattern` on each page, as "path: match". */
const found = (paths: string[], pattern: RegExp, text: (path: string) => string) =>
  paths.flatMap((path) => (text(path).match(pattern) ?? []).map((m) => `${path}: ${m}`));

describe('dates in each edition', () => {
  it('checks the month names Intl gives each language, on both editions’ pages', () => {
    expect(EN.split('|')).toContain('April');
    expect(ES.split('|')).toContain('abril');
    expect(englishPages).toContain('/');
    expect(spanishPages).toContain('/es/');
  });

  it('English pages write the month first ("April 7, 2025"), never a day-first date', () => {
    expect(found(englishPages, new RegExp(`\\b\\d{1,2} (?:${EN})\\b`, 'g'), (p) => page(p).text)).toEqual([]);
    expect(page('/').text).toMatch(new RegExp(`\\b(?:${EN}) \\d{1,2}, \\d{4}\\b`));
  });

  it('Spanish pages write the day first ("7 de abril de 2025"), never a month-first date or an English month', () => {
    expect(found(spanishPages, new RegExp(`\\b(?:${ES}) \\d{1,2}\\b`, 'gi'), (p) => ownLanguageText(page(p)))).toEqual(
      [],
    );
    expect(found(spanishPages, new RegExp(`\\b(?:${EN}) \\d`, 'g'), (p) => ownLanguageText(page(p)))).toEqual([]);
    expect(page('/es/').text).toMatch(new RegExp(`\\b\\d{1,2} de (?:${ES}) de \\d{4}\\b`));
  });

  it('the chart data downloads write each language’s dates too', () => {
    const en = readFileSync('dist/data/requests-vs-disclosed.csv', 'utf8');
    expect(en).toMatch(/August 7, 2025/);
    expect(en.match(new RegExp(`\\b\\d{1,2} (?:${EN})\\b`, 'g')) ?? []).toEqual([]);
    const es = readFileSync('dist/es/data/requests-vs-disclosed.csv', 'utf8');
    expect(es).toMatch(/7 de agosto de 2025/);
    expect(es.match(new RegExp(`\\b(?:${ES}) \\d{1,2}\\b|\\b(?:${EN}) \\d`, 'g')) ?? []).toEqual([]);
  });
});
