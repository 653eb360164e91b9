// What each built page weighs, measured from dist/ alone (no server, no browser), so the same numbers
// drive `npm run bench` and the byte budgets in test/build/budgets.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Budgets from the quality-gates issue, in bytes (1 kB = 1000 bytes, as Vite and size-limit print them). */
export const BUDGETS = Object.freeze({
  /** All JavaScript a page loads, each file gzip-compressed. */
  jsGzip: 10_000,
  /** All CSS a page uses (inline <style> and stylesheets), gzip-compressed. */
  cssGzip: 12_000,
  /** The front page HTML (/, /es/), brotli-compressed. */
  homeHtmlBrotli: 25_000,
  /** The whole explainer on one page (/all/, /es/all/) with every chart and note inline, brotli-compressed. */
  allHtmlBrotli: 80_000,
});

/** gzip at zlib's default level 6 (what most servers do on the fly); brotli at quality 11 (pre-compressed). */
export const gzipSize = (/** @type {string | Buffer} */ data) => gzipSync(data).length;
export const brotliSize = (/** @type {string | Buffer} */ data) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every HTML file in dist as a site path: "/", "/s/in-court/", "/404.html". */
export function htmlPages(dist = 'dist') {
  /** @type {string[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html'))
        out.push(
          '/' +
            relative(dist, full)
              .split('\\')
              .join('/')
              .replace(/index\.html$/, ''),
        );
    }
  };
  walk(dist);
  return out.sort();
}

/** Site paths listed by the sitemap (sitemap-index.xml and the sitemaps it names); [] when there is none. */
export function sitemapPages(dist = 'dist') {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const locs = (/** @type {string} */ xml) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
  /** @type {string[]} */
  const paths = [];
  for (const map of locs(readFileSync(index, 'utf8'))) {
    const file = join(dist, new URL(map).pathname);
    if (!existsSync(file)) throw new Error(`sitemap-index.xml names ${map}, but dist has no ${file}`);
    for (const loc of locs(readFileSync(file, 'utf8'))) paths.push(new URL(loc).pathname);
  }
  return paths;
}

/**
 * The pages every quality gate covers: each page in the sitemap plus every HTML file in dist (the sitemap
 * leaves out /404.html), so pages that other work adds are covered without editing the gates.
 */
export function sitePages(dist = 'dist') {
  return [...new Set([...sitemapPages(dist), ...htmlPages(dist)])].sort();
}

/** The dist file that serves a site path ("/s/x/" → dist/s/x/index.html). */
export function fileForPath(/** @type {string} */ path, dist = 'dist') {
  return join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
}

/** A same-origin URL path from an attribute value, or null for other origins, data: and the like. */
function localPath(/** @type {string | undefined} */ ref, /** @type {string} */ base) {
  if (!ref) return null;
  const url = new URL(ref, new URL(base, 'http://self.invalid'));
  return url.origin === 'http://self.invalid' ? url.pathname : null;
}

/** A built JavaScript file and, recursively, the /_astro chunks it imports statically. */
function scriptClosure(/** @type {string} */ path, /** @type {string} */ dist, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const file = join(dist, path);
  if (!existsSync(file)) return seen;
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    scriptClosure(posix.join(posix.dirname(path), m[1]), dist, seen);
  }
  return seen;
}

/**
 * @typedef {object} PageWeight
 * @property {string} path site path
 * @property {{ raw: number, gzip: number, brotli: number }} html the document itself
 * @property {{ gzip: number, inline: number, files: string[] }} css the CSS a screen uses, gzip; inline <style> bytes;
 *   stylesheet files (one linked for print only, media="print", is counted as a request, not weighed)
 * @property {{ gzip: number, files: string[], inline: number }} js each script file gzip, summed; inline executable scripts count too
 * @property {number} requests the document plus every same-origin file its markup loads (scripts and their imports,
 *   stylesheets, images, icon, preloads); other origins count too (and fail the privacy gate)
 * @property {string[]} external URLs on other origins that the markup would load
 */

/** Weighs one built page. @returns {PageWeight} */
export function pageWeight(/** @type {string} */ path, dist = 'dist') {
  const html = readFileSync(fileForPath(path, dist));
  const doc = parse(html.toString('utf8'));
  /** @type {Set<string>} */ const loads = new Set();
  /** @type {string[]} */ const external = [];
  const note = (/** @type {string | undefined} */ ref) => {
    if (!ref || ref.startsWith('data:')) return null;
    const local = localPath(ref, path);
    if (local) loads.add(local);
    else external.push(ref);
    return local;
  };

  let css = '';
  let inlineCss = 0;
  /** @type {string[]} */ const cssFiles = [];
  for (const style of doc.querySelectorAll('style')) {
    css += style.textContent;
    inlineCss += Buffer.byteLength(style.textContent);
  }
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"]')) {
    const local = note(link.getAttribute('href'));
    if (local && link.getAttribute('media') !== 'print' && existsSync(join(dist, local))) {
      cssFiles.push(local);
      css += readFileSync(join(dist, local), 'utf8');
    }
  }

  /** @type {Set<string>} */ const jsFiles = new Set();
  let inlineJs = '';
  for (const script of doc.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // JSON-LD is data
    const src = script.getAttribute('src');
    if (!src) inlineJs += script.textContent;
    else {
      const local = note(src);
      if (local) for (const f of scriptClosure(local, dist)) jsFiles.add(f);
    }
  }
  for (const link of doc.querySelectorAll('link[rel~="modulepreload"]')) {
    const local = note(link.getAttribute('href'));
    if (local) for (const f of scriptClosure(local, dist)) jsFiles.add(f);
  }
  for (const f of jsFiles) loads.add(f);
  let jsGzip = inlineJs ? gzipSize(inlineJs) : 0;
  for (const f of jsFiles) if (existsSync(join(dist, f))) jsGzip += gzipSize(readFileSync(join(dist, f)));

  for (const el of doc.querySelectorAll('img[src], source[src], video[src], audio[src], iframe[src], embed[src]')) {
    note(el.getAttribute('src'));
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    // A browser fetches one candidate per element; count the first.
    note(el.getAttribute('srcset')?.trim().split(/\s+/)[0]);
  }
  for (const el of doc.querySelectorAll('link[rel~="preload"], link[rel~="manifest"]')) note(el.getAttribute('href'));
  note(doc.querySelector('link[rel~="icon"]')?.getAttribute('href'));
  for (const el of doc.querySelectorAll('object[data]')) note(el.getAttribute('data'));

  /** @type {number | undefined} */
  let brotli;
  return {
    path,
    // brotli at quality 11 costs about a second per megabyte: weighed when asked for (the budgets ask for four pages).
    html: {
      raw: html.length,
      gzip: gzipSize(html),
      get brotli() {
        return (brotli ??= brotliSize(html));
      },
    },
    css: { gzip: css ? gzipSize(css) : 0, inline: inlineCss, files: cssFiles },
    js: { gzip: jsGzip, files: [...jsFiles], inline: Buffer.byteLength(inlineJs) },
    requests: 1 + loads.size + external.length,
    external,
  };
}

/** Which budgets a page meets: [{ name, limit, actual, ok }]. */
export function checkBudgets(/** @type {PageWeight} */ w) {
  const rows = [
    { name: `JS ≤ ${BUDGETS.jsGzip / 1000} kB gzip`, limit: BUDGETS.jsGzip, actual: w.js.gzip },
    { name: `CSS ≤ ${BUDGETS.cssGzip / 1000} kB gzip`, limit: BUDGETS.cssGzip, actual: w.css.gzip },
  ];
  if (w.path === '/' || w.path === '/es/') {
    rows.push({
      name: `HTML ≤ ${BUDGETS.homeHtmlBrotli / 1000} kB brotli`,
      limit: BUDGETS.homeHtmlBrotli,
      actual: w.html.brotli,
    });
  }
  if (w.path === '/all/' || w.path === '/es/all/') {
    rows.push({
      name: `HTML ≤ ${BUDGETS.allHtmlBrotli / 1000} kB brotli`,
      limit: BUDGETS.allHtmlBrotli,
      actual: w.html.brotli,
    });
  }
  return rows.map((r) => ({ ...r, ok: r.actual <= r.limit }));
}
