// What must be the same in a section and its translation: the facts, not the words. Figures (every
// group of digits), notes (labels, their URLs, their figures), charts, glossary terms, list items,
// questions, headings, timeline dates and internal links. Pure: the MDX source is read as a tree
// (Astro's frontmatter parser, then mdast with MDX and GFM), so the fast test layer checks every
// section pair without a build.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attribute, jsxElements, parseMdx } from './mdx-tree';

/** A section's source split into frontmatter, body (without its note definitions), notes and the body's tree. */
export interface SectionSource {
  frontmatter: Record<string, unknown>;
  body: string;
  /** Note label → the note's text as written. */
  notes: Map<string, string>;
  tree: Root;
}

export function splitSection(source: string): SectionSource {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
  const tree = parseMdx(content);
  const notes = new Map<string, string>();
  const cuts: [number, number][] = [];
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    const [first, last] = [node.children[0], node.children.at(-1)];
    const text = first && last ? content.slice(first.position!.start.offset, last.position!.end.offset) : '';
    notes.set(node.label ?? node.identifier, text);
    cuts.push([node.position!.start.offset!, node.position!.end.offset!]);
  });
  let body = '';
  let from = 0;
  for (const [start, end] of cuts) {
    body += content.slice(from, start);
    from = end;
  }
  body += content.slice(from);
  return { frontmatter, body, notes, tree };
}

/** Text without link targets, note references and machine attributes, so only what readers see is compared. */
const visible = (text: string) =>
  text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/datetime="[^"]*"/g, '')
    .replace(/\ben="[^"]*"/g, '');

/** Every group of digits a reader sees ("47,289", "7.6", "2025", "6103"). */
export const figures = (text: string): Set<string> => new Set(visible(text).match(/\d[\d,.]*\d|\d/g) ?? []);
export const urls = (text: string): Set<string> => new Set(text.match(/https:\/\/[^)\s"]+/g) ?? []);
const missing = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => !b.has(x));
const list = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1]);

/** Things a translation must have as many of as its English, counted in the tree. */
const STRUCTURE: [string, (tree: Root) => number][] = [
  ...['Chart', 'Term', 'li', 'Entry', 'details', 'SourceList', 'Corrections', 'ReportError', 'OfficialHelp'].map(
    (name) => [`<${name}>`, (tree: Root) => jsxElements(tree, name).length] as [string, (tree: Root) => number],
  ),
  ['list items', (tree) => count(tree, 'listItem')],
  ['### headings', (tree) => count(tree, 'heading', 3)],
  ['#### headings', (tree) => count(tree, 'heading', 4)],
];
function count(tree: Root, type: 'listItem' | 'heading', depth?: number): number {
  let n = 0;
  visit(tree, type, (node) => {
    if (depth === undefined || (node.type === 'heading' && node.depth === depth)) n++;
  });
  return n;
}
function links(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'link', (node) => {
    if (node.url.startsWith('/')) found.push(node.url);
  });
  return found.sort();
}
function references(tree: Root): string {
  const found = new Set<string>();
  visit(tree, 'footnoteReference', (node) => {
    found.add(node.label ?? node.identifier);
  });
  return [...found].sort().join(' ');
}
/** Every string in a frontmatter value except the `updated` date (a translation may be updated later). */
const frontmatterText = (fm: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(fm).filter(([key]) => key !== 'updated')));
const shown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The differences between an English section and its translation that readers would notice as facts. */
export function parityProblems(english: string, translation: string): string[] {
  const en = splitSection(english);
  const tr = splitSection(translation);
  const problems: string[] = [];
  const fig = (a: string, b: string, where: string) => {
    const lost = missing(figures(a), figures(b));
    const added = missing(figures(b), figures(a));
    if (lost.length) problems.push(`${where}: figures missing from the translation: ${lost.join(' ')}`);
    if (added.length) problems.push(`${where}: figures not in the English: ${added.join(' ')}`);
  };
  fig(en.body, tr.body, 'body');
  fig(frontmatterText(en.frontmatter), frontmatterText(tr.frontmatter), 'frontmatter');
  for (const key of ['id', 'order', 'updated', 'onHome']) {
    const [a, b] = [shown(en.frontmatter[key]), shown(tr.frontmatter[key])];
    if (a !== b) problems.push(`frontmatter: ${key} differs (${a} / ${b})`);
  }
  const labels = (s: SectionSource) => [...s.notes.keys()].sort().join(' ');
  if (labels(en) !== labels(tr)) problems.push(`notes: labels differ: English [${labels(en)}], translation [${labels(tr)}]`);
  for (const [label, note] of en.notes) {
    const other = tr.notes.get(label);
    if (other === undefined) continue;
    const lost = missing(urls(note), urls(other));
    if (lost.length) problems.push(`note [^${label}]: source links missing: ${lost.join(' ')}`);
    fig(note, other, `note [^${label}]`);
  }
  if (references(en.tree) !== references(tr.tree)) problems.push('body: the notes cited differ');
  for (const [name, counted] of STRUCTURE) {
    const [a, b] = [counted(en.tree), counted(tr.tree)];
    if (a !== b) problems.push(`body: ${name} count differs (${a} / ${b})`);
  }
  const same = (what: string, a: string[], b: string[]) => {
    if (a.join(' ') !== b.join(' ')) problems.push(`body: ${what} differ (${a.join(' ')} / ${b.join(' ')})`);
  };
  const charts = (tree: Root) => jsxElements(tree, 'Chart').flatMap((c) => attribute(c, 'id') ?? []);
  same('charts', charts(en.tree), charts(tr.tree));
  // Timeline entries state their date and kind once (<Entry date kind>); a raw <time datetime> counts too.
  const dates = (tree: Root) => jsxElements(tree).flatMap((e) => (e.name === 'Entry' ? attribute(e, 'date') : attribute(e, 'datetime')) ?? []);
  const kinds = (tree: Root) => jsxElements(tree).flatMap((e) => (e.name === 'Entry' ? attribute(e, 'kind') : attribute(e, 'data-kind')) ?? []);
  same('timeline dates', dates(en.tree), dates(tr.tree));
  same('timeline kinds', kinds(en.tree), kinds(tr.tree));
  const turns = (tree: Root) => jsxElements(tree, 'Entry').flatMap((e) => (e.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'turn') ? (attribute(e, 'date') ?? []) : []));
  same('turning points', turns(en.tree), turns(tr.tree));
  same('internal links', links(en.tree), links(tr.tree));
  // A translated quotation keeps its original word for word: the build prints it in the note.
  for (const q of jsxElements(tr.tree, 'Q')) {
    const original = attribute(q, 'en');
    if (original !== undefined && !english.includes(original)) problems.push(`<Q en="${original.slice(0, 50)}…">: not word for word in the English section`);
  }
  // A title left in English is marked so screen readers say it in English.
  for (const [label, note] of en.notes) {
    const other = tr.notes.get(label) ?? '';
    for (const title of list(/\[([^\]^]{12,})\]\(/g, note)) {
      if (other.includes(title) && !/lang="en"/.test(other)) problems.push(`note [^${label}]: the English title "${title.slice(0, 40)}…" needs lang="en"`);
    }
  }
  return problems;
}
