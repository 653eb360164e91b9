import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { formatters, isoDay } from '../../src/i18n/format';

const { partialDate: formatPartialDate, sourceDate: formatSourceDate } = formatters('en');
const es = formatters('es');

describe('dates', () => {
  it('prints a source date at the precision it is known: day, month or year', () => {
    expect(formatPartialDate('2024-07-30')).toBe('July 30, 2024');
    expect(formatPartialDate('2025-09-04')).toBe('September 4, 2025');
    expect(formatPartialDate('2025-07')).toBe('July 2025');
    expect(formatPartialDate('2026-02')).toBe('February 2026');
    expect(formatPartialDate('2025')).toBe('2025');
  });

  it('gives <time datetime> the UTC calendar day', () => {
    expect(isoDay(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
    expect(isoDay(new Date('2026-11-25T23:59:59Z'))).toBe('2026-11-25');
  });
});

describe('formatSourceDate', () => {
  it('says "undated" for a source whose page shows no date, instead of guessing one', () => {
    expect(formatSourceDate(undefined)).toBe('undated');
    expect(formatSourceDate('2024-07')).toBe('July 2024');
  });
});

describe('dates in Spanish (es-US)', () => {
  it('writes day, month and year the U.S. Spanish way, months in lower case', () => {
    expect(es.partialDate('2024-07-30')).toBe('30 de julio de 2024');
    expect(es.partialDate('2025-07')).toBe('julio de 2025');
    expect(es.partialDate('2025')).toBe('2025');
    expect(es.sourceDate(undefined)).toBe('sin fecha');
  });
});

describe('numbers and money in each language', () => {
  it('writes the scale word the language uses, with the same digits', () => {
    const en = formatters('en');
    expect([en.value(96.7, 'usd_billions'), es.value(96.7, 'usd_billions')]).toEqual([
      '$96.7\u00a0billion',
      '$96.7\u00a0mil\u00a0millones',
    ]);
    expect([en.value(7_600_000, 'people'), es.value(7_600_000, 'people')]).toEqual([
      '7.6\u00a0million',
      '7.6\u00a0millones',
    ]);
    expect(es.value(1_000_000, 'people')).toBe('1\u00a0millón');
    expect([en.value(4.8, 'percent'), es.value(4.8, 'percent')]).toEqual(['4.8%', '4.8%']);
    expect([en.exact(47_289, 'people'), es.exact(47_289, 'people')]).toEqual(['47,289', '47,289']);
    expect(es.range(147, 479, 'usd_billions')).toBe('$147–479\u00a0mil\u00a0millones');
    expect(es.oneIn(4.8)).toBe('alrededor de 1 de cada 21');
  });

  it('writes an amount under a billion in millions, as the text does ("$900 million", not "$0.9 billion")', () => {
    expect([formatters('en').value(0.9, 'usd_billions'), es.value(0.9, 'usd_billions')]).toEqual([
      '$900\u00a0million',
      '$900\u00a0millones',
    ]);
  });
});

// `npm test` runs under TZ=UTC, where a formatter that forgot timeZone: 'UTC' still prints the right day.
// So the real date modules are bundled (esbuild, already a dependency of Astro/Vite) and run in child Node
// processes, each with another TZ: the far ends of the clock (UTC+14, UTC−11) and two common zones.
const MODULES = { format: 'src/i18n/format.ts' };
const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Tokyo'];
// The first and the last second of one UTC day: west of UTC the first falls on Nov 24, east of it the last on Nov 26.
const INSTANTS = ['2026-11-25T00:00:00Z', '2026-11-25T23:59:59Z'];

const entry = `
import { formatters } from './${MODULES.format}';
const instants = ${JSON.stringify(INSTANTS)};
console.log(JSON.stringify({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  localDays: instants.map((i) => new Date(i).getDate()),
  date: { en: instants.map((i) => formatters('en').date(new Date(i))), es: instants.map((i) => formatters('es').date(new Date(i))) },
  partialDate: [formatters('en').partialDate('2024-07-30'), formatters('en').partialDate('2025-07')],
}));
`;
const bundle = buildSync({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
}).outputFiles[0].text;

const inZone = (TZ: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', bundle], {
      env: { ...process.env, TZ },
      encoding: 'utf8',
    }),
  );

describe('a calendar day in every time zone', () => {
  it.each(ZONES)('prints the same day in %s as in UTC', (zone) => {
    const out = inZone(zone);
    // The child really ran in that zone, on the other side of midnight from UTC at one of the instants.
    expect(out.zone).toBe(zone);
    expect(out.localDays).not.toEqual([25, 25]);
    expect(out.date).toEqual({
      en: ['November 25, 2026', 'November 25, 2026'],
      es: ['25 de noviembre de 2026', '25 de noviembre de 2026'],
    });
    expect(out.partialDate).toEqual(['July 30, 2024', 'July 2025']);
  });
});
