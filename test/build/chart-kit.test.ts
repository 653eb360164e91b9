import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { parse } from 'node-html-parser';
import { sitemapPages } from '../bench/measure.mjs';
import { DIST, page } from '../setup/dist';
import { parseXml, type XmlElement } from '../setup/xml';
import { CHART_IDS, loadDataset } from '../unit/charts-fixtures';

// The chart reuse kit in the built site: under every chart on a section page (and on the chart's own page)
// the PNG, SVG, CSV, embed code and chart page, a citation and the licence; on the home page, where nine
// kits would weigh on its byte budget, the same downloads with the embed code and citation one link away on
// the chart's page; the files those links name; the chart pages' cards; and the embed pages, which only other
// sites' frames should show.
const home = page('/all/'); // the whole explainer on one page, where every chart carries its compact kit
const origin = home.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
const abs = (path: string) => new URL(path, origin).href;
const figureOn = (doc: HTMLElement, id: string) => doc.querySelector(`figure.chart[data-chart="${id}"]`)!;
/** The chart's figure on its section's own page, where its kit is whole. */
const figure = (id: string) => figureOn(page(`/s/${sectionOf(id).id}/`), id);
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

/** Width and height of a PNG in dist/, from its IHDR chunk. */
function png(path: string) {
  const file = join(DIST, path);
  expect(existsSync(file), file).toBe(true);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: statSync(file).size };
}
const walk = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(walk)];

/** Chart id → the section whose MDX places it, read from the sources. */
const sectionOf = (id: string) => {
  const s = home
    .querySelectorAll('main section.section')
    .find((sec) => sec.querySelector(`figure.chart[data-chart="${id}"]`))!;
  return { id: s.id, title: s.querySelector('h2')!.text.trim() };
};

describe('the reuse kit under every chart', () => {
  it('is under all nine charts, once each, on the home page and on the sections’ pages', () => {
    expect(CHART_IDS).toHaveLength(9);
    for (const id of CHART_IDS) expect(figureOn(home, id).querySelectorAll('chart-reuse'), id).toHaveLength(1);
    for (const id of CHART_IDS) expect(figure(id).querySelectorAll('chart-reuse'), id).toHaveLength(1);
  });

  it.each(CHART_IDS)(
    '%s on the home page links its PNG, SVG, CSV, chart page and, there, its embed code and citation',
    (id) => {
      const fig = figureOn(home, id);
      const hrefs = fig.querySelectorAll('a').map((a) => a.getAttribute('href')!);
      for (const href of [`/charts/${id}.png`, `/charts/${id}.svg`, `/data/${id}.csv`, `/c/${id}/`])
        expect(hrefs, href).toContain(href);
      const more = hrefs.find((h) => h.startsWith(`/c/${id}/#`))!;
      expect(more, 'a link to the embed code').toBeTruthy();
      // The fragment lands on the chart page's kit, which holds the embed code and the citation.
      const target = page(`/c/${id}/`).getElementById(more.split('#')[1]!);
      expect(target?.querySelector('textarea'), more).toBeTruthy();
      expect(target?.querySelector('.reuse-cite'), more).toBeTruthy();
      // No button that would appear with JavaScript and move the chart.
      expect(fig.querySelectorAll('chart-reuse button')).toHaveLength(0);
    },
  );

  it.each(CHART_IDS)('%s links its PNG, SVG, CSV, embed code and chart page', (id) => {
    const fig = figure(id);
    const hrefs = fig.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/charts/${id}.png`);
    expect(hrefs).toContain(`/charts/${id}.svg`);
    expect(hrefs).toContain(`/data/${id}.csv`);
    expect(hrefs).toContain(`/c/${id}/`);
    for (const a of fig.querySelectorAll('a[href^="/charts/"], a.chart-csv'))
      expect(a.hasAttribute('download'), a.getAttribute('href')!).toBe(true);
    for (const href of hrefs.filter((h) => h!.startsWith('/')).map((h) => h!.split('#')[0]!))
      expect(existsSync(join(DIST, href.endsWith('/') ? `${href}index.html` : href)), href).toBe(true);
    // The embed code: an <iframe> of the embed page, absolute, titled, with a fixed height and no script.
    const code = fig.querySelector('chart-reuse textarea')!;
    expect(code.getAttribute('readonly')).not.toBeUndefined();
    expect(fig.querySelector(`label[for="${code.id}"]`), 'the code field is labelled').toBeTruthy();
    const iframe = parse(code.text).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(abs(`/embed/${id}/`));
    expect(iframe.getAttribute('title')).toContain(loadDataset(id).meta.title);
    expect(Number(iframe.getAttribute('height'))).toBeGreaterThan(300);
    expect(code.text).not.toMatch(/<script/i);
    // Copy buttons need JavaScript, so they start hidden; the kit's script is the custom element's.
    for (const b of fig.querySelectorAll('chart-reuse button')) expect(b.hasAttribute('hidden'), b.text).toBe(true);
    expect(
      fig
        .querySelectorAll('chart-reuse button')
        .map((b) => b.getAttribute('data-copy'))
        .sort(),
    ).toEqual(['embed', 'link']);
    expect(fig.querySelector('chart-reuse')!.getAttribute('data-url')).toBe(abs(`/c/${id}/`));
    expect(fig.querySelector('chart-reuse [role="status"]')).toBeTruthy();
  });

  it.each(CHART_IDS)('%s says how to cite it (publisher, title, date, URL) and under which licence', (id) => {
    const { meta: m } = loadDataset(id);
    const cite = figure(id).querySelector('.reuse-cite')!.text.replace(/\s+/g, ' ');
    expect(cite).toMatch(/^How to cite:/);
    expect(cite).toContain('The IRS–ICE Data Explainer project');
    expect(cite).toContain(`“${m.title},”`);
    expect(cite).toContain(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${m.date}T00:00:00Z`)),
    );
    expect(cite).toContain(abs(`/c/${id}/`));
    expect(cite).toContain('CC BY 4.0');
    expect(cite).toMatch(/the data belong to their sources/);
    expect(figure(id).querySelector('.reuse-cite a[rel="license"]')?.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });

  it('is hidden in print', () => {
    for (const id of CHART_IDS)
      expect(figure(id).querySelector('chart-reuse')!.classList.contains('print-hide'), id).toBe(true);
  });
});

describe('the chart files', () => {
  it.each(CHART_IDS)('/charts/%s.png is the figure at 2×: 1200 px wide, at most 400 KB', (id) => {
    const { width, height, size } = png(`/charts/${id}.png`);
    const svg = parseXml(readFileSync(join(DIST, 'charts', `${id}.svg`), 'utf8'));
    expect(width).toBe(1200);
    expect(width).toBe(2 * Number(svg.attrs.width));
    expect(height).toBe(Math.round(2 * Number(svg.attrs.height)));
    expect(size).toBeLessThanOrEqual(400 * 1024);
  });

  it.each(CHART_IDS)(
    '/charts/%s.svg stands alone: XML, xmlns, its own <style>, text elements, nothing external',
    (id) => {
      const source = readFileSync(join(DIST, 'charts', `${id}.svg`), 'utf8');
      const root = parseXml(source);
      const all = walk(root);
      expect(root.name).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(all.filter((e) => e.name === 'style')).toHaveLength(1);
      expect(all.find((e) => e.name === 'style')!.text).toMatch(/font-family:'Source Serif 4', [^;}]*serif/);
      const texts = all.filter((e) => e.name === 'text').map((e) => e.text);
      expect(texts.length).toBeGreaterThan(5);
      expect(texts.join(' ')).toContain(loadDataset(id).meta.title.split(' ')[0]!);
      for (const el of all)
        for (const [name, value] of Object.entries(el.attrs)) {
          expect(name).not.toMatch(/href$/);
          if (name !== 'xmlns') expect(value, `${el.name} ${name}`).not.toMatch(/url\(|\/\//);
        }
      expect(source).not.toMatch(/url\(|@import|<image|<script|xlink/);
      expect(statSync(join(DIST, 'charts', `${id}.svg`)).size).toBeLessThanOrEqual(20 * 1024);
    },
  );

  it.each(CHART_IDS)('/og/chart-%s.png is a 1200×630 card of at most 300 KB', (id) => {
    const { width, height, size } = png(`/og/chart-${id}.png`);
    expect([width, height]).toEqual([1200, 630]);
    expect(size).toBeLessThanOrEqual(300 * 1024);
  });
});

describe('a share page per chart', () => {
  it.each(CHART_IDS)('/c/%s/ has its own title, description, card and Open Graph and Twitter tags', (id) => {
    const doc = page(`/c/${id}/`);
    const data = loadDataset(id);
    const takeaway = figure(id).querySelector('.chart-takeaway')!.text.trim();
    const url = abs(`/c/${id}/`);
    // The chart's title, cut at a word when it would run past 70 characters.
    expect(doc.querySelector('title')!.text.length).toBeLessThanOrEqual(70);
    expect(doc.querySelector('title')!.text).toContain(data.meta.title.slice(0, 40));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(doc, 'og:url')).toBe(url);
    // A feed shows the chart's title over its takeaway (≤ 200 characters), not the figure's long text alternative.
    expect(meta(doc, 'og:title')).toBe(data.meta.title);
    expect(meta(doc, 'twitter:title')).toBe(data.meta.title);
    expect(meta(doc, 'description')!.length).toBeGreaterThan(40);
    expect(meta(doc, 'description')!.length).toBeLessThanOrEqual(200);
    expect(takeaway.startsWith(meta(doc, 'description')!.replace(/…$/, ''))).toBe(true);
    expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
    expect(meta(doc, 'twitter:description')).toBe(meta(doc, 'description'));
    expect(meta(doc, 'og:image')).toBe(abs(`/og/chart-${id}.png`));
    expect(meta(doc, 'twitter:image')).toBe(abs(`/og/chart-${id}.png`));
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(doc, 'og:image:alt')).toContain(takeaway);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'robots')).toBeUndefined();
    // The figure itself, with the same drawings as in its section (two or three layouts), its kit, and the way to its section.
    const drawings = (root: typeof doc) =>
      root.querySelectorAll('svg.chart-svg').map((svg) => svg.getAttribute('viewBox'));
    expect(drawings(doc.querySelector(`main figure.chart[data-chart="${id}"]`)!)).toEqual(drawings(figure(id)));
    expect(doc.querySelector('main chart-reuse')).toBeTruthy();
    expect(doc.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`/s/${sectionOf(id).id}/`);
  });

  it.each(CHART_IDS.flatMap((id) => [`/c/${id}/`, `/es/c/${id}/`]))(
    '%s describes its data as a schema.org Dataset with the CSV and its sources',
    (path) => {
      const doc = page(path);
      const id = path.split('/').at(-2)!;
      const data = loadDataset(id);
      const lds = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
      const d = lds.find((x) => x['@type'] === 'Dataset');
      expect(d, 'Dataset JSON-LD').toBeTruthy();
      for (const key of [
        'name',
        'description',
        'license',
        'creator',
        'temporalCoverage',
        'distribution',
        'isBasedOn',
        'citation',
      ])
        expect(d[key], key).toBeTruthy();
      expect(d.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
      expect(d.temporalCoverage).toMatch(/^\d{4}(\/\d{4})?$/);
      expect(d.distribution[0]).toMatchObject({
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: abs(`${path.startsWith('/es/') ? '/es' : ''}/data/${id}.csv`),
      });
      expect(d.isBasedOn.map((s: { url: string }) => s.url).sort()).toEqual(data.meta.sources.map((s) => s.url).sort());
    },
  );

  it('has titles and cards that differ from chart to chart, and is in the sitemap', () => {
    const titles = CHART_IDS.map((id) => meta(page(`/c/${id}/`), 'og:title'));
    expect(new Set(titles).size).toBe(CHART_IDS.length);
    const listed = sitemapPages();
    for (const id of CHART_IDS) expect(listed, id).toContain(`/c/${id}/`);
  });
});

describe('an embed page per chart', () => {
  it.each(CHART_IDS)(
    '/embed/%s/ is noindex, canonical to its section, and holds the figure, its source, notes and a link back',
    (id) => {
      const doc = page(`/embed/${id}/`);
      const data = loadDataset(id);
      const section = sectionOf(id);
      expect(meta(doc, 'robots')).toBe('noindex');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(abs(`/s/${section.id}/`));
      const fig = doc.querySelector(`main figure.chart[data-chart="${id}"]`)!;
      expect(fig.querySelectorAll('svg')).toHaveLength(2);
      expect(fig.querySelector('.chart-takeaway')!.text.trim()).toBe(
        figure(id).querySelector('.chart-takeaway')!.text.trim(),
      );
      // The same one-line source as the chart in its section: publishers only, the citations in the disclosure.
      expect(fig.querySelector('.chart-source')!.text).toBe(figure(id).querySelector('.chart-source')!.text);
      expect(fig.text).toContain(data.meta.notes);
      expect(fig.text).toContain(data.meta.period);
      const back = fig.querySelectorAll('a').find((a) => a.getAttribute('href') === abs(`/s/${section.id}/`));
      expect(back?.text, 'a link back to the section').toContain(section.title);
      // No script at all, and every link leaves the frame (the rest of the site refuses to be framed).
      expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
      for (const a of doc.querySelectorAll('a')) {
        expect(a.getAttribute('target'), a.getAttribute('href')!).toBe('_blank');
        expect(a.getAttribute('rel'), a.getAttribute('href')!).toMatch(/noopener/);
      }
      // Nothing of the site around it: no header, footer, contents or reuse kit.
      expect(doc.querySelectorAll('header, footer, nav, chart-reuse, share-controls')).toHaveLength(0);
    },
  );

  it('is left out of the sitemap, in both editions', () => {
    expect(sitemapPages().filter((p) => /^(\/es)?\/embed\//.test(p))).toEqual([]);
  });
});

describe('who may frame what (public/_headers)', () => {
  const text = readFileSync('public/_headers', 'utf8');
  const blocks = new Map<string, string[]>();
  let current = '';
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.set((current = line.trim()), []);
    else blocks.get(current)!.push(line.trim());
  }
  const csp = (block: string) => blocks.get(block)!.find((l) => l.startsWith('Content-Security-Policy:'))!;

  it('lets any site frame /embed/* and /es/embed/* and nothing else', () => {
    const embeds = ['/embed/*', '/es/embed/*'];
    expect([...blocks.keys()]).toEqual(['/*', ...embeds]);
    expect(csp('/*')).toMatch(/frame-ancestors 'none'$/);
    expect(blocks.get('/*')).toContain('X-Frame-Options: DENY');
    for (const block of embeds) {
      expect(blocks.get(block), block).toEqual(
        expect.arrayContaining(['! Content-Security-Policy', '! X-Frame-Options']),
      );
      expect(csp(block)).toMatch(/frame-ancestors \*$/);
      // Apart from frame-ancestors, the embed's policy is the site's.
      expect(csp(block).replace(/frame-ancestors .*$/, '')).toBe(csp('/*').replace(/frame-ancestors .*$/, ''));
      expect(
        blocks.get(block)!.some((l) => /^X-Frame-Options:/.test(l)),
        block,
      ).toBe(false);
    }
  });
});
