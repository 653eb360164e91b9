// The front pages (/ and /es/) carry the site's stylesheet and script inside their HTML instead of linking
// them. On a slow phone connection each linked file is one more round trip before the page counts as drawn:
// a stylesheet holds up the first paint, and the site's script, fetched and run while the page is read, was
// counted before the largest paint by Lighthouse's simulated load (issue 22, `npm run bench`: /es/ LCP median
// of four alternating runs 1.14 s with the script linked, 0.95 s with it inline). They carry only the
// stylesheet rules that can apply to them, on screen and in print (src/integrations/front-css.ts, about 5.2 kB
// compressed of the file's 8), and link no stylesheet: even one linked for print only is fetched during the
// load. Every other page links the one stylesheet and the one script, cached after the first page.
//
// Done after the build, on the written HTML, because Astro's `build.inlineStylesheets` is one setting for every
// page and Astro always links processed scripts. The policies stay hash-based, never 'unsafe-inline': the
// page's CSP <meta> (astro.config.mjs, security.csp) gets the inline style's and script's hashes, and
// dist/_headers (public/_headers, which Netlify, Cloudflare Pages and src/server/static-server.mjs read) gets,
// for these two paths, the site's header policy with the script's hash added to script-src.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFor, parseHeaders } from '../server/static-server.mjs';
import { frontCss } from './front-css';

const LINK = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;
const SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The CSP source that allows exactly this inline <style> or <script> text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A policy string with `source` added to its `name` directive; null when the policy has no such directive. */
function allow(policy: string, name: string, source: string): string | null {
  const directives = policy.split(';');
  const at = directives.findIndex((d) => d.trim().startsWith(`${name} `));
  if (at < 0) return null;
  directives[at] = `${directives[at]!.trimEnd()} ${source}`;
  return directives.join(';');
}

/** The page's HTML with `source` added to a directive of its CSP <meta>. Throws, naming the page, if it cannot. */
function allowInMeta(html: string, name: string, source: string, page: string): string {
  const csp = CSP.exec(html);
  if (!csp) throw new Error(`${page}: no <meta http-equiv="content-security-policy"> to add the inline hash to`);
  const policy = allow(csp[2]!, name, source);
  if (!policy) throw new Error(`${page}: the CSP <meta> has no ${name} to add the inline hash to`);
  return html.replace(CSP, (_, open: string, _policy: string, close: string) => `${open}${policy}${close}`);
}

/**
 * The one address that `tag` (a pattern whose first group is the address) finds in the page. Throws, naming
 * the page, when it finds none or several.
 */
function theOne(html: string, tag: RegExp, what: string, page: string): string {
  const found = [...html.matchAll(tag)];
  if (found.length !== 1) throw new Error(`${page}: expected one ${what} to inline, found ${found.length}`);
  return found[0]![1]!;
}

/** The href of the page's one stylesheet link. */
const stylesheetHref = (html: string, page: string) => theOne(html, LINK, '<link rel="stylesheet">', page);

/** The src of the page's one module script. */
const scriptSrc = (html: string, page: string) => theOne(html, SCRIPT, '<script type="module" src>', page);

/**
 * A page's HTML with its one stylesheet link replaced by a <style> holding that stylesheet (or the part of it
 * `readCss` returns), and the hash of it added to the style-src of the page's CSP <meta>. Throws, naming the
 * page, when the page does not have exactly one stylesheet link or has no CSP <meta> with a style-src, rather
 * than write a page whose styles the policy would block.
 */
export function inlineStylesheet(html: string, readCss: (href: string) => string, page: string): string {
  const href = stylesheetHref(html, page);
  const css = readCss(href);
  if (/<\/style/i.test(css))
    throw new Error(`${page}: the stylesheet contains "</style", which would end the inline <style> early`);
  return allowInMeta(html, 'style-src', cspHash(css), page).replace(
    `<link rel="stylesheet" href="${href}">`,
    () => `<style>${css}</style>`,
  );
}

/**
 * A page's HTML with its one module script file inlined at the end of the body, and its hash added to the
 * script-src of the page's CSP <meta>; also that hash. A module runs after the page is read wherever it
 * sits, but the browser compiles it where the parser meets it: at the top of the body, 12.6 kB of script was
 * compiled before any of the page was read, and the parser could pause there and have a first frame drawn
 * with nothing in it, which put the page's real first layout after that paint in Lighthouse's count. Throws,
 * naming the page, when the page has no such script or several, when the file imports another (it would not
 * be one request any more), or when it would end the inline <script> early.
 */
export function inlineScript(
  html: string,
  readJs: (src: string) => string,
  page: string,
): { html: string; hash: string } {
  const src = scriptSrc(html, page);
  const js = readJs(src);
  if (/<\/script/i.test(js))
    throw new Error(`${page}: ${src} contains "</script", which would end the inline <script> early`);
  if (/(^|[;}\s])(import\s*[\w{*'"(]|export\s*[\w{*])/.test(js))
    throw new Error(`${page}: ${src} imports or exports modules; only a one-file script can go inline`);
  const hash = cspHash(js);
  const withHash = allowInMeta(html, 'script-src', hash, page).replace(
    `<script type="module" src="${src}"></script>`,
    '',
  );
  const end = withHash.lastIndexOf('</body>');
  if (end < 0 || withHash.indexOf('</body>') !== end)
    throw new Error(`${page}: not exactly one </body> to put the script before`);
  return { html: `${withHash.slice(0, end)}<script type="module">${js}</script>${withHash.slice(end)}`, hash };
}

/**
 * The _headers blocks (Netlify/Cloudflare Pages syntax) that give each page the site's header policy
 * (`headers`, the "/*" rules) with its inline script's hash added to script-src. "! Content-Security-Policy"
 * first drops the "/*" policy, so the page gets one; on Netlify, where the most specific rule wins, delete it.
 */
export function scriptHashHeaders(headers: string, scripts: readonly { page: string; hash: string }[]): string {
  const rules = parseHeaders(headers);
  const blocks = scripts.map(({ page, hash }) => {
    const policy = headersFor(rules, page)['Content-Security-Policy'];
    const allowed = policy && allow(policy, 'script-src', hash);
    if (!allowed) throw new Error(`_headers: no Content-Security-Policy with a script-src for ${page}`);
    return `${page}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${allowed}\n`;
  });
  return `\n# Written by the build (src/integrations/inline-front.ts): the front pages run the site's script inline, allowed by its hash.\n${blocks.join('')}`;
}

/** Inlines the stylesheet (the part that applies) and the script into the given pages of the build ("/", "/es/"). */
export const inlineFront = (pages: readonly string[]): AstroIntegration => ({
  name: 'inline-front',
  hooks: {
    'astro:build:done': async ({ dir, logger, pages: built }) => {
      const root = fileURLToPath(dir);
      const scripts: { page: string; hash: string }[] = [];
      // Only the front pages this build wrote: a fixture build of one route (the summary's tests) has none.
      const written = new Set(built.map((b) => `/${b.pathname}`.replace(/\/?$/, '/')));
      const targets = pages.filter((page) => written.has(page));
      if (targets.length === 0) return;
      const local = (href: string) => readFileSync(`${root}${href.replace(/^\//, '')}`, 'utf8');
      for (const page of targets) {
        const file = `${root}${page.replace(/^\//, '')}index.html`;
        const html = readFileSync(file, 'utf8');
        const js = local(scriptSrc(html, page));
        const css = await frontCss(local(stylesheetHref(html, page)), html, js);
        const inlined = inlineScript(
          inlineStylesheet(html, () => css, page),
          () => js,
          page,
        );
        writeFileSync(file, inlined.html);
        scripts.push({ page, hash: inlined.hash });
      }
      appendFileSync(`${root}_headers`, scriptHashHeaders(local('_headers'), scripts));
      logger.info(
        `stylesheet (its rules for the page, on screen and in print) and script inlined into ${targets.join(', ')}`,
      );
    },
  },
});
