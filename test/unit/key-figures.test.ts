import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { assertDistinctLeadNumbers, assertKeyFigureInText, leadNumber } from '../../src/content/key-figures';
import { sectionSchema } from '../../src/content/section-schema';

/** The real sections, read the way the build reads them (Astro's frontmatter parser, the section schema). */
const sections = readdirSync('content/en/sections')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const filePath = `content/en/sections/${f}`;
    const { frontmatter, content } = parseFrontmatter(readFileSync(filePath, 'utf8'));
    return { filePath, data: sectionSchema.parse(frontmatter), body: content };
  });

const figure = (value: string, extra: object = {}) => ({ data: { keyFigure: { value, label: 'a label', ...extra } } });

describe('the key figures on the share cards of this explainer', () => {
  it('are carried by most sections, each with a number to lead with', () => {
    const withFigure = sections.filter((s) => s.data.keyFigure);
    expect(withFigure.length).toBeGreaterThanOrEqual(6);
    for (const s of withFigure) expect(leadNumber(s.data.keyFigure!), s.filePath).toMatch(/^\d/);
  });

  it('never lead two cards with the same number', () => {
    const leads = sections.filter((s) => s.data.keyFigure).map((s) => leadNumber(s.data.keyFigure!));
    expect(new Set(leads).size).toBe(leads.length);
    expect(() => assertDistinctLeadNumbers(sections)).not.toThrow();
  });

  it('each appear in their own section’s text, with the qualifier and range the card shows, next to a note', () => {
    for (const s of sections) expect(() => assertKeyFigureInText(s), s.filePath).not.toThrow();
  });

  it('lead “Who is affected” with a figure newer than 2015', () => {
    const who = sections.find((s) => s.data.id === 'who-is-affected')!;
    const years = [...(who.data.keyFigure?.label ?? '').matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
    expect(years.length).toBeGreaterThan(0);
    expect(Math.min(...years)).toBeGreaterThan(2015);
  });
});

describe('leadNumber', () => {
  it('reads the number a figure starts with, ignoring currency, thousands separators and units', () => {
    expect(leadNumber({ value: '47,289' })).toBe('47289');
    expect(leadNumber({ value: '$96.7 billion' })).toBe('96.7');
    expect(leadNumber({ value: '4.8%' })).toBe('4.8');
  });
});

describe('assertDistinctLeadNumbers', () => {
  it('names both files when two cards lead with the same number, however it is written', () => {
    const a = { filePath: 'content/en/sections/01-a.mdx', ...figure('47,289') };
    const b = { filePath: 'content/en/sections/09-b.mdx', ...figure('47289') };
    expect(() => assertDistinctLeadNumbers([a, b])).toThrow(/01-a\.mdx and content\/en\/sections\/09-b\.mdx both lead/);
    expect(() => assertDistinctLeadNumbers([a, { filePath: 'c.mdx', ...figure('1.28 million') }])).not.toThrow();
  });
});

describe('assertKeyFigureInText', () => {
  const body = [
    'She found that the IRS violated the IRC approximately 42,695 times.[^jurist]',
    '',
    'Over 2026–35 it would be $313 billion (range $147 billion to $479 billion).[^yale]',
    '',
    'An uncited 9,999 here.',
    '',
    '- A list item with <Term id="itin">77,777</Term> ITINs.[^jurist]',
    '- A [report](https://example.org/55,555) and a cited 66,666 in the next item.',
    '- Next item.[^yale]',
    '',
    '<details>',
    '  <summary>More</summary>',
    '  Inside a fold, 88,888 people.[^yale]',
    '</details>',
    '',
    '[^jurist]: JURIST, report, 2026. 12,000 in a note is not the text.',
    '[^yale]: Budget Lab at Yale, report, 2025.',
  ].join('\n');
  const check =
    (value: string, extra: object = {}) =>
    () =>
      assertKeyFigureInText({ filePath: 'x.mdx', body, ...figure(value, extra) });

  it('accepts a figure printed in a cited paragraph, qualifier and range included', () => {
    expect(check('42,695', { qualifier: 'Approximately' })).not.toThrow();
    expect(check('$313 billion', { range: 'range $147 billion to $479 billion' })).not.toThrow();
  });

  it('refuses a figure the text does not print, or prints with another qualifier, naming the file', () => {
    expect(check('43,000')).toThrow(/x\.mdx: keyFigure "43,000" does not appear/);
    expect(check('42,695', { qualifier: 'About' })).toThrow(/keyFigure "about 42,695" does not appear/);
    expect(check('12,000')).toThrow(/does not appear/);
  });

  it('reads the MDX as a reader reads it: words inside a glossary term, a list item or a fold count; a link target does not', () => {
    expect(check('77,777')).not.toThrow();
    expect(check('88,888')).not.toThrow();
    expect(check('55,555')).toThrow(/x\.mdx: keyFigure "55,555" does not appear/);
  });

  it('takes a note to belong to its own list item, not the next one', () => {
    expect(check('66,666')).toThrow(/x\.mdx: keyFigure "66,666" appears in the text without a note/);
  });

  it('names the file when its text is not valid MDX', () => {
    expect(() =>
      assertKeyFigureInText({ filePath: 'broken.mdx', body: 'A <Term id="x">66 stray tag.', ...figure('66') }),
    ).toThrow(/^broken\.mdx: keyFigure cannot be checked, the text is not valid MDX/);
  });

  it('refuses a figure printed without a note, and a range the text does not give with it', () => {
    expect(check('9,999')).toThrow(/without a note/);
    expect(check('$313 billion', { range: 'range $100 billion to $500 billion' })).toThrow(/keyFigure\.range/);
  });
});
