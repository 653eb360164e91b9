import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parseCsv, csvColumns, csvKind, csvLineCount } from '../../src/charts/csv';
import { DIST, allPages, page } from '../setup/dist';
import { CHART_IDS, EN, loadDataset } from '../unit/charts-fixtures';

// Runs on dist/ as built by the global setup, with the writers' real sections.
/** The dataset files the site is built from. */
const DATA = 'content/data';
const home = page('/all/'); // the whole explainer on one page

describe('charts in the built home page', () => {
  it('has at least eight chart figures, each with its SVG', () => {
    const figures = home.querySelectorAll('main figure.chart');
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const f of figures) expect(f.querySelector('svg[role="img"]'), f.id).toBeTruthy();
  });

  it('leads the short version with the data chain, right after its first item', () => {
    const first = home.querySelector('section#short-version figure.chart');
    expect(first?.getAttribute('data-chart')).toBe('data-chain');
    expect(first?.previousElementSibling?.tagName).toBe('UL');
    expect(first?.previousElementSibling?.querySelectorAll('li')).toHaveLength(1);
  });

  it.each(CHART_IDS)('renders %s in the static HTML as an SVG with role="img" and an accessible name', (id) => {
    const figure = home.querySelector(`figure.chart[data-chart="${id}"]`);
    expect(figure, `<Chart id="${id}" /> is not on /`).toBeTruthy();
    const svg = figure!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const name = home.getElementById(svg.getAttribute('aria-labelledby')!)?.text.trim();
    expect(name).toBe(loadDataset(id).meta.title);
    expect(home.getElementById(svg.getAttribute('aria-describedby')!)?.text.trim().length).toBeGreaterThan(30);
    expect(svg.querySelectorAll('[data-label][data-value]').length).toBeGreaterThan(0);
  });

  it.each(CHART_IDS)('lets a screen reader hear %s’s title and finding once each, not for every wrapper', (id) => {
    const figure = home.querySelector(`figure.chart[data-chart="${id}"]`)!;
    const svg = figure.querySelector('svg')!;
    const titleId = svg.getAttribute('aria-labelledby')!;
    const descId = svg.getAttribute('aria-describedby')!;
    const naming = (ref: string) =>
      [figure, ...figure.querySelectorAll('[aria-labelledby], [aria-describedby]')].filter((el) =>
        `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`
          .split(/\s+/)
          .includes(ref),
      );
    // One SVG per layout (narrow, wide, and for some charts the wide screens'); CSS shows one, so a screen reader meets one.
    const svgs = figure.querySelectorAll('svg.chart-svg').map(() => 'SVG');
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    expect(naming(titleId).map((el) => el.tagName)).toEqual(['FIGURE', ...svgs]);
    expect(naming(descId).map((el) => el.tagName)).toEqual(svgs);
    // The finding is read as the chart's description, so it is not also left in the page as text.
    expect(home.getElementById(descId)!.hasAttribute('hidden')).toBe(true);
    expect(figure.querySelector('.chart-frame')!.getAttribute('aria-label')).toBe('Chart');
  });

  it.each(CHART_IDS)('gives %s a table of the same rows inside <details>', (id) => {
    const figure = home.querySelector(`figure.chart[data-chart="${id}"]`)!;
    expect(figure.querySelector('details > summary')?.text).toMatch(/^Data table: .{10,}/);
    expect(figure.querySelectorAll('details table tbody tr')).toHaveLength(loadDataset(id).rows.length);
  });

  it.each(CHART_IDS)('links %s to a CSV that exists in dist and parses to one line per row', (id) => {
    const figure = home.querySelector(`figure.chart[data-chart="${id}"]`)!;
    const href = figure.querySelector('a.chart-csv')!.getAttribute('href')!;
    expect(href).toBe(`/data/${id}.csv`);
    const file = join(DIST, href);
    expect(existsSync(file), file).toBe(true);
    const table = parseCsv(readFileSync(file, 'utf8'));
    const data = loadDataset(id);
    // Figures: one line per row; cases: one line per step of each case.
    const columns = csvColumns(csvKind(data), EN);
    expect(table[0]).toEqual([...columns]);
    expect(table).toHaveLength(csvLineCount(data) + 1);
    for (const line of table) expect(line).toHaveLength(columns.length);
  });

  it.each(CHART_IDS)('credits %s with linked https sources and the period in its caption', (id) => {
    const caption = home.querySelector(`figure.chart[data-chart="${id}"] figcaption`)!;
    // Sources, that is: not the CSV download nor the reuse kit's files and pages.
    const links = caption
      .querySelectorAll('a:not(.chart-csv)')
      .filter((a) => !a.closest('chart-reuse'))
      .map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https:\/\/[^/]+\.[^/]+/);
    expect(caption.text).toContain(loadDataset(id).meta.period);
  });
});

describe('charts on every built page', () => {
  const withCharts = allPages()
    .map((path) => ({ path, doc: page(path) }))
    .filter(({ doc }) => doc.querySelector('figure.chart'));

  it('appear on the home page and on the single-section pages that hold them', () => {
    expect(withCharts.map((p) => p.path)).toContain('/');
    expect(withCharts.length).toBeGreaterThan(1);
  });

  it('never repeat an element id on a page, and every aria reference resolves', () => {
    for (const { path, doc } of withCharts) {
      const ids = doc.querySelectorAll('[id]').map((el) => el.id);
      expect(
        ids.filter((x, i) => ids.indexOf(x) !== i),
        path,
      ).toEqual([]);
      for (const el of doc.querySelectorAll('figure.chart [aria-labelledby], figure.chart [aria-describedby]')) {
        for (const ref of `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`
          .split(/\s+/)
          .filter(Boolean)) {
          expect(doc.getElementById(ref), `${path}: #${ref}`).toBeTruthy();
        }
      }
    }
  });
});

describe('the CSV files', () => {
  it('exist for every dataset and only for datasets', () => {
    const files = readdirSync(join(DIST, 'data')).filter((f) => f.endsWith('.csv'));
    const datasets = readdirSync(DATA)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, '.csv'));
    expect(files.sort()).toEqual(datasets.sort());
  });

  it('quote fields that hold commas or quotes so each line keeps its columns', () => {
    const text = readFileSync(join(DIST, 'data', 'requests-vs-disclosed.csv'), 'utf8');
    expect(text).toContain('"ICE’s first request, refused by the IRS"');
    expect(text).toContain(
      '"Refused by the IRS’s acting general counsel, ProPublica reported; date from Fox News’s account of Judge Talwani’s order"',
    );
    expect(text.split('\n')[0]).toBe(csvColumns('figures', EN).join(','));
    const html = parse(readFileSync(join(DIST, 'index.html'), 'utf8'));
    expect(html.querySelector('a.chart-csv')?.getAttribute('download')).toMatch(/\.csv$/);
  });
});
