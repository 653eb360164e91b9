import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { DIST, page } from '../setup/dist';

const home = page('/all/'); // the whole explainer on one page
const front = page('/');
/** The site's public origin, as the home page declares it (SITE_URL at build time). */
const origin = front.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
// Sections as /all/ shows them, every one in full.
const sections = home
  .querySelectorAll('main section.section')
  .filter((s) => !s.querySelector('.section-brief'))
  .map((s) => ({
    id: s.id,
    title: s.querySelector('h2')!.text.trim(),
    element: s,
  }));
const abs = (path: string) => new URL(path, origin).href;

/** Content of <meta property|name=key>. */
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

/** Width, height and size of a PNG in dist/, read from its header. */
function png(url: string) {
  const file = join(DIST, new URL(url).pathname);
  if (!existsSync(file)) throw new Error(`no image at ${file}`);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    size: statSync(file).size,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

describe('a share page for every section', () => {
  it('exists at /s/<id>/ for each section on /', () => {
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const { id } of sections) expect(existsSync(join(DIST, 's', id, 'index.html')), id).toBe(true);
  });

  it('carries its own full card: title, summary, absolute image with alt and size, its own URL, article type', () => {
    for (const { id, title } of sections) {
      const doc = page(`/s/${id}/`);
      const url = abs(`/s/${id}/`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), id).toBe(url);
      expect(meta(doc, 'og:url'), id).toBe(url);
      // og:title is the share headline, which stands alone in a feed; the page keeps its short heading.
      const headline = meta(doc, 'og:title')!;
      expect(headline.length, id).toBeGreaterThanOrEqual(20);
      // …which means it names the subject itself, not only "In court" or "The data".
      expect(headline, id).toMatch(/\bIRS\b|\bICE\b|immigrant/);
      expect(headline, id).not.toBe(title);
      expect(meta(doc, 'twitter:title'), id).toBe(headline);
      expect(doc.querySelector('title')?.text, id).toContain(title);
      expect(meta(doc, 'og:description')?.length, id).toBeGreaterThan(20);
      expect(meta(doc, 'og:description'), id).toBe(meta(doc, 'description'));
      expect(meta(doc, 'og:image'), id).toBe(abs(`/og/${id}.png`));
      expect(meta(doc, 'og:image:alt'), id).toContain(headline);
      expect(meta(doc, 'og:image:width'), id).toBe('1200');
      expect(meta(doc, 'og:image:height'), id).toBe('630');
      expect(meta(doc, 'og:type'), id).toBe('article');
      expect(meta(doc, 'og:site_name'), id).toBe(meta(front, 'og:site_name'));
      expect(meta(doc, 'twitter:card'), id).toBe('summary_large_image');
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld, id).toMatchObject({ '@type': 'NewsArticle', headline, url, image: [abs(`/og/${id}.png`)] });
    }
  });

  it('is real static HTML, not a redirect: the section with its heading as h1, its text and its notes', () => {
    for (const { id, title, element } of sections) {
      const doc = page(`/s/${id}/`);
      expect(doc.querySelector('meta[http-equiv="refresh"]'), id).toBeNull();
      expect(
        doc.querySelectorAll('h1').map((h) => h.text.trim()),
        id,
      ).toEqual([title]);
      const section = doc.querySelector(`main section#${id}`)!;
      expect(section, id).toBeTruthy();
      // The same paragraphs and the same notes as on the home page (whose sections also end with a
      // "Back to contents" link that a single-section page has no use for, and compact share controls
      // that point to the section's page for the full list of networks).
      // The chart kits too are compact on the home page (the citation is on the chart's page).
      const paragraphs = (el: HTMLElement) =>
        el
          .querySelectorAll('p:not(.to-contents):not(.share-more):not(.reuse-cite):not(.last-change)')
          .map((p) => p.text.trim())
          .filter(Boolean);
      expect(paragraphs(section), id).toEqual(paragraphs(element));
      expect(section.querySelectorAll('.footnotes li').length, id).toBe(
        element.querySelectorAll('.footnotes li').length,
      );
      expect(section.querySelectorAll('figure').length, id).toBe(element.querySelectorAll('figure').length);
    }
  });

  it('links clearly to the section in the full explainer', () => {
    for (const { id } of sections) {
      const links = page(`/s/${id}/`)
        .querySelectorAll('main a')
        .filter((a) => /Read the full explainer/.test(a.text));
      expect(links.length, id).toBeGreaterThan(0);
      for (const a of links) expect(a.getAttribute('href'), id).toBe(`/all/#${id}`);
    }
  });
});

describe('the share images', () => {
  const images = [...sections.map(({ id }) => abs(`/og/${id}.png`)), meta(front, 'og:image')!, abs('/og/summary.png')];

  it('are 1200×630 PNGs of at most 300 KB, one per section plus / and /summary/', () => {
    expect(meta(front, 'og:image')).toBe(abs('/og/home.png'));
    for (const url of images) {
      const { width, height, size } = png(url);
      expect([width, height], url).toEqual([1200, 630]);
      expect(size, url).toBeLessThanOrEqual(300 * 1024);
    }
  });

  it('differ from page to page, as do the titles', () => {
    expect(new Set(images.map((url) => png(url).hash)).size).toBe(images.length);
    const titles = sections.map(({ id }) => meta(page(`/s/${id}/`), 'og:title'));
    expect(new Set(titles).size).toBe(sections.length);
    expect(titles).not.toContain(meta(front, 'og:title'));
  });
});

describe('sharing from the whole explainer on one page (/all/)', () => {
  const controls = (s: HTMLElement) => s.querySelector('share-controls')!;

  it('links each section’s absolute share URL from the section itself', () => {
    for (const { id, element } of sections) {
      const url = abs(`/s/${id}/`);
      expect(controls(element)?.getAttribute('data-url'), id).toBe(url);
      expect(
        element.querySelectorAll('a').map((a) => a.getAttribute('href')),
        id,
      ).toContain(url);
    }
  });

  it('offers sharing once per section, where the reading ends: after the text, before the notes', () => {
    for (const pagePath of ['/all/', ...sections.map(({ id }) => `/s/${id}/`)]) {
      const doc = pagePath === '/all/' ? home : page(pagePath);
      for (const element of doc
        .querySelectorAll('main section.section')
        .filter((s) => !s.querySelector('.section-brief'))) {
        expect(element.querySelectorAll('share-controls').length, `${pagePath} #${element.id}`).toBe(1);
        const notes = element.querySelector('section[data-footnotes]')!;
        let before = notes.previousElementSibling; // skipping the module script Astro emits once per page
        while (before?.tagName === 'SCRIPT') before = before.previousElementSibling;
        expect(before?.tagName, `${pagePath} #${element.id}`).toBe('SHARE-CONTROLS');
        expect(notes.hasAttribute('data-section'), `${pagePath} #${element.id}`).toBe(false);
      }
    }
  });

  it('puts a permalink after each heading, with a name that says where it goes', () => {
    for (const { id, title, element } of sections) {
      const head = element.querySelector('.section-head')!;
      const anchor = head.querySelector('a.anchor')!;
      expect(anchor.getAttribute('href'), id).toBe(`/s/${id}/`);
      expect(anchor.text, id).toContain(`Link to this section: ${title}`);
      expect(
        head.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as HTMLElement).tagName),
        id,
      ).toEqual(['H2', 'A']);
    }
  });

  it('keeps the home page’s share controls compact: Copy link, and a link to the section’s page with every network', () => {
    for (const { id, element } of sections) {
      const compact = controls(element);
      expect(compact.querySelector('[data-share="copy"]'), id).toBeTruthy();
      expect(compact.querySelectorAll('a[data-network]').length, id).toBe(0);
      expect(compact.querySelector('.share-more a')?.getAttribute('href'), id).toBe(abs(`/s/${id}/`));
      expect(
        controls(page(`/s/${id}/`).querySelector(`main section#${id}`)!).querySelectorAll('a[data-network]').length,
        id,
      ).toBe(6);
    }
  });

  it('pre-fills every share link with the section’s share headline (its og:title) and the share URL, encoded', () => {
    for (const { id } of sections) {
      const title = meta(page(`/s/${id}/`), 'og:title')!;
      const url = abs(`/s/${id}/`);
      const onPage = page(`/s/${id}/`).querySelector(`main section#${id}`)!;
      const href = (network: string) =>
        new URL(controls(onPage).querySelector(`a[data-network="${network}"]`)!.getAttribute('href')!);
      expect(href('x').searchParams.get('text'), id).toBe(title);
      expect(href('x').searchParams.get('url'), id).toBe(url);
      expect(href('bluesky').searchParams.get('text'), id).toBe(`${title} ${url}`);
      expect(href('reddit').searchParams.get('title'), id).toBe(title);
      expect(href('reddit').searchParams.get('url'), id).toBe(url);
      expect(href('facebook').searchParams.get('u'), id).toBe(url);
      expect(href('linkedin').searchParams.get('url'), id).toBe(url);
      const mail = new URLSearchParams(href('email').href.replace(/^mailto:\?/, ''));
      expect(mail.get('subject'), id).toBe(title);
      expect(mail.get('body'), id).toContain(url);
      expect(controls(onPage).querySelector('.share-mastodon textarea')?.text, id).toBe(`${title} ${url}`);
    }
  });

  it('keeps share links plain: same tab (or noopener noreferrer), no script, frame or tracking parameter', () => {
    for (const { id, element } of sections) {
      const c = controls(element);
      expect(c.querySelectorAll('script, iframe, img'), id).toHaveLength(0);
      for (const a of c.querySelectorAll('a')) {
        const href = a.getAttribute('href')!;
        if (a.getAttribute('target') === '_blank')
          expect(a.getAttribute('rel'), href).toMatch(/noopener.*noreferrer|noreferrer.*noopener/);
        expect(href, id).not.toMatch(/[?&](utm_[a-z]+|fbclid|ref_src)=/);
      }
    }
  });

  it('hides the controls in print and keeps the buttons that need JavaScript hidden until it runs', () => {
    for (const { id, element } of sections) {
      const c = controls(element);
      expect(c.classList.contains('print-hide'), id).toBe(true);
      expect(element.querySelector('a.anchor')?.classList.contains('print-hide'), id).toBe(true);
      for (const b of c.querySelectorAll('button')) expect(b.closest('[hidden]'), `${id}: ${b.text}`).toBeTruthy();
      expect(c.querySelector('[aria-live="polite"]'), id).toBeTruthy();
    }
  });
});

describe('site files for crawlers and browsers', () => {
  it('serves robots.txt that points to the sitemap by absolute URL, and the sitemap lists every share page', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(abs('/sitemap-index.xml'));
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => readFileSync(join(DIST, new URL(m[1]!).pathname), 'utf8'))
      .join('\n');
    for (const { id } of sections) expect(listed, id).toContain(`<loc>${abs(`/s/${id}/`)}</loc>`);
    expect(listed).toContain(`<loc>${abs('/')}</loc>`);
  });

  it('has the favicons the pages link to: an SVG, a 32 px PNG and a 180 px touch icon', () => {
    for (const href of home
      .querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')
      .map((l) => l.getAttribute('href')!)) {
      expect(existsSync(join(DIST, href)), href).toBe(true);
    }
    expect(readFileSync(join(DIST, 'favicon.svg'), 'utf8')).toMatch(/^<svg[^>]+viewBox="0 0 64 64"/);
    expect(png(abs('/favicon-32.png'))).toMatchObject({ width: 32, height: 32 });
    expect(png(abs('/apple-touch-icon.png'))).toMatchObject({ width: 180, height: 180 });
  });
});
