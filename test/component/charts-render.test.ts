import { beforeAll, describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { CHARTS, type ChartId as Id } from '../../src/chart-registry';
import ChartShell from '../../src/components/charts/ChartShell.astro';
import PageFixture from './charts-page-fixture.astro';
import { loadDataset, nb } from '../unit/charts-fixtures';

// <Chart> reads its dataset through the content loader (getCollection('datasets')); outside a build
// there is no content store, so the test serves the same files through the same schema. English only:
// no other language's chart words.
vi.mock('astro:content', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { parseDataset } = await import('../../src/content/data-schema');
  const files = readdirSync('content/data').filter((f) => f.endsWith('.json'));
  return {
    getCollection: async (collection: string) =>
      collection === 'datasets'
        ? files.map((f) => ({
            id: f.replace(/\.json$/, ''),
            collection,
            data: parseDataset(JSON.parse(readFileSync(`content/data/${f}`, 'utf8')), f),
          }))
        : [],
  };
});

const IDS = Object.keys(CHARTS) as Id[];

let container: AstroContainer;
const rendered = new Map<Id, { html: string; doc: HTMLElement }>();

beforeAll(async () => {
  container = await AstroContainer.create();
  for (const id of IDS) {
    const html = await container.renderToString(ChartShell, {
      props: { id, data: loadDataset(id), uid: `chart-${id}` },
    });
    rendered.set(id, { html, doc: parse(html) });
  }
});

/** The SVGs alone (narrow layout, then wide, then the wide screens' if any), one element per line, for a stable readable snapshot. */
const svgSnapshot = (html: string) =>
  (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).map((svg) => svg.replace(/>\s*</g, '>\n<').trim()).join('\n\n') + '\n';

describe.each(IDS)('the %s chart', (id) => {
  const get = () => rendered.get(id)!;

  it('renders the same SVG as the snapshot, numbers rounded to 0.1 px', async () => {
    const svg = svgSnapshot(get().html);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(svg).not.toMatch(/ (?:x|y|width|height|d|viewBox)="[^"]*\d\.\d\d/);
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
  });

  it('is a figure whose SVG has role="img", is named by the title and described by a sentence', () => {
    const { doc } = get();
    const figure = doc.querySelector('figure.chart')!;
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = doc.getElementById(svg.getAttribute('aria-labelledby')!);
    const desc = doc.getElementById(svg.getAttribute('aria-describedby')!);
    expect(title?.text.trim().length).toBeGreaterThan(10);
    expect(desc?.text.trim()).toMatch(/\d.*\.$/);
    expect(figure.getAttribute('aria-labelledby')).toBe(title?.id);
  });

  it('reserves its space with a viewBox and width/height and puts data-label/data-value on every mark', () => {
    const svg = get().doc.querySelector('svg')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBe(340);
    expect(Number(svg.getAttribute('width'))).toBe(w);
    expect(Number(svg.getAttribute('height'))).toBe(h);
    const marks = svg.querySelectorAll('[data-label]');
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.getAttribute('data-value')).toBeTruthy();
  });

  it('uses direct labels, not a legend, at 13 units or more', () => {
    const texts = get().doc.querySelectorAll('svg text');
    expect(texts.length).toBeGreaterThan(2);
    // A text without its own font-size takes the SVG's (the default, FONT).
    for (const t of texts)
      expect(Number(t.getAttribute('font-size') ?? t.closest('svg')!.getAttribute('font-size'))).toBeGreaterThanOrEqual(
        13,
      );
    // No colour key to decode: every coloured mark's value (or the number it leads with) is printed in the
    // chart's own text, in each layout. A legend (swatches and names apart from the marks) fails this.
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const svg of get().doc.querySelectorAll('svg')) {
      const printed = words(
        svg
          .querySelectorAll('text')
          .map((t) => t.text)
          .join(' '),
      );
      const unlabelled = svg
        .querySelectorAll('g.chart-mark.cat[data-value]')
        .map((m) => words(m.getAttribute('data-value')!))
        .filter((value) => {
          const shown = value.replace(/\s*\([^)]*\)$/, '');
          const lead = /^\$?\d+(?:[,.]\d+)*%?/.exec(shown)?.[0];
          return !printed.includes(shown) && !(lead && printed.includes(lead));
        });
      expect(unlabelled, `${svg.getAttribute('class')}: marks whose value the chart does not print`).toEqual([]);
    }
  });

  it('has a keyboard-reachable frame and a table of the same rows inside <details>', () => {
    const { doc } = get();
    const frame = doc.querySelector('chart-tips .chart-frame')!;
    expect(frame.getAttribute('tabindex')).toBe('0');
    expect(doc.querySelector('details > summary')?.text).toMatch(/^Data table: .{10,}/);
    expect(doc.querySelectorAll('details table tbody tr')).toHaveLength(loadDataset(id).rows.length);
  });

  it('names its publishers in one short source line and keeps the citations, and the downloads, behind one disclosure each', () => {
    const { doc } = get();
    const data = loadDataset(id);
    const line = doc.querySelector('figcaption > .chart-source')!;
    // Publishers only: no titles, no links, at most five named (past that, four and "and N others").
    expect(line.querySelectorAll('a')).toHaveLength(0);
    expect(line.text.split(';').length).toBeLessThanOrEqual(5);
    for (const s of data.meta.sources) expect(line.text).not.toContain(s.title);
    const about = doc.querySelector('details.chart-about')!;
    for (const s of data.meta.sources)
      expect(about.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(s.url);
    // One "Download and share" control, a plain <details>, holding the CSV, the PNG, the SVG and the embed code.
    const kit = doc.querySelectorAll('details.reuse');
    expect(kit).toHaveLength(1);
    expect(kit[0]!.querySelector(':scope > summary')!.text).toBe('Download and share');
    expect(kit[0]!.querySelectorAll('details')).toHaveLength(0);
    expect(kit[0]!.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual([
      `/data/${id}.csv`,
      `/charts/${id}.png`,
      `/charts/${id}.svg`,
    ]);
  });

  it('links every source over https and offers the CSV', () => {
    const { doc } = get();
    const caption = doc.querySelector('figcaption')!;
    const links = caption.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    const data = loadDataset(id);
    for (const s of data.meta.sources) expect(links).toContain(s.url);
    for (const href of links.filter((h) => !h.startsWith('/'))) expect(href).toMatch(/^https:\/\//);
    expect(caption.querySelector('a.chart-csv')?.getAttribute('href')).toBe(`/data/${id}.csv`);
    expect(caption.text).toContain(data.meta.period);
  });

  it('has no element id used twice', () => {
    const ids = get()
      .doc.querySelectorAll('[id]')
      .map((el) => el.id);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
  });
});

describe('the workforce-share chart', () => {
  it('prints the revised Pew series as a separate note flagged not comparable, never as a mark', () => {
    const { doc } = rendered.get('workforce-share')!;
    const note = doc.querySelector('.chart-note')!;
    expect(note.text).toMatch(/Not comparable/);
    expect(note.text).toContain('5.6%');
    expect(note.text).toContain(nb('9.7 million'));
    const values = doc.querySelectorAll('svg [data-value]').map((m) => m.getAttribute('data-value'));
    expect(values.join(' ')).not.toMatch(/5\.6|9\.7/);
  });
});

describe('<Chart id> on a page', () => {
  it('looks up the dataset by id and gives a chart placed twice on one page its own ids', async () => {
    const html = await container.renderToString(PageFixture);
    const doc = parse(html);
    expect(doc.querySelectorAll('figure.chart').map((f) => f.id)).toEqual([
      'chart-taxes-by-state',
      'chart-taxes-by-state-2',
      'chart-workforce-share',
    ]);
    const ids = doc.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
    for (const svg of doc.querySelectorAll('svg'))
      expect(doc.getElementById(svg.getAttribute('aria-labelledby')!)).toBeTruthy();
  });
});
