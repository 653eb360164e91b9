// Checks every footnote of a section at build time and records it as a citation.
// A footnote is a source note: it must hold an https link, and every [^ref] must
// have a note (and every note a ref), or the build stops naming file and footnote.
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

/** @param {string} path */
const short = (path) => path.replace(/^.*?(content\/)/, '$1');

export function remarkCitations() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    const where = short(String(file.path ?? 'unknown file'));
    /** @type {Map<string, {label: string, text: string, url: string}>} */
    const notes = new Map();
    const refs = new Set();
    visit(tree, 'footnoteReference', (/** @type {any} */ node) => {
      refs.add(node.identifier);
    });
    // GFM only parses [^x] as a reference when a note [^x]: exists; otherwise it stays text.
    visit(tree, 'text', (/** @type {any} */ node) => {
      const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
      if (orphan) throw new Error(`${where}: footnote reference [^${orphan[1]}] has no note`);
    });
    visit(tree, 'footnoteDefinition', (/** @type {any} */ node) => {
      /** @type {string[]} */
      const urls = [];
      visit(node, 'link', (/** @type {any} */ link) => {
        urls.push(link.url);
      });
      const label = node.label ?? node.identifier;
      if (urls.length === 0) {
        throw new Error(
          `${where}: footnote [^${label}] has no source URL; every note needs an https link to its source`,
        );
      }
      for (const url of urls) {
        if (!/^https:\/\/[^\s/]+\.[^\s/]+/.test(url)) {
          throw new Error(`${where}: footnote [^${label}] links to "${url}"; source links must be absolute https URLs`);
        }
      }
      // Words the note marks as English (<span lang="en">, in translations), so lists of sources can say so too.
      /** @type {string[]} */
      const english = [];
      visit(
        node,
        (/** @type {any} */ n) =>
          n.type === 'mdxJsxTextElement' &&
          n.name === 'span' &&
          n.attributes?.some((/** @type {any} */ a) => a.name === 'lang' && a.value === 'en'),
        (/** @type {any} */ span) => {
          english.push(toString(span));
        },
      );
      notes.set(node.identifier, {
        label,
        text: toString(node).trim(),
        url: urls[0],
        ...(english.length ? { english } : {}),
      });
    });
    for (const id of refs) {
      if (!notes.has(id)) throw new Error(`${where}: footnote reference [^${id}] has no note`);
    }
    for (const [id, note] of notes) {
      if (!refs.has(id)) throw new Error(`${where}: footnote [^${note.label}] is never referenced`);
    }
    const astro = (file.data.astro ??= {});
    astro.frontmatter ??= {};
    astro.frontmatter.citations = [...notes.values()];
  };
}
