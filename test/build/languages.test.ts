import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { DIST, allPages, page } from '../setup/dist';
import { parseCsv } from '../../src/charts/csv';

// The two editions as search engines, social sites and readers meet them: every English page has a
// Spanish twin and the other way round, each says its language, names its twin (hreflang both ways,
// x-default English), and links to it from the language switch; Spanish pages write numbers the es-US
// way (dates: test/build/us-dates.test.ts).
const origin = page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!;
const abs = (path: string) => new URL(path, origin).href;
const all = allPages();
// Embed pages are the figure alone for other sites' frames: no language switch; canonical to their section.
const english = all.filter((p) => !p.startsWith('/es/') && p !== '/404.html' && !p.startsWith('/embed/'));
const twin = (p: string) => (p.startsWith('/es/') ? p.slice(3) : `/es${p}`);
const alternates = (doc: HTMLElement) =>
  Object.fromEntries(
    doc
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]),
  );
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelectorAll(`meta[property="${key}"]`).map((m) => m.getAttribute('content'));

/** Text readers see in the page's own language: scripts, styles and anything marked lang="en" left out. */
function ownLanguageText(doc: HTMLElement): string {
  const copy = doc.querySelector('body')!.clone() as HTMLElement;
  copy.querySelectorAll('script, style, [lang="en"], [hidden]').forEach((n) => n.remove());
  return copy.text;
}

describe('the English and Spanish editions', () => {
  it('has a Spanish page for every English page, and no Spanish page without an English one', () => {
    expect(english.length).toBeGreaterThanOrEqual(16);
    const withEmbeds = all.filter((p) => !p.startsWith('/es/') && p !== '/404.html');
    expect(withEmbeds.map(twin).filter((p) => !all.includes(p))).toEqual([]);
    expect(all.filter((p) => p.startsWith('/es/') && !withEmbeds.includes(twin(p)))).toEqual([]);
  });

  it.each(english)(
    '%s and its Spanish twin say their language and name each other (hreflang both ways, x-default English)',
    (en) => {
      const es = twin(en);
      const [a, b] = [page(en), page(es)];
      expect(a.querySelector('html')!.getAttribute('lang')).toBe('en');
      expect(b.querySelector('html')!.getAttribute('lang')).toBe('es');
      for (const doc of [a, b]) expect(alternates(doc)).toEqual({ en: abs(en), es: abs(es), 'x-default': abs(en) });
      expect(meta(a, 'og:locale')).toEqual(['en_US']);
      expect(meta(a, 'og:locale:alternate')).toEqual(['es_US']);
      expect(meta(b, 'og:locale')).toEqual(['es_US']);
      expect(meta(b, 'og:locale:alternate')).toEqual(['en_US']);
      expect(b.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(abs(es));
    },
  );

  it.each(english)(
    '%s links to the same page in the other language from its language switch, named in that language',
    (en) => {
      const toEs = page(en).querySelector('.lang-switch a')!;
      expect([toEs.getAttribute('href'), toEs.getAttribute('hreflang'), toEs.getAttribute('lang'), toEs.text]).toEqual([
        twin(en),
        'es',
        'es',
        'Español',
      ]);
      const toEn = page(twin(en)).querySelector('.lang-switch a')!;
      expect([toEn.getAttribute('href'), toEn.getAttribute('hreflang'), toEn.getAttribute('lang'), toEn.text]).toEqual([
        en,
        'en',
        'en',
        'English',
      ]);
    },
  );

  it('gives every Spanish section page its own Spanish title, description and card image', () => {
    for (const en of english.filter((p) => p.startsWith('/s/'))) {
      const [a, b] = [page(en), page(twin(en))];
      for (const key of ['og:title', 'og:description']) {
        expect(meta(b, key)[0], `${twin(en)} ${key}`).toBeTruthy();
        expect(meta(b, key)[0], `${twin(en)} ${key}`).not.toBe(meta(a, key)[0]);
      }
      const image = meta(b, 'og:image')[0]!;
      expect(image).toBe(abs(`/es/og/${en.split('/')[2]}.png`));
      expect(existsSync(join(DIST, new URL(image).pathname)), image).toBe(true);
    }
  });

  it('lists both editions in the sitemap, each entry with its alternate', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain(`<loc>${abs('/es/s/in-court/')}</loc>`);
    expect(xml).toMatch(new RegExp(`hreflang="es-US" href="${abs('/es/s/in-court/')}"`));
    expect(xml).toMatch(new RegExp(`hreflang="en-US" href="${abs('/s/in-court/')}"`));
  });
});

describe('the Spanish edition in Spanish', () => {
  const home = page('/es/all/'); // the whole Spanish explainer on one page
  const text = ownLanguageText(home);

  it('writes money and counts with Spanish scale words ("$96.7 mil millones", "7.6 millones"), never "billion"', () => {
    const takeaways = home.querySelectorAll('.chart-takeaway').map((t) => t.text);
    expect(takeaways.join(' ')).toMatch(/\$96\.7\u00a0mil\u00a0millones/);
    expect(takeaways.join(' ')).toMatch(/7\.6\u00a0millones/);
    expect(text).not.toMatch(/\bbillions?\b|\bmillions?\b/);
    const svgText = home
      .querySelectorAll('figure.chart svg text')
      .map((t) => t.text)
      .join(' ');
    expect(svgText).toMatch(/mil\u00a0millones/);
    expect(svgText).not.toMatch(/billion|million\b/);
  });

  it('shows every chart of the English home page, with the same marks in the same colours', () => {
    // Same rows: each mark keeps its category and its shapes; only the words (and the room they take) differ.
    const marks = (doc: HTMLElement) =>
      doc.querySelectorAll('figure.chart').map((f) => ({
        chart: f.getAttribute('data-chart'),
        marks: f
          .querySelectorAll('svg.is-narrow g.chart-mark')
          .map((m) => `${m.getAttribute('class')} × ${m.querySelectorAll('rect').length}`),
      }));
    const [es, en] = [marks(home), marks(page('/all/'))];
    expect(es.map((c) => c.chart)).toEqual(en.map((c) => c.chart));
    for (const [i, chart] of en.entries()) expect(es[i].marks, chart.chart!).toEqual(chart.marks);
  });

  it('marks every translated quotation and keeps its English original in the note that follows it', () => {
    const quotes = home.querySelectorAll('q.quote-translated');
    expect(quotes.length).toBeGreaterThan(80);
    for (const q of quotes) {
      expect(q.nextElementSibling?.classList.contains('quote-mark'), q.text).toBe(true);
      // The note cited next in the same paragraph ends with "Cita original en inglés:" and the English words.
      const para = q.closest('p, li')!;
      const after = para.innerHTML.slice(para.innerHTML.indexOf(q.outerHTML));
      const ref =
        /href="#([^"]+)"[^>]*data-footnote-ref/.exec(after) ?? /data-footnote-ref[^>]*href="#([^"]+)"/.exec(after);
      expect(ref, q.text).toBeTruthy();
      const note = home.getElementById(ref![1])!;
      expect(note.text, q.text).toContain('Cita original en inglés:');
      expect(note.querySelectorAll('[lang="en"]').length, q.text).toBeGreaterThan(0);
    }
  });

  it('downloads chart data with Spanish column names and the same numbers', () => {
    const es = parseCsv(readFileSync(join(DIST, 'es/data/taxes-by-level.csv'), 'utf8'));
    const en = parseCsv(readFileSync(join(DIST, 'data/taxes-by-level.csv'), 'utf8'));
    expect(es[0].slice(0, 5)).toEqual(['grupo', 'etiqueta', 'valor', 'unidad', 'periodo']);
    expect(es.length).toBe(en.length);
    expect(es.slice(1).map((l) => l[2])).toEqual(en.slice(1).map((l) => l[2]));
    expect(es.slice(1).map((l) => l[1])).toContain('Seguro Social');
  });

  it('lists every source on /es/sources/ with the titles of English sources marked lang="en"', () => {
    const href = (li: HTMLElement) => li.querySelector('a')!.getAttribute('href');
    const entries = page('/es/sources/').querySelectorAll('.source-list > li');
    const english = new Map(
      page('/sources/')
        .querySelectorAll('.source-list > li')
        .map((li) => [href(li), li.querySelector('a')!.text]),
    );
    expect(entries.length).toBe(english.size);
    // A title quoted in the English list that the Spanish entry keeps in English must be marked as English.
    const unmarked = entries.filter((li) => {
      const title = /“([^”]+?),?”/.exec(english.get(href(li)) ?? '')?.[1];
      return title && li.text.includes(title) && !li.querySelector('a [lang="en"]');
    });
    expect(unmarked.map((li) => li.text.slice(0, 60))).toEqual([]);
    expect(entries.filter((li) => li.querySelector('a [lang="en"]')).length).toBeGreaterThan(100);
  });

  it('has its own Atom feed of the log, in Spanish', () => {
    const xml = readFileSync(join(DIST, 'es/updates.xml'), 'utf8');
    expect(xml).toContain('xml:lang="es"');
    expect(xml).toContain('Actualizaciones y correcciones');
    expect(home.querySelector('link[type="application/atom+xml"]')!.getAttribute('href')).toBe('/es/updates.xml');
  });

  it('serves one 404 page in both languages, each leading to its own edition', () => {
    const notFound = page('/404.html');
    expect(notFound.querySelector('h1')!.text).toBe('Page not found');
    const es = notFound.querySelector('[lang="es"]')!;
    expect(es.querySelector('h2')!.text).toBe('Página no encontrada');
    expect(es.querySelector('a')!.getAttribute('href')).toBe('/es/');
  });
});
