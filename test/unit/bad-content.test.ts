import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { assertUniqueSections, sectionSchema } from '../../src/content/section-schema';
import { assertKeyFigureInText } from '../../src/content/key-figures';
import { remarkCitations } from '../../src/lib/remark-citations.mjs';
import { contentError, reasons } from './content-errors';

// Each fixture in test/fixtures/bad-content is one section broken in one way. Here each goes through the
// pure function that enforces its rule, with the message a maintainer reads; test/build/bad-content.test.ts
// builds one of them to prove that such a message stops `astro build`.
/** Where the build reads sections from (each fixture is named as if it were there), and the fixtures. */
const SECTIONS = 'content/en/sections';
const FIXTURES = { bad: 'test/fixtures/bad-content', valid: 'test/fixtures/sections-valid' };

/** A fixture read the way the build reads a section: Astro's frontmatter parser, named by its place in SECTIONS. */
const read = (path: string) => {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return { filePath: `${SECTIONS}/${basename(path)}`, frontmatter, body: content };
};
const bad = (name: string) => read(`${FIXTURES.bad}/${name}`);
const parsed = (entry: ReturnType<typeof read>) => ({ ...entry, data: sectionSchema.parse(entry.frontmatter) });
const valid = readdirSync(FIXTURES.valid).map((f) => parsed(read(`${FIXTURES.valid}/${f}`)));

/** The frontmatter through the collection schema: what `astro build` prints, or "". */
const schemaError = (entry: ReturnType<typeof read>) =>
  contentError(sectionSchema, entry.frontmatter, {
    collection: 'sections',
    file: entry.filePath,
    id: `en/sections/${entry.filePath
      .split('/')
      .pop()!
      .replace(/\.mdx$/, '')}`,
  });

/** The body through the section's remark pipeline (MDX, GFM footnotes, then remark-citations). */
const citationError = (entry: ReturnType<typeof read>) => {
  const file = new VFile({ path: entry.filePath, value: entry.body });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCitations);
  try {
    processor.runSync(processor.parse(file), file);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

const thrown = (check: () => void) => {
  try {
    check();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

/** Fixture → the message that names its file and what is wrong. */
const CASES: Record<string, () => string> = {
  'bad-frontmatter.mdx': () => schemaError(bad('bad-frontmatter.mdx')),
  'missing-field.mdx': () => schemaError(bad('missing-field.mdx')),
  'long-summary.mdx': () => schemaError(bad('long-summary.mdx')),
  'duplicate-id.mdx': () => thrown(() => assertUniqueSections([...valid, parsed(bad('duplicate-id.mdx'))])),
  'duplicate-order.mdx': () => thrown(() => assertUniqueSections([...valid, parsed(bad('duplicate-order.mdx'))])),
  'footnote-without-url.mdx': () => citationError(bad('footnote-without-url.mdx')),
  'reference-without-note.mdx': () => citationError(bad('reference-without-note.mdx')),
  'key-figure-not-in-text.mdx': () => thrown(() => assertKeyFigureInText(parsed(bad('key-figure-not-in-text.mdx')))),
};

describe('a broken section is refused with a message that says where', () => {
  it(`has a case for every fixture in ${FIXTURES.bad}`, () => {
    expect(readdirSync(FIXTURES.bad).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('the valid fixtures pass every rule (so each refusal below is the broken file’s)', () => {
    for (const entry of valid) {
      expect(schemaError(entry), entry.filePath).toBe('');
      expect(citationError(entry), entry.filePath).toBe('');
      expect(() => assertKeyFigureInText(entry), entry.filePath).not.toThrow();
    }
    expect(() => assertUniqueSections(valid)).not.toThrow();
  });

  it('an id that is not URL-safe: the file and the id field', () => {
    const message = CASES['bad-frontmatter.mdx']();
    expect(message).toMatch(
      new RegExp(`^${SECTIONS}/bad-frontmatter\\.mdx: sections → en/sections/bad-frontmatter data does not match`),
    );
    expect(reasons(message)).toEqual(['id: must be lower-case words joined by hyphens, e.g. "in-court"']);
  });

  it('a missing updated date: the file and the updated field', () => {
    const message = CASES['missing-field.mdx']();
    expect(message).toMatch(new RegExp(`^${SECTIONS}/missing-field\\.mdx: `));
    expect(reasons(message)).toEqual(['updated: must be a date like 2026-11-25']);
  });

  it('a summary over 200 characters: the file and the summary field', () => {
    const message = CASES['long-summary.mdx']();
    expect(message).toMatch(new RegExp(`^${SECTIONS}/long-summary\\.mdx: `));
    expect(reasons(message)).toEqual(['summary: must be at most 200 characters (it becomes the share description)']);
  });

  it('a duplicate id or order: both files', () => {
    expect(CASES['duplicate-id.mdx']()).toBe(
      `Duplicate section id "fixture-one" in ${SECTIONS}/01-one.mdx and ${SECTIONS}/duplicate-id.mdx; each section needs its own id`,
    );
    expect(CASES['duplicate-order.mdx']()).toBe(
      `Duplicate section order "1" in ${SECTIONS}/01-one.mdx and ${SECTIONS}/duplicate-order.mdx; each section needs its own order`,
    );
  });

  it('a footnote without a source URL: the file and the footnote', () => {
    expect(CASES['footnote-without-url.mdx']()).toBe(
      `${SECTIONS}/footnote-without-url.mdx: footnote [^romo] has no source URL; every note needs an https link to its source`,
    );
  });

  it('a footnote reference without a note: the file and the reference', () => {
    expect(CASES['reference-without-note.mdx']()).toBe(
      `${SECTIONS}/reference-without-note.mdx: footnote reference [^romo] has no note`,
    );
  });

  it('a share-card figure the text never prints: the file and the keyFigure field', () => {
    expect(CASES['key-figure-not-in-text.mdx']()).toMatch(
      new RegExp(`^${SECTIONS}/key-figure-not-in-text\\.mdx: keyFigure "12,345" does not appear in the section's text`),
    );
  });
});

describe('remark-citations on other broken notes', () => {
  const run = (body: string) => citationError({ filePath: `${SECTIONS}/x.mdx`, frontmatter: {}, body });

  it('refuses a source link that is not an absolute https URL, and a note nobody cites', () => {
    expect(run('Text.[^a]\n\n[^a]: Source, [page](http://example.org/page).')).toBe(
      `${SECTIONS}/x.mdx: footnote [^a] links to "http://example.org/page"; source links must be absolute https URLs`,
    );
    expect(run('Text.[^a]\n\n[^a]: [A](https://example.org/a).\n\n[^b]: [B](https://example.org/b).')).toBe(
      `${SECTIONS}/x.mdx: footnote [^b] is never referenced`,
    );
  });

  it('accepts cited notes with https links', () => {
    expect(run('Text.[^a]\n\n[^a]: Source, [page](https://example.org/page), 2026.')).toBe('');
  });
});
