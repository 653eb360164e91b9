import { describe, expect, it } from 'vitest';
import { buildHead, temporalCoverage } from '../../src/lib/head';

// A chart page describes its data for search engines' dataset search: a schema.org Dataset with the
// CSV as its download and the sources it is based on (src/lib/head.ts, datasetJsonLd).
const dataset = {
  name: 'Taxes paid by undocumented immigrants',
  description: 'Two estimates of the taxes undocumented immigrants paid, by level of government.',
  csv: '/data/taxes-by-level.csv',
  periods: ['Tax year 2022', '2023', ''],
  sources: [
    {
      title: 'Tax Payments by Undocumented Immigrants',
      publisher: 'ITEP',
      url: 'https://itep.org/x',
      date: '2024-07-30',
    },
    {
      title: 'Undocumented immigrants pay taxes',
      publisher: 'American Immigration Council',
      url: 'https://example.org/aic',
    },
  ],
  modified: '2026-12-01',
};
const ld = (locale: 'en' | 'es' = 'en') => {
  const tags = buildHead({
    description: 'x',
    path: '/c/taxes-by-level/',
    site: 'https://explainer.example.org/',
    type: 'article',
    published: '2026-11-25',
    modified: '2026-12-01',
    dataset,
    locale,
  });
  const scripts = tags.flatMap((t) => (t.tag === 'script' ? [JSON.parse(t.text)] : []));
  return scripts.find((s) => s['@type'] === 'Dataset');
};

describe('the Dataset JSON-LD of a chart page', () => {
  it('names and describes the data, with its licence, its creator and the years it covers', () => {
    const d = ld();
    expect(d).toMatchObject({
      '@context': 'https://schema.org',
      name: dataset.name,
      description: dataset.description,
      url: 'https://explainer.example.org/c/taxes-by-level/',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization' },
      temporalCoverage: '2022/2023',
      dateModified: '2026-12-01',
    });
    expect(d.creator.name).toBeTruthy();
  });

  it('offers the CSV, at its absolute address, as the distribution', () => {
    expect(ld().distribution).toEqual([
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: 'https://explainer.example.org/data/taxes-by-level.csv',
      },
    ]);
  });

  it('lists every source it is based on, with publisher and address, and cites them', () => {
    const d = ld('es');
    expect(d.inLanguage).toBe('es');
    expect(d.isBasedOn.map((s: { url: string }) => s.url)).toEqual(dataset.sources.map((s) => s.url));
    expect(d.isBasedOn[0]).toMatchObject({
      name: dataset.sources[0]!.title,
      publisher: { name: 'ITEP' },
      datePublished: '2024-07-30',
    });
    expect(d.citation).toHaveLength(2);
    expect(d.citation[1]).toContain('American Immigration Council');
  });

  it('is left out of pages that are not about a dataset', () => {
    const tags = buildHead({
      description: 'x',
      path: '/s/in-court/',
      site: 'https://explainer.example.org/',
      type: 'article',
      published: '2026-11-25',
      modified: '2026-12-01',
    });
    expect(tags.some((t) => t.tag === 'script' && t.text.includes('"Dataset"'))).toBe(false);
  });

  it('states the years a period covers as ISO 8601 (one year, or first/last)', () => {
    expect(temporalCoverage(['FY 2024'])).toBe('2024');
    expect(temporalCoverage(['2019–2025', '2021'])).toBe('2019/2025');
    expect(temporalCoverage(['as of the latest report'])).toBeUndefined();
  });
});
