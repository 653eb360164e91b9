// A section's MDX read as a tree (mdast, with MDX and GFM: the parsers the build's own pipeline uses),
// so code that asks "which charts does this section place" or "which notes does it define" reads
// elements and attributes, not characters that happen to look like them.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';

/** A JSX element of the tree (remark-mdx adds these node types to mdast's). */
export type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** The tree of an MDX body (frontmatter already removed). */
export const parseMdx = (body: string): Root => parser.parse(body);

/** Every JSX element in the tree, in document order, or only those with one of the given names. */
export function jsxElements(tree: Root, ...names: string[]): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (names.length === 0 || names.includes(node.name ?? ''))) {
      found.push(node);
    }
  });
  return found;
}

/** A JSX element's attribute as written when it is a plain string (`id="taxes-by-level"`), else undefined. */
export function attribute(element: JsxElement, name: string): string | undefined {
  for (const attr of element.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}
