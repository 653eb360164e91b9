// A quotation translated from English is written <Q en="original">translation</Q>, followed by its
// note. This plugin appends the English original to that note ("Original: …", in the note's
// language), so the original words travel with the source and never clutter the sentence. A <Q>
// with no note after it in the same paragraph stops the build, naming the file and the quote.
import { visit } from 'unist-util-visit';
import { localeOfPath } from '../i18n/locales.ts';
import { ui } from '../i18n/ui/index.ts';

/** @param {any} node */
const enOf = (node) => node.attributes?.find((/** @type {any} */ a) => a.name === 'en')?.value;

export function remarkQuoteOriginals() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    const where = String(file.path ?? '').replace(/^.*?(content\/)/, '$1');
    if (!/content\/[a-z]{2}\//.test(where)) return;
    const t = ui(localeOfPath(where));
    /** @type {Map<string, any>} */
    const notes = new Map();
    visit(tree, 'footnoteDefinition', (/** @type {any} */ node) => void notes.set(node.identifier, node));
    /** @type {Map<any, string[]>} */
    const originals = new Map();
    visit(tree, (/** @type {any} */ node) => {
      const kids = node.children ?? [];
      kids.forEach((/** @type {any} */ kid, /** @type {number} */ i) => {
        if (kid.type !== 'mdxJsxTextElement' || kid.name !== 'Q') return;
        const original = enOf(kid);
        if (typeof original !== 'string' || !original.trim())
          throw new Error(`${where}: <Q> needs its English original in en="…"`);
        const ref = kids.slice(i + 1).find((/** @type {any} */ k) => k.type === 'footnoteReference');
        if (!ref)
          throw new Error(
            `${where}: the quotation <Q en="${original.slice(0, 40)}…"> has no note after it in its paragraph; cite its source`,
          );
        const note = notes.get(ref.identifier);
        if (!note) return; // remark-citations reports the missing note
        originals.set(note, [...(originals.get(note) ?? []), original]);
      });
    });
    for (const [note, quotes] of originals) {
      const last = note.children.at(-1);
      const para =
        last?.type === 'paragraph'
          ? last
          : (note.children.push({ type: 'paragraph', children: [] }), note.children.at(-1));
      const unique = [...new Set(quotes)];
      para.children.push({ type: 'text', value: ` ${t.notes.originalQuote} ` });
      unique.forEach((q, i) => {
        if (i > 0) para.children.push({ type: 'text', value: ' · ' });
        para.children.push({
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: 'en' }],
          children: [{ type: 'text', value: `“${q}”` }],
        });
      });
    }
  };
}
