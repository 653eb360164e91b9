// The part of the site's stylesheet that the front pages (/ and /es/) inline: only the rules that can apply to
// the page, on screen and in print. The whole file is about 8 kB compressed, most of it rules for other pages (summary,
// guide, timeline, embeds) and for print; inline, it pushed the front page past what a slow phone connection
// delivers in its first round trip (issue 22, `npm run bench`).
//
// PurgeCSS keeps a rule when the names in its selector (classes, ids, elements, attributes) occur in the page's
// HTML or in the site's script, so the classes and attributes the script sets at run time (popovers,
// .font-in, .is-active, hidden, aria-expanded…) are read from the built script, not listed by hand; states the
// reader causes (:hover, :focus, :popover-open, dark mode) stay with the rules they qualify. The print rules
// that apply stay too (about 0.6 kB compressed): a stylesheet linked for print only is still fetched while the
// page loads, and Lighthouse's simulated load counts every request started before the largest paint.
import { PurgeCSS } from 'purgecss';

/** The rules of `css` that can apply to the page `html` (its own <style> ignored) run with `script`. */
export async function frontCss(css: string, html: string, script: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [
      { raw: html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''), extension: 'html' },
      { raw: script, extension: 'js' },
    ],
    css: [{ raw: css }],
    safelist: {
      // Selectors made of a state alone (`:focus-visible{…}`), which PurgeCSS would drop for naming nothing.
      standard: [/^:[a-z-]+$/],
    },
    // A reader opens a <details> (the chart's table, notes): its [open] rules must be there when they do.
    dynamicAttributes: ['open'],
  });
  return result!.css;
}
