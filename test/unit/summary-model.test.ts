import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatters } from '../../src/i18n/format';
import { resolveDataset } from '../../src/content/dataset-text';
import { parseDataset, type Dataset } from '../../src/content/data-schema';
import { summarySchema, type SummaryData } from '../../src/content/summary-schema';
import { buildSummary, findRow } from '../../src/content/summary-model';
import { contentError, reasons } from './content-errors';

/** The summary's words and the datasets its numbers come from. */
const CONTENT = { summary: 'content/en/summary.json', data: 'content/data' };
const { value: formatValue } = formatters('en');
const FILE = CONTENT.summary;
const raw = () => JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, any>;
/** What `astro build` prints for the file, led by the file: "" when it passes. */
const error = (value: unknown) => contentError(summarySchema, value, { collection: 'summary', file: FILE, id: 'en' });
/** Its "field: reason" lines, one per problem. */
const issues = (value: unknown) => reasons(error(value));
const dataset = (id: string): Dataset =>
  resolveDataset(parseDataset(JSON.parse(readFileSync(`${CONTENT.data}/${id}.json`, 'utf8')), id)) as Dataset;
const datasets = () => new Map(['taxes-by-level', 'workforce-share'].map((id) => [id, dataset(id)]));
const summary = (): SummaryData => summarySchema.parse(raw());

describe('the summary content file', () => {
  it('passes its schema: 4–6 key points, 3–7 dates, every statement citing a listed https source', () => {
    expect(error(raw())).toBe('');
    const data = summary();
    expect(data.keyPoints.length).toBeGreaterThanOrEqual(4);
    expect(data.keyPoints.length).toBeLessThanOrEqual(6);
    expect(data.timeline.length).toBeGreaterThanOrEqual(3);
    expect(data.timeline.length).toBeLessThanOrEqual(7);
    for (const s of data.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it('does not type the headline figures itself; it names the dataset rows they come from', () => {
    const text = readFileSync(FILE, 'utf8');
    const figures = [...datasets().values()].flatMap((d) => d.rows.map((r) => formatValue(r.value, r.unit)));
    for (const figure of figures) expect(text, figure).not.toContain(figure);
    for (const h of summary().headlines) expect(['taxes-by-level', 'workforce-share']).toContain(h.figure.dataset);
  });

  it('rejects a seventh key point, naming the file and the field', () => {
    const data = raw();
    while (data.keyPoints.length < 7) data.keyPoints.push({ ...data.keyPoints[0] });
    const message = error(data);
    expect(message).toMatch(/^content\/en\/summary\.json: summary → en data does not match collection schema/);
    expect(reasons(message)).toEqual([
      'keyPoints: must have at most 6 key points (the summary must fit on one printed page)',
    ]);
  });

  it('rejects a key point longer than fits the printed page', () => {
    const data = raw();
    data.keyPoints[1].text = 'word '.repeat(80);
    expect(issues(data)).toEqual([
      'keyPoints.1.text: must be at most 300 characters (the summary must fit on one printed page)',
    ]);
  });

  it('rejects a citation of a source that is not listed, and a listed source nobody cites', () => {
    const data = raw();
    data.timeline[0].sources = ['no-such-source'];
    data.sources.push({ ...data.sources[0], id: 'never-cited', url: 'https://example.org/x' });
    const found = issues(data);
    expect(found).toContainEqual(expect.stringMatching(/^timeline\.0\.sources\.0: unknown source id "no-such-source"/));
    expect(found).toContainEqual(expect.stringMatching(/^sources\.\d+\.id: source "never-cited" is never cited/));
  });

  it('rejects a source without an https address', () => {
    const data = raw();
    data.sources[0].url = 'http://example.org/page';
    expect(issues(data)).toEqual(['sources.0.url: must be an https:// URL']);
  });

  it('rejects timeline dates out of order', () => {
    const data = raw();
    [data.timeline[0], data.timeline[1]] = [data.timeline[1], data.timeline[0]];
    expect(issues(data)).toContainEqual(
      expect.stringMatching(/^timeline\.1\.date: .* comes before .*; list dates oldest first/),
    );
  });

  it('rejects a placeholder in a headline that has no dataset row behind it', () => {
    const data = raw();
    data.headlines[0].label += ' {missing}';
    expect(issues(data)).toContainEqual('headlines.0.label: uses {missing} but refs has no "missing"');
  });
});

describe('buildSummary', () => {
  it('reads each headline number from its dataset row: ITEP’s tax-year total and Pew’s workforce share', () => {
    const view = buildSummary(summary(), datasets());
    const [taxes, workforce] = view.headlines;
    const itep = findRow(datasets(), { dataset: 'taxes-by-level', row: 'itep-2022-total' }, 'test').row;
    const pew = findRow(datasets(), { dataset: 'workforce-share', row: 'pew-2022-share' }, 'test').row;
    expect(taxes.value).toBe(formatValue(itep.value, itep.unit));
    expect(workforce.value).toBe(formatValue(pew.value, pew.unit));
    // The brief's figures, as the data files state them today.
    expect([taxes.value, workforce.value]).toEqual(['$96.7\u00a0billion', '4.8%']); // a number and its unit never part
    expect(taxes.label).toContain('tax year 2022');
    expect(taxes.note).toContain('$89.8\u00a0billion');
    expect(workforce.label).toContain('8.3\u00a0million'); // the review found "8.3 / million" split on a phone
  });

  it('follows a change in the data: a revised total shows up in the headline', () => {
    const data = datasets();
    const taxes = structuredClone(data.get('taxes-by-level')!);
    taxes.rows.find((r) => r.group === 'ITEP, tax year 2022' && r.label === 'Total')!.value = 101.2;
    data.set('taxes-by-level', taxes);
    expect(buildSummary(summary(), data).headlines[0].value).toBe('$101.2\u00a0billion');
  });

  it('stops with the file and the field when a headline names a row the data does not have', () => {
    const data = summary();
    data.headlines[1].figure = { dataset: 'workforce-share', row: 'pew-2022-all-workers' };
    expect(() => buildSummary(data, datasets(), FILE)).toThrow(
      `${FILE}: headlines[1] ("workforce").figure: no row with id "pew-2022-all-workers" in dataset "workforce-share"; name exactly one row`,
    );
  });

  it('numbers sources in reading order, one number per address, the data sources first', () => {
    const view = buildSummary(summary(), datasets());
    expect(view.sources.map((s) => s.n)).toEqual(view.sources.map((_, i) => i + 1));
    expect(new Set(view.sources.map((s) => s.url)).size).toBe(view.sources.length);
    expect(view.headlines.flatMap((h) => h.cites)).toEqual([1, 2, 3]);
    expect(view.sources[0].publisher).toMatch(/ITEP/);
    const firstPointCite = view.keyPoints[0].cites[0];
    expect(firstPointCite).toBe(4);
    for (const s of view.sources) expect(s.host).not.toMatch(/^www\./);
  });

  it('dates the page by the newest of the summary file and the datasets it reads', () => {
    const data = summary();
    data.updated = new Date('2020-01-01T00:00:00Z');
    const view = buildSummary(data, datasets());
    const checked = ['taxes-by-level', 'workforce-share']
      .map((id) => datasets().get(id)!.meta.date)
      .sort()
      .at(-1);
    expect(view.updated.toISOString().slice(0, 10)).toBe(checked);
  });
});
