// What must be the same in a section and its translation: the facts, not the words. Figures (every
// group of digits), notes (labels, their URLs, their figures), charts, glossary terms, list items,
// questions, headings, timeline dates and internal links. Pure: works on the MDX source text, so the
// fast test layer checks every section pair without a build.

/** A section's source split into frontmatter, body and notes (label → note text). */
export interface SectionSource {
  frontmatter: string;
  body: string;
  notes: Map<string, string>;
}

export function splitSection(source: string): SectionSource {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const rest = source.slice(fm ? fm[0].length : 0);
  const notes = new Map<string, string>();
  const body: string[] = [];
  for (const line of rest.split('\n')) {
    const note = /^\[\^([^\]]+)\]:\s*(.*)$/.exec(line);
    if (note) notes.set(note[1], note[2]);
    else body.push(line);
  }
  return { frontmatter: fm?.[1] ?? '', body: body.join('\n'), notes };
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
const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;

const STRUCTURE: [string, RegExp][] = [
  ['<Chart>', /<Chart\b/g],
  ['<Term>', /<Term\b/g],
  ['<li>', /<li\b/g],
  ['<details>', /<details\b/g],
  ['### headings', /^###\s/gm],
  ['#### headings', /^####\s/gm],
  ['<SourceList>', /<SourceList\b/g],
  ['<Corrections>', /<Corrections\b/g],
  ['<ReportError>', /<ReportError\b/g],
  ['<OfficialHelp>', /<OfficialHelp\b/g],
];

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
  const noDate = (fm: string) => fm.replace(/^updated:.*$/m, '');
  fig(noDate(en.frontmatter), noDate(tr.frontmatter), 'frontmatter');
  for (const key of ['id', 'order', 'updated', 'onHome']) {
    const value = (fm: string) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(fm)?.[1]?.trim();
    if (value(en.frontmatter) !== value(tr.frontmatter)) problems.push(`frontmatter: ${key} differs (${value(en.frontmatter)} / ${value(tr.frontmatter)})`);
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
  const refs = (s: SectionSource) => [...new Set(list(/\[\^([^\]]+)\]/g, s.body))].sort().join(' ');
  if (refs(en) !== refs(tr)) problems.push('body: the notes cited differ');
  for (const [name, re] of STRUCTURE) {
    if (count(re, en.body) !== count(re, tr.body)) problems.push(`body: ${name} count differs (${count(re, en.body)} / ${count(re, tr.body)})`);
  }
  const same = (what: string, a: string[], b: string[]) => {
    if (a.join(' ') !== b.join(' ')) problems.push(`body: ${what} differ (${a.join(' ')} / ${b.join(' ')})`);
  };
  same('charts', list(/<Chart id="([^"]+)"/g, en.body), list(/<Chart id="([^"]+)"/g, tr.body));
  same('timeline dates', list(/datetime="([^"]+)"/g, en.body), list(/datetime="([^"]+)"/g, tr.body));
  same('timeline kinds', list(/data-kind="([^"]+)"/g, en.body), list(/data-kind="([^"]+)"/g, tr.body));
  same('internal links', list(/\]\((\/[^)]*)\)/g, en.body).sort(), list(/\]\((\/[^)]*)\)/g, tr.body).sort());
  // A translated quotation keeps its original word for word: the build prints it in the note.
  const unescape = (q: string) => q.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  for (const original of list(/<Q en="([^"]*)"/g, tr.body).map(unescape)) {
    if (!english.includes(original)) problems.push(`<Q en="${original.slice(0, 50)}…">: not word for word in the English section`);
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
