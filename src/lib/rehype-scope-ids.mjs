// Every section is rendered on one page (/) and alone (/s/<id>/). GFM footnotes and
// heading ids restart in each MDX file, so they are prefixed with the section id to
// stay unique on the home page. Also: the footnote heading becomes a visible h3 "Notes",
// <Term> elements learn their section (for unique popover ids), and the notes learn theirs.
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { localeOfPath } from '../i18n/locales.ts';
import { localizeHref, sectionPageHref } from '../i18n/paths.ts';
import { ui } from '../i18n/ui/index.ts';

const CLOBBER = 'user-content-';

/** @param {any} node */
const isNoteSup = (node) =>
  node?.type === 'element' &&
  node.tagName === 'sup' &&
  node.children?.some(
    (/** @type {any} */ c) => c.type === 'element' && c.tagName === 'a' && 'dataFootnoteRef' in (c.properties ?? {}),
  );

export function rehypeScopeIds() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    const scope = file.data?.astro?.frontmatter?.id;
    if (typeof scope !== 'string' || !scope) return; // not a section file
    const where = String(file.path ?? '').replace(/^.*?(content\/)/, '$1');
    // The section's language is its folder's (content/<locale>/sections/); its words come from that dictionary.
    const locale = localeOfPath(where);
    const t = ui(locale);
    const slugger = new GithubSlugger();
    /** @param {string} value */
    const scoped = (value) =>
      value === 'footnote-label'
        ? `${scope}-notes`
        : value.startsWith(CLOBBER)
          ? `${scope}-${value.slice(CLOBBER.length)}`
          : value;

    // Neighbouring note numbers get a comma between them ("3,4"), inside the second <sup>.
    visit(tree, (/** @type {any} */ node) => {
      const kids = node.children ?? [];
      for (let i = 1; i < kids.length; i++) {
        if (isNoteSup(kids[i]) && isNoteSup(kids[i - 1])) {
          kids[i].children.unshift({
            type: 'element',
            tagName: 'span',
            properties: { className: ['fn-sep'] },
            children: [{ type: 'text', value: ',' }],
          });
        }
      }
    });

    visit(tree, (/** @type {any} */ node) => {
      if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
        if (node.name === 'Term') {
          node.attributes.push({ type: 'mdxJsxAttribute', name: 'scope', value: scope });
        }
        // A boxed aside in a section ("This is not legal advice") is a note on the text, not a landmark:
        // /all/ holds every section, and two unnamed complementary landmarks on one page confuse screen readers.
        if (node.name === 'aside' && !node.attributes.some((/** @type {any} */ a) => a.name === 'role')) {
          node.attributes.push({ type: 'mdxJsxAttribute', name: 'role', value: 'note' });
        }
        return;
      }
      if (node.type !== 'element') return;
      const p = node.properties ?? {};
      if (node.tagName === 'h1' || (node.tagName === 'h2' && p.id !== 'footnote-label')) {
        throw new Error(`${where}: use ### or deeper inside a section; the page gives each section its own h1/h2`);
      }
      if (/^h[3-6]$/.test(node.tagName) && !p.id) {
        p.id = `${scope}-${slugger.slug(toString(node))}`;
      }
      if (typeof p.id === 'string') p.id = scoped(p.id);
      if (typeof p.href === 'string' && p.href.startsWith('#')) p.href = '#' + scoped(p.href.slice(1));
      // Links in content are written as English site paths ("/#the-law"); they lead to the same place in this
      // language, and a section's anchor leads to the section's own page (the home page lists sections, it no longer holds them).
      else if (typeof p.href === 'string' && p.href.startsWith('/'))
        p.href = localizeHref(sectionPageHref(p.href), locale);
      // remark-rehype's back-reference label is set once for the site (astro.config.mjs); each language has its own.
      if (node.tagName === 'a' && 'dataFootnoteBackref' in p && typeof p.ariaLabel === 'string') {
        p.ariaLabel = t.notes.backLabel(p.ariaLabel.replace(/^\D+/, ''));
      }
      if (Array.isArray(p.ariaDescribedBy)) p.ariaDescribedBy = p.ariaDescribedBy.map(scoped);
      if (typeof p.ariaDescribedBy === 'string') p.ariaDescribedBy = scoped(p.ariaDescribedBy);
      // A note number is a link named by its digits alone; a screen reader's list of links would be a
      // column of bare numbers. A hidden "Note " makes each one "Note 12".
      if (node.tagName === 'a' && 'dataFootnoteRef' in p) {
        node.children.unshift({
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: t.notes.note }],
        });
      }
      // SectionNotes.astro puts the section's share controls just before its notes, so readers
      // need not scroll past every note to share; it reads (and drops) this attribute.
      if (node.tagName === 'section' && 'dataFootnotes' in p) p.dataSection = scope;
      if (node.tagName === 'h2' && p.id === `${scope}-notes`) {
        node.tagName = 'h3';
        p.className = ['notes-heading'];
        node.children = [{ type: 'text', value: t.notes.heading }];
      }
      if (node.tagName === 'aside' && !p.role) p.role = 'note'; // as above, for an aside written in Markdown's HTML
      // On-screen cross-links ("More: The law") lead nowhere on paper.
      if (
        node.tagName === 'a' &&
        typeof p.href === 'string' &&
        /^\/?(#|(\w+\/)?s\/)/.test(p.href) &&
        toString(node).startsWith(`${t.summary.more}:`)
      ) {
        p.className = [...(p.className ?? []), 'more-link', 'print-hide'];
      }
    });

    // The notes fold into one <details> ("Notes (21)") so they leave the reading path; the list
    // stays in the HTML (and in print, see print.css). The summary names the notes for note numbers'
    // aria-describedby, so no heading is needed inside it (a summary's content is not a heading to
    // screen readers anyway).
    visit(tree, 'element', (/** @type {any} */ node) => {
      if (node.tagName !== 'section' || !('dataFootnotes' in (node.properties ?? {}))) return;
      const heading = node.children.find((/** @type {any} */ c) => c.type === 'element' && /^h[2-6]$/.test(c.tagName));
      const list = node.children.find((/** @type {any} */ c) => c.type === 'element' && c.tagName === 'ol');
      const count = list
        ? list.children.filter((/** @type {any} */ c) => c.type === 'element' && c.tagName === 'li').length
        : 0;
      const summary = {
        type: 'element',
        tagName: 'summary',
        properties: { className: ['notes-summary'] },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { id: heading?.properties?.id ?? `${scope}-notes`, className: ['notes-heading'] },
            children: [{ type: 'text', value: t.notes.heading }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['notes-count'] },
            children: [{ type: 'text', value: ` (${count})` }],
          },
        ],
      };
      const rest = node.children.filter((/** @type {any} */ c) => c !== heading);
      // note-preview.ts reads its words from the fold: it bundles none of its own.
      const words = { dataNote: t.notes.note, dataShowInList: t.notes.showInList };
      node.children = [
        {
          type: 'element',
          tagName: 'details',
          properties: { className: ['notes-block'], ...words },
          children: [summary, ...rest],
        },
      ];
      return 'skip';
    });
  };
}
