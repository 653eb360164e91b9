import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset, type Dataset } from '../../src/content/data-schema';
import { resolveDataset, type DatasetText } from '../../src/content/dataset-text';

// A chart's source line is read in the page's language: the words we wrote about a source (a described
// title, "(quoting …)") are translated, the publishers' names and the published titles are not.
const stored = parseDataset(
  JSON.parse(readFileSync('content/data/requests-vs-disclosed.json', 'utf8')),
  'requests-vs-disclosed',
);
const words: DatasetText = JSON.parse(readFileSync('content/es/data/requests-vs-disclosed.json', 'utf8'));
const source = (data: Dataset, id: string) => data.meta.sources.find((s) => s.id === id)!;

describe('a translated dataset', () => {
  it('describes a source whose headline could not be read in its own language, and keeps published titles', () => {
    const es = resolveDataset(stored, words) as Dataset;
    expect(source(es, 'fox-2026').title).toBe('informe sobre la orden de la jueza Indira Talwani');
    expect(source(es, 'townhall-2025').publisher).toBe('Townhall (con citas del fallo de la jueza Kollar-Kotelly)');
    const propublica = stored.meta.sources.find((s) => s.id === 'propublica-2025')!;
    expect(source(es, 'propublica-2025')).toEqual(propublica);
  });

  it('fails naming the file and the source when a described title has no translation', () => {
    const without = { ...words, meta: { ...words.meta, sources: {} } };
    expect(() => resolveDataset(stored, without, 'content/es/data/requests-vs-disclosed.json')).toThrow(
      /content\/es\/data\/requests-vs-disclosed\.json:[\s\S]*meta\.sources "fox-2026", field "title"/,
    );
  });
});
