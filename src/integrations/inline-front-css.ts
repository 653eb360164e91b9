// The front pages (/ and /es/) carry the site's stylesheet inside their HTML instead of linking it. A linked
// stylesheet is one more round trip before anything can be drawn; on a slow phone connection that trip alone
// put the front page's first paint past its 1.0 s budget (issue 22, `npm run bench`). They carry only the rules
// that can apply to them, on screen and in print (src/integrations/front-css.ts, about 5.2 kB compressed of the
// file's 8), and link no stylesheet at all: even one linked for print only (media="print") is fetched while the
// page loads. Every other page links the one file, cached after the first.
//
// Done after the build, on the written HTML, because Astro's `build.inlineStylesheets` is one setting for
// every page. The page's CSP <meta> (astro.config.mjs, security.csp) gets the new <style>'s hash, so the policy
// stays hash-based (no 'unsafe-inline'). The site's script (src/scripts/site.ts, first in <body>) moves up to
// just before that <style>, still after the CSP <meta>: the browser then finds it in the first bytes it reads
// and fetches it while it reads the rest, instead of after 36 kB of CSS. dist/_headers (public/_headers, which
// Netlify, Cloudflare Pages and src/server/static-server.mjs read) also names it for these pages in a
// `Link: rel=modulepreload` header, so the request starts as soon as the page's headers arrive.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { frontCss } from './front-css';

const LINK = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;
const CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The CSP source that allows exactly this <style> text. */
export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/** The href of the page's one stylesheet link. Throws, naming the page, when it has none or several. */
export function stylesheetHref(html: string, page: string): string {
  const links = [...html.matchAll(LINK)];
  if (links.length !== 1)
    throw new Error(`${page}: expected one <link rel="stylesheet"> to inline, found ${links.length}`);
  return links[0]![1]!;
}

/**
 * A page's HTML with its one stylesheet link replaced by a <style> holding that stylesheet (or the part of it
 * `readCss` returns), and the hash of it added to the style-src of the page's CSP <meta>. Throws, naming the
 * page, when the page does not have exactly one stylesheet link or has no CSP <meta> with a style-src, rather
 * than write a page whose styles the policy would block.
 */
export function inlineStylesheet(html: string, readCss: (href: string) => string, page: string): string {
  const links = [...html.matchAll(LINK)];
  if (links.length !== 1)
    throw new Error(`${page}: expected one <link rel="stylesheet"> to inline, found ${links.length}`);
  const css = readCss(links[0]![1]!);
  if (/<\/style/i.test(css))
    throw new Error(`${page}: the stylesheet contains "</style", which would end the inline <style> early`);
  const csp = CSP.exec(html);
  if (!csp)
    throw new Error(`${page}: no <meta http-equiv="content-security-policy"> to add the inline style's hash to`);
  const directives = csp[2]!.split(';');
  const at = directives.findIndex((d) => d.trim().startsWith('style-src '));
  if (at < 0) throw new Error(`${page}: the CSP <meta> has no style-src to add the inline style's hash to`);
  directives[at] = `${directives[at]!.trimEnd()} ${styleHash(css)}`;
  return html
    .replace(CSP, (_, open: string, _policy: string, close: string) => `${open}${directives.join(';')}${close}`)
    .replace(links[0]![0], () => `<style>${css}</style>`);
}

const SCRIPT = /<script type="module" src="[^"]+"><\/script>/;

/**
 * A page's HTML with its first module script (the site's one script) moved to just before its inline <style>.
 * Throws, naming the page, when either is missing.
 */
export function scriptBeforeStyle(html: string, page: string): string {
  const script = SCRIPT.exec(html)?.[0];
  if (!script) throw new Error(`${page}: no <script type="module" src> to move before the inline stylesheet`);
  const rest = html.replace(script, '');
  const at = rest.indexOf('<style>');
  if (at < 0) throw new Error(`${page}: no inline <style> to put the script before`);
  return rest.slice(0, at) + script + rest.slice(at);
}

/** The _headers blocks (Netlify/Cloudflare Pages syntax) that name each page's script in a Link header. */
export function preloadHeaders(scripts: readonly { page: string; src: string }[]): string {
  const blocks = scripts.map(({ page, src }) => `${page}\n  Link: <${src}>; rel=modulepreload\n`);
  return `\n# Written by the build (src/integrations/inline-front-css.ts): the front pages' one script, fetched with the page.\n${blocks.join('')}`;
}

/** Inlines the stylesheet into the given pages of the build ("/", "/es/") and puts their script before it. */
export const inlineFrontCss = (pages: readonly string[]): AstroIntegration => ({
  name: 'inline-front-css',
  hooks: {
    'astro:build:done': async ({ dir, logger, pages: built }) => {
      const root = fileURLToPath(dir);
      const scripts: { page: string; src: string }[] = [];
      // Only the front pages this build wrote: a fixture build of one route (the summary's tests) has none.
      const written = new Set(built.map((b) => `/${b.pathname}`.replace(/\/?$/, '/')));
      const targets = pages.filter((page) => written.has(page));
      if (targets.length === 0) return;
      for (const page of targets) {
        const file = `${root}${page.replace(/^\//, '')}index.html`;
        const html = readFileSync(file, 'utf8');
        const local = (href: string) => `${root}${href.replace(/^\//, '')}`;
        const script = /<script type="module" src="([^"]+)">/.exec(html)?.[1];
        const css = await frontCss(
          readFileSync(local(stylesheetHref(html, page)), 'utf8'),
          html,
          script ? readFileSync(local(script), 'utf8') : '',
        );
        const inlined = inlineStylesheet(html, () => css, page);
        writeFileSync(file, scriptBeforeStyle(inlined, page));
        scripts.push({ page, src: /<script type="module" src="([^"]+)">/.exec(inlined)![1]! });
      }
      appendFileSync(`${root}_headers`, preloadHeaders(scripts));
      logger.info(
        `stylesheet inlined into ${targets.join(', ')} (its rules for the page, on screen and in print), after the site script`,
      );
    },
  },
});
