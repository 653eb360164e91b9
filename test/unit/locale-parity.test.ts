import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { figures, parityProblems } from '../../src/content/parity';
import { languageRuns } from '../../src/content/sources';
import { LOCALES, DEFAULT_LOCALE } from '../../src/i18n/locales';

// Every translation carries the same facts as its English file: an English update that is not carried
// into another language fails here (and a missing file fails the build). Pure reads of content/, no build.
const EN = 'content/en';
const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE && existsSync(`content/${l}`));
const read = (path: string) => readFileSync(path, 'utf8');
const json = (path: string) => JSON.parse(read(path));

/** Every string in a JSON value with its path, for comparing a translation field by field. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}
const sameFigures = (a: string, b: string) => [...figures(a)].sort().join(' ') === [...figures(b)].sort().join(' ');

describe.each(others)('the %s edition', (locale) => {
  const sections = readdirSync(`${EN}/sections`).filter((f) => f.endsWith('.mdx'));

  it('has a translation of every English section, under the same file name, and no other', () => {
    expect(readdirSync(`content/${locale}/sections`).sort()).toEqual(sections.sort());
  });

  it.each(sections)('%s: same figures, notes, sources, charts and structure as the English', (file) => {
    expect(parityProblems(read(`${EN}/sections/${file}`), read(`content/${locale}/sections/${file}`))).toEqual([]);
  });

  it('has a translation of the guide for ITIN filers with the same figures, notes, sources and structure', () => {
    expect(parityProblems(read(`${EN}/guide.mdx`), read(`content/${locale}/guide.mdx`))).toEqual([]);
  });

  it('lists the same official help as the English, in the same order, with the same phone numbers, on pages in its own language', () => {
    const en: { entries: { id: string; url: string; phone?: string }[] } = json(`${EN}/help.json`);
    const tr: { entries: { id: string; url: string; phone?: string; englishOnly?: boolean }[] } = json(
      `content/${locale}/help.json`,
    );
    expect(tr.entries.map((e) => e.id)).toEqual(en.entries.map((e) => e.id));
    expect(tr.entries.map((e) => e.phone)).toEqual(en.entries.map((e) => e.phone));
    // A page the office also publishes in this language is linked in it; only pages it does not are shared with English, and say so.
    const sameAsEnglish = tr.entries.filter((e, i) => e.url === en.entries[i].url && !e.englishOnly).map((e) => e.id);
    expect(sameAsEnglish).toEqual([]);
  });

  it('translates every entry of the corrections log, with the same figures', () => {
    const en: { id: string; text: string }[] = json(`${EN}/corrections.json`);
    const tr: { id: string; text: string }[] = json(`content/${locale}/corrections.json`);
    expect(tr.map((e) => e.id)).toEqual(en.map((e) => e.id));
    const differ = en.filter((e, i) => !sameFigures(e.text, tr[i].text)).map((e) => e.id);
    expect(differ).toEqual([]);
  });

  it('gives the one-page summary the same structure, references and figures', () => {
    const en = json(`${EN}/summary.json`);
    const tr = json(`content/${locale}/summary.json`);
    const a = strings(en);
    const b = new Map(strings(tr));
    expect([...b.keys()].sort()).toEqual(a.map(([k]) => k).sort());
    // Ids, dataset references, dates and URLs are keys, not words: they stay exactly as in English.
    const keys = a.filter(
      ([k, v]) =>
        /(^|\.)(id|dataset|row|date|datetime|asOf|updated|url|via|chart)$|sources\[\d+\]$/.test(k) || /^https:/.test(v),
    );
    for (const [k, v] of keys) expect(b.get(k), k).toBe(v);
    const differ = a.filter(([k, v]) => !sameFigures(v, b.get(k) ?? '')).map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('gives every chart its words with the same figures as the English', () => {
    for (const file of readdirSync('content/data').filter((f) => f.endsWith('.json'))) {
      const data = json(`content/data/${file}`);
      const words = json(`content/${locale}/data/${file}`);
      const pairs: [string, string, string][] = [];
      for (const k of ['title', 'period', 'notes', 'publisher'])
        pairs.push([`meta.${k}`, data.meta[k], words.meta?.[k]]);
      for (const s of data.meta.sources) {
        for (const k of ['publisher', 'title', 'short'] as const)
          pairs.push([`meta.sources.${s.id}.${k}`, s[k], words.meta?.sources?.[s.id]?.[k]]);
      }
      for (const row of data.rows) {
        for (const k of ['label', 'period', 'note', 'status', 'now', 'judge', 'court'] as const) {
          const tr = words.rows?.[row.id]?.[k];
          if (typeof row[k] === 'string' && typeof tr === 'string') pairs.push([`${row.id}.${k}`, row[k], tr]);
        }
      }
      const differ = pairs
        .filter(([, a, b]) => typeof b === 'string' && !sameFigures(a, b))
        .map(([k]) => `${file} ${k}`);
      expect(differ).toEqual([]);
    }
  });
});

describe('parityProblems', () => {
  const en = `---\nid: x\norder: 1\nupdated: 2026-01-01\n---\n\nThe IRS disclosed 47,289 addresses.[^a] See [the law](/#the-law).\n\n[^a]: Source, “[Title of the report](https://example.org/a),” May 1, 2025.\n`;
  const es = `---\nid: x\norder: 1\nupdated: 2026-01-01\n---\n\nEl IRS divulgó 47,289 direcciones.[^a] Vea [la ley](/#the-law).\n\n[^a]: Source, <span lang="en">“[Title of the report](https://example.org/a)”</span>, 1 de mayo de 2025.\n`;

  it('accepts a faithful translation', () => {
    expect(parityProblems(en, es)).toEqual([]);
  });

  it('names a changed figure, a lost source link and an untagged English title', () => {
    expect(parityProblems(en, es.replace('47,289', '47,298'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/figures missing from the translation: 47,289/)]),
    );
    expect(parityProblems(en, es.replace('https://example.org/a', 'https://example.org/b'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/source links missing/)]),
    );
    expect(parityProblems(en, es.replace('<span lang="en">', '<span>'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/needs lang="en"/)]),
    );
  });

  it('reads charts, list items and timeline dates from the MDX tree: markup quoted in code is not a chart', () => {
    const chart = '\n<Chart id="lawsuits" />\n\n- <time datetime="2025-04-07">April 7, 2025</time>: signed.\n';
    const withChart = (text: string, extra: string) => text.replace('\n\n[^a]', `\n${extra}\n[^a]`);
    expect(
      parityProblems(withChart(en, chart), withChart(es, chart.replace('April 7, 2025', '7 de abril de 2025'))),
    ).toEqual([]);
    const lost = parityProblems(
      withChart(en, chart),
      withChart(es, '\nEl código `<Chart id="lawsuits" />` no es un gráfico.\n'),
    );
    expect(lost).toEqual(
      expect.arrayContaining([
        'body: <Chart> count differs (1 / 0)',
        'body: list items count differs (1 / 0)',
        'body: charts differ (lawsuits / )',
        'body: timeline dates differ (2025-04-07 / )',
      ]),
    );
  });

  it('compares timeline entries by the date, kind and turning point each states once', () => {
    const entry = (attrs: string) => `\n<ol class="timeline">\n  <Entry ${attrs}>: signed.[^a]</Entry>\n</ol>\n`;
    const withEntry = (text: string, extra: string) => text.replace('\n\n[^a]', `\n${extra}\n[^a]`);
    const en1 = withEntry(en, entry('date="2025-04-07" kind="data" turn'));
    expect(parityProblems(en1, withEntry(es, entry('date="2025-04-07" kind="data" turn')))).toEqual([]);
    expect(parityProblems(en1, withEntry(es, entry('date="2025-04-08" kind="court"')))).toEqual(
      expect.arrayContaining([
        'body: timeline dates differ (2025-04-07 / 2025-04-08)',
        'body: timeline kinds differ (data / court)',
        'body: turning points differ (2025-04-07 / )',
      ]),
    );
  });

  it('names a quotation whose original is not word for word in the English', () => {
    const quoted = es.replace('direcciones.', 'direcciones, <Q en="not in the English">no está</Q>.');
    expect(parityProblems(en, quoted)).toEqual(expect.arrayContaining([expect.stringMatching(/not word for word/)]));
  });
});

describe('languageRuns', () => {
  it('marks the English parts of a translated source so its lang can be set, and keeps every character', () => {
    const text = 'NPR, “The IRS finalizes a deal”, 8 de abril de 2025.';
    const runs = languageRuns(text, ['“The IRS finalizes a deal”']);
    expect(runs).toEqual([
      { text: 'NPR, ', english: false },
      { text: '“The IRS finalizes a deal”', english: true },
      { text: ', 8 de abril de 2025.', english: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(languageRuns(text)).toEqual([{ text, english: false }]);
  });
});
