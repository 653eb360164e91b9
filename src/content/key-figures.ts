// Rules for the key figures that lead the share cards (frontmatter `keyFigure`). A card is read
// without the section around it, so its number must be one the text itself prints, with a note, and
// two cards must never lead with the same number (a feed would show the same card twice).
import { toString } from 'mdast-util-to-string';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { parseMdx } from './mdx-tree';
import type { SectionData } from './section-schema';

type KeyFigure = NonNullable<SectionData['keyFigure']>;

/** The number a figure leads with, as digits: "$96.7 billion" → "96.7", "47,289" → "47289". */
export function leadNumber(figure: Pick<KeyFigure, 'value'>): string {
  const match = /\d[\d,.]*/.exec(figure.value);
  if (!match) throw new Error(`key figure "${figure.value}" has no number`);
  return match[0].replace(/,/g, '').replace(/\.$/, '');
}

/**
 * The blocks a reader reads as the text, from the MDX tree: each paragraph, heading and table row
 * outside the note definitions, as the words it shows (JSX such as <Term> keeps its words, link
 * targets and note numbers drop out), and whether it cites a note.
 */
function readableBlocks(file: string, body: string): { text: string; cited: boolean }[] {
  let tree: ReturnType<typeof parseMdx>;
  try {
    tree = parseMdx(body);
  } catch (error) {
    throw new Error(`${file}: keyFigure cannot be checked, the text is not valid MDX: ${(error as Error).message}`);
  }
  const blocks: { text: string; cited: boolean }[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableRow') return;
    let cited = false;
    visit(node, 'footnoteReference', () => {
      cited = true;
      return EXIT;
    });
    blocks.push({ text: toString(node, { includeHtml: false }), cited });
    return SKIP;
  });
  return blocks;
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Throws unless the figure, with its qualifier, is printed in the section's text in a paragraph (or
 * list item) that cites a note, and its range, if any, is in that same paragraph.
 */
export function assertKeyFigureInText(entry: { filePath?: string; data: Pick<SectionData, 'keyFigure'>; body?: string }): void {
  const figure = entry.data.keyFigure;
  if (!figure) return;
  const file = entry.filePath ?? '(unknown file)';
  const printed = squash([figure.qualifier, figure.value].filter(Boolean).join(' '));
  const blocks = readableBlocks(file, entry.body ?? '').filter((b) => squash(b.text).includes(printed));
  if (blocks.length === 0) {
    throw new Error(`${file}: keyFigure "${printed}" does not appear in the section's text; a card may only show a figure the text prints (with qualifier: keyFigure.qualifier + keyFigure.value)`);
  }
  const cited = blocks.filter((b) => b.cited);
  if (cited.length === 0) throw new Error(`${file}: keyFigure "${printed}" appears in the text without a note; cite its source there`);
  if (figure.range && !cited.some((b) => squash(b.text).includes(squash(figure.range!)))) {
    throw new Error(`${file}: keyFigure.range "${figure.range}" is not in the paragraph that prints "${printed}"`);
  }
}

/** Throws if two sections' cards lead with the same number; names both files. */
export function assertDistinctLeadNumbers(entries: { filePath?: string; data: Pick<SectionData, 'keyFigure'> }[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.data.keyFigure) continue;
    const lead = leadNumber(entry.data.keyFigure);
    const file = entry.filePath ?? '(unknown file)';
    const other = seen.get(lead);
    if (other) {
      throw new Error(`keyFigure: ${other} and ${file} both lead their share cards with ${entry.data.keyFigure.value}; give one of them another figure`);
    }
    seen.set(lead, file);
  }
}
