// Paper has no links, and a full address after each of some 300 source links filled pages. So every
// outside link carries its site's name (data-host="irs.gov"), and print.css prints that after the link
// where it names a source (notes, chart captions): publisher, title, date and site stay traceable; the
// full addresses are on /sources/.
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';

/** The site a link leads to, as a reader would type it ("irs.gov"), or undefined for a link within this site. */
export function hostOf(/** @type {string | undefined} */ href) {
  if (!href || !/^https?:\/\//i.test(href)) return undefined;
  return new URL(href).hostname.replace(/^www\./, '');
}

/** rehype: adds data-host to each outside link of a Markdown/MDX page, unless its text already names the site. */
export function rehypePrintHosts() {
  return (/** @type {any} */ tree) => {
    visit(tree, 'element', (/** @type {any} */ node) => {
      if (node.tagName !== 'a') return;
      const host = hostOf(node.properties?.href);
      if (host && !toString(node).toLowerCase().includes(host)) node.properties.dataHost = host;
    });
  };
}
