import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileForPath, sitemapPages, sitePages } from '../bench/measure.mjs';

// Every link a reader (or a crawler, or a share card) can follow is checked against dist/ itself:
// internal paths must exist, #fragments must be ids on the target page, external links must be https.
const pages = sitePages();
const docs = new Map<string, HTMLElement>();
const doc = (path: string) => {
  if (!docs.has(path)) docs.set(path, parse(readFileSync(fileForPath(path), 'utf8')));
  return docs.get(path)!;
};

/** The site's own origin, as written into canonical and share URLs (SITE_URL at build time). */
const origin = new URL(doc('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

interface Ref {
  page: string;
  where: string;
  value: string;
}

/** Every URL a page points at: links, resources, and the absolute URLs in its share tags. */
function refs(path: string): Ref[] {
  const out: Ref[] = [];
  const d = doc(path);
  const add = (selector: string, attr: string) => {
    for (const el of d.querySelectorAll(selector)) {
      const value = el.getAttribute(attr);
      if (value !== undefined)
        out.push({ page: path, where: `<${el.tagName.toLowerCase()} ${attr}>`, value: value.trim() });
    }
  };
  add('a[href]', 'href');
  add('area[href]', 'href');
  add('link[href]', 'href');
  add('script[src]', 'src');
  add('img[src]', 'src');
  add('source[src]', 'src');
  add('form[action]', 'action');
  add('use[href]', 'href');
  add('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content');
  return out;
}

const all = pages.flatMap(refs);
const isInternal = (r: Ref) => !/^[a-z][a-z0-9+.-]*:/i.test(r.value) || r.value.startsWith(origin + '/');

/** The site path and fragment an internal reference leads to. */
function target(r: Ref) {
  const url = new URL(r.value, new URL(r.page, origin));
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

// node-html-parser's selector engine needs attribute values with quotes escaped; CSS.escape is browser-only.
const CSS = { escape: (s: string) => s.replace(/["\\]/g, '\\$&') };

function problem(r: Ref): string | null {
  const { path, fragment } = target(r);
  const file = fileForPath(path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (!path.endsWith('/') && existsSync(join('dist', path, 'index.html'))) return `${path} needs a trailing slash`;
    return `${path} does not exist in dist/`;
  }
  if (fragment && file.endsWith('.html') && !doc(path).querySelector(`[id="${CSS.escape(fragment)}"]`)) {
    return `${path} has no element with id="${fragment}"`;
  }
  return null;
}

describe('links on every page', () => {
  it('covers every built page and finds links on each', () => {
    // The front page, the one-page explainer and the reading pages, in both editions.
    for (const path of ['/', '/es/', '/all/', '/es/all/', '/s/in-court/', '/es/s/in-court/', '/updates/'])
      expect(pages).toContain(path);
    for (const path of pages) expect(refs(path).length, path).toBeGreaterThan(0);
  });

  it('every page the sitemap lists exists', () => {
    const missing = sitemapPages().filter((p) => !existsSync(fileForPath(p)));
    expect(missing).toEqual([]);
  });

  it('every internal link, resource and share-tag URL resolves to a file in dist/', () => {
    const broken = all
      .filter(isInternal)
      .filter((r) => !target(r).fragment)
      .map((r) => ({ ...r, problem: problem(r) }))
      .filter((r) => r.problem);
    expect(broken).toEqual([]);
  });

  it('every #fragment link points to an id on its target page', () => {
    const broken = all
      .filter(isInternal)
      .filter((r) => target(r).fragment)
      .map((r) => ({ ...r, problem: problem(r) }))
      .filter((r) => r.problem);
    expect(broken).toEqual([]);
  });

  it('every external link is a well-formed https URL (or a mailto: share link, or a tel: link to a U.S. number)', () => {
    const bad = all
      .filter((r) => !isInternal(r))
      .filter((r) => {
        if (r.value.startsWith('mailto:')) return /\s/.test(r.value);
        if (r.value.startsWith('tel:')) return !/^tel:\+1\d{10}$/.test(r.value);
        try {
          const url = new URL(r.value);
          return url.protocol !== 'https:' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /\s/.test(r.value);
        } catch {
          return true;
        }
      });
    expect(bad).toEqual([]);
  });

  it('every link that opens a new tab has rel="noopener noreferrer"', () => {
    const bad = pages.flatMap((path) =>
      doc(path)
        .querySelectorAll('a[target="_blank"], area[target="_blank"], form[target="_blank"]')
        .filter((a) => {
          const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
          return !rel.includes('noopener') || !rel.includes('noreferrer');
        })
        .map((a) => ({ page: path, href: a.getAttribute('href'), rel: a.getAttribute('rel') ?? null })),
    );
    expect(bad).toEqual([]);
  });

  it('no page loads anything over plain http (no mixed content)', () => {
    const insecure = pages.flatMap((path) => {
      const d = doc(path);
      const loaded = [
        ...d
          .querySelectorAll('script[src], img[src], source[src], iframe[src], audio[src], video[src], embed[src]')
          .map((e) => e.getAttribute('src')),
        ...d
          .querySelectorAll('img[srcset], source[srcset]')
          .flatMap((e) => (e.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0])),
        ...d
          .querySelectorAll(
            'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]',
          )
          .map((e) => e.getAttribute('href')),
        ...d.querySelectorAll('object[data]').map((e) => e.getAttribute('data')),
        ...[...d.querySelectorAll('style').map((s) => s.textContent)].flatMap((css) =>
          [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]),
        ),
      ];
      return loaded.filter((u): u is string => !!u && /^http:/i.test(u)).map((u) => ({ page: path, url: u }));
    });
    expect(insecure).toEqual([]);
  });
});

describe('an address that does not exist', () => {
  it('gets the friendly 404 page, kept out of search indexes, with links home and to every section', async () => {
    const res = await fetch(new URL('no-such-page/', inject('baseUrl')));
    expect(res.status).toBe(404);
    const d = parse(await res.text());
    expect(d.querySelector('h1')?.text).toMatch(/not found/i);
    expect(d.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    const hrefs = d.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/');
    const sections = doc('/')
      .querySelectorAll('main .section-index li[id]')
      .map((li) => `/s/${li.id}/`);
    expect(sections.length).toBeGreaterThan(0);
    expect(hrefs).toEqual(expect.arrayContaining(sections));
  });
});
