import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { formatters } from '../../src/i18n/format';
const { value: formatValue } = formatters('en');
import { resolveDataset } from '../../src/content/dataset-text';
import { parseDataset, type Dataset } from '../../src/content/data-schema';
import { allPages, page } from '../setup/dist';

const doc = page('/summary/');
const content = JSON.parse(readFileSync('content/en/summary.json', 'utf8'));
const dataset = (id: string): Dataset =>
  resolveDataset(parseDataset(JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8')), id)) as Dataset;
const text = (s: string | undefined) => (s ?? '').replace(/[\s\u2060]+/g, ' ').trim();
const row = (id: string, group: string, label: string) =>
  dataset(id).rows.find((r) => r.group === group && r.label === label)!;
/** The English explainer's absolute address, as the build wrote it (SITE_URL). */
const explainerUrl = page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!;

describe('the built one-page summary', () => {
  it('shows its title and a machine-readable last-updated date', () => {
    expect(text(doc.querySelector('h1')?.text)).toBe(content.title);
    const time = doc.querySelector('.summary-meta time');
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(time?.text).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });

  it('shows every key point, date and court case of the content file, each with a citation number', () => {
    const points = doc.querySelectorAll('.summary-points li');
    expect(points.map((li) => text(li.text))).toEqual(
      content.keyPoints.map((p: { lead: string; text: string }) => expect.stringContaining(`${p.lead} ${p.text}`)),
    );
    const dates = doc.querySelectorAll('.summary-timeline time').map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual(content.timeline.map((t: { date: string }) => t.date));
    expect(
      doc.querySelectorAll('.summary-courts li').map((li) => text(li.querySelector('.summary-case')?.text)),
    ).toEqual(content.courts.cases.map((c: { name: string }) => c.name));
    for (const li of [...points, ...doc.querySelectorAll('.summary-timeline li, .summary-courts li')]) {
      const cites = li.querySelectorAll('.cite a');
      expect(cites.length, text(li.text)).toBeGreaterThan(0);
      for (const a of cites) expect(doc.querySelector(a.getAttribute('href')!), a.getAttribute('href')!).toBeTruthy();
    }
  });

  it('shows the two headline numbers read from the chart datasets, with their sources in the list', () => {
    const itep = row('taxes-by-level', 'ITEP, tax year 2022', 'Total');
    const aic = row('taxes-by-level', 'AIC, 2023', 'Total');
    const pew = row('workforce-share', 'Pew, 2022', 'Share of U.S. workers');
    const workers = row('workforce-share', 'Pew, 2022', 'Unauthorized immigrant workers');
    const values = doc.querySelectorAll('.summary-value').map((v) => v.text);
    expect(values).toEqual([formatValue(itep.value, itep.unit), formatValue(pew.value, pew.unit)]);
    const [taxes, workforce] = doc.querySelectorAll('.summary-figure').map((f) => text(f.text));
    expect(taxes).toContain(text(formatValue(aic.value, aic.unit)));
    expect(taxes).toContain(`tax year ${itep.period}`);
    expect(workforce).toContain(text(formatValue(workers.value, workers.unit)));
    const listed = doc.querySelectorAll('.summary-source-list a').map((a) => a.getAttribute('href'));
    for (const id of ['taxes-by-level', 'workforce-share']) {
      for (const s of dataset(id).meta.sources.filter((s) =>
        dataset(id).rows.some((r) => r.source === s.id && r.comparable !== false),
      )) {
        expect(listed, s.url).toContain(s.url);
      }
    }
  });

  it('lists every source once, with publisher, title, date and an https link', () => {
    const items = doc.querySelectorAll('.summary-source-list li');
    const urls = items.map((li) => li.querySelector('a')!.getAttribute('href')!);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    for (const s of content.sources) {
      const li = items.find((item) => item.querySelector('a')?.getAttribute('href') === s.url);
      expect(li, s.id).toBeTruthy();
      expect(text(li!.text)).toContain(s.publisher);
      expect(text(li!.text)).toContain(s.title);
    }
  });

  it('draws one small chart at build time from the workforce dataset: an inline SVG, no image file', () => {
    const charts = doc.querySelectorAll('main figure');
    expect(charts).toHaveLength(1);
    const svg = charts[0].querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toContain(dataset('workforce-share').meta.title);
    expect(svg!.querySelectorAll('rect').length).toBeGreaterThanOrEqual(100);
    expect(doc.querySelectorAll('main img')).toHaveLength(0);
  });

  it('prints the full explainer’s absolute address in full and as an inline SVG QR code of it', async () => {
    expect(text(doc.querySelector('.summary-url')?.text)).toBe(explainerUrl);
    const qr = doc.querySelector('.qr');
    expect(qr?.getAttribute('role')).toBe('img');
    expect(qr?.getAttribute('aria-label')).toBe(`QR code for ${explainerUrl}`);
    const expected = await QRCode.toString(explainerUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const modules = (svg: string) => /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
    expect(modules(qr!.innerHTML)).toBeTruthy();
    expect(modules(qr!.innerHTML)).toBe(modules(expected));
  });

  it('has its own head: canonical /summary/ and the summary share image', () => {
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      new URL('/summary/', explainerUrl).href,
    );
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      new URL('/og/summary.png', explainerUrl).href,
    );
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(content.dek);
  });

  it('has a Print button that starts hidden (for readers without JavaScript) and is marked print-hide', () => {
    const button = doc.querySelector('print-button button');
    expect(button?.text.trim()).toBe('Print this page');
    expect(button?.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('print-button')?.classList.contains('print-hide')).toBe(true);
  });

  it('is linked from the home page hero and from the footer of every page', () => {
    expect(page('/').querySelector('main a[href="/summary/"]')).toBeTruthy();
    expect(page('/es/').querySelector('main a[href="/es/summary/"]')).toBeTruthy();
    // Each edition's pages lead to its own summary; the chart embeds are the figure alone, for other sites'
    // frames: no header or footer of the site.
    for (const path of allPages().filter((p) => !p.startsWith('/404') && !/^(\/es)?\/embed\//.test(p))) {
      const summary = path.startsWith('/es/') ? '/es/summary/' : '/summary/';
      expect(page(path).querySelector(`footer a[href="${summary}"]`), path).toBeTruthy();
    }
  });

  it('every page carries the print rules: the one stylesheet file every page links, or, on the front pages, their inline rules', () => {
    const files = new Set<string>();
    for (const path of allPages()) {
      const links = page(path).querySelectorAll('link[rel="stylesheet"]');
      if (path === '/' || path === '/es/') {
        // The front pages link no stylesheet: their inline rules include the print rules that apply to them.
        expect(links, path).toHaveLength(0);
        expect(page(path).querySelector('style')?.textContent, path).toMatch(/@media print\{[^]*\.print-hide/);
        continue;
      }
      expect(links, path).toHaveLength(1);
      expect(links[0]!.getAttribute('media') ?? 'all', path).toBe('all');
      files.add(links[0]!.getAttribute('href')!);
    }
    expect(files.size).toBe(1);
    const css = readFileSync(`dist${[...files][0]}`, 'utf8');
    expect(css).toMatch(/@media print\{[^]*\.print-hide/);
  });
});
