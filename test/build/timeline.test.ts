import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page } from '../setup/dist';

// The timeline's reading aids, checked on the built pages: entries grouped by year and month in date order,
// a visible kind tag on every entry, and a few marked turning points.
// Each edition's words for the tags and the turning points; month names from Intl, in the page's language.
const EDITIONS = [
  {
    path: '/s/timeline/',
    locale: 'en-US',
    kinds: { court: 'Court', data: 'Data', officials: 'Officials' },
    turn: 'Turning point',
  },
  {
    path: '/es/s/timeline/',
    locale: 'es-US',
    kinds: { court: 'Tribunales', data: 'Datos', officials: 'Funcionarios' },
    turn: 'Momento clave',
  },
] as const;
const monthsOf = (locale: string) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, m, 15)),
  );

/** Each month list with the year heading and month heading that label it, in page order. */
function monthGroups(section: HTMLElement) {
  let year = '';
  const groups: { year: string; month: string; list: HTMLElement }[] = [];
  for (const el of section.querySelectorAll('h2, h3, h4, ol.timeline')) {
    const text = el.text.trim();
    if (el.tagName !== 'OL' && /^\d{4}$/.test(text)) year = text;
    if (el.tagName === 'OL') {
      const heading = el.previousElementSibling;
      groups.push({ year, month: heading?.text.trim() ?? '', list: el });
    }
  }
  return groups;
}

const entriesOf = (section: HTMLElement) => section.querySelectorAll('ol.timeline > li');

for (const { path, locale, kinds, turn } of EDITIONS) {
  const section = page(path).querySelector('#timeline')!;
  const KIND_LABELS: Record<string, string> = kinds;
  const MONTHS = monthsOf(locale);

  describe(`the timeline on ${path}`, () => {
    it('groups every entry under a year heading and a month heading that match its date', () => {
      const groups = monthGroups(section);
      expect(groups.length).toBeGreaterThanOrEqual(10);
      for (const { year, month, list } of groups) {
        // "April 2025" in English, "Abril de 2025" in Spanish: the month first, the year last. A heading starts
        // with a capital in both languages, where Intl writes Spanish month names in lower case.
        const words = month.split(' ');
        const [name, monthYear] = [words[0], words.at(-1)];
        expect(
          MONTHS.map((m) => m.toLowerCase()),
          `month heading "${month}"`,
        ).toContain(name.toLowerCase());
        expect(monthYear, `month heading "${month}" sits under year ${year}`).toBe(year);
        const prefix = `${year}-${String(MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1).padStart(2, '0')}`;
        for (const time of list.querySelectorAll(':scope > li > time')) {
          expect(time.getAttribute('datetime'), `entry under ${month}`).toMatch(new RegExp(`^${prefix}(-\\d{2})?$`));
        }
      }
      const keys = groups.map((g) => g.month);
      expect(new Set(keys).size, 'each month appears once').toBe(keys.length);
      expect(groups.reduce((n, g) => n + g.list.querySelectorAll(':scope > li').length, 0)).toBe(
        entriesOf(section).length,
      );
    });

    it('lists the entries oldest first with one machine-readable date each', () => {
      const dates = entriesOf(section).map((li) => {
        const times = li.querySelectorAll(':scope > time');
        expect(times.length, li.text.slice(0, 60)).toBe(1);
        return times[0].getAttribute('datetime') ?? '';
      });
      expect(dates.length).toBeGreaterThanOrEqual(35);
      expect(dates).toEqual([...dates].sort());
    });

    it('tags every entry with its kind in visible words, not colour alone', () => {
      const seen = new Set<string>();
      for (const li of entriesOf(section)) {
        const kind = li.getAttribute('data-kind') ?? '';
        expect(Object.keys(KIND_LABELS), li.text.slice(0, 60)).toContain(kind);
        expect(li.querySelector(':scope > .timeline-kind')?.text.trim(), li.text.slice(0, 60)).toBe(KIND_LABELS[kind]);
        seen.add(kind);
      }
      expect([...seen].sort()).toEqual(Object.keys(KIND_LABELS).sort());
    });

    it('marks a few turning points, each with a visible label, including the signing of the agreement', () => {
      const turns = entriesOf(section).filter((li) => li.classList.contains('timeline-turn'));
      expect(turns.length).toBeGreaterThanOrEqual(3);
      expect(turns.length).toBeLessThanOrEqual(8);
      for (const li of turns) expect(li.querySelector('.timeline-turn-label')?.text.trim()).toBe(turn);
      const labelled = entriesOf(section).filter((li) => li.querySelector('.timeline-turn-label'));
      expect(labelled.length, 'no label without the marker class').toBe(turns.length);
      expect(turns.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toContain('2025-04-07');
    });
  });
}
