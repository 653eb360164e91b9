import { describe, expect, it } from 'vitest';
import { assertUniqueSections, sectionSchema } from '../../src/content/section-schema';

const valid = {
  id: 'in-court',
  title: 'In court',
  shareTitle: 'Where the three lawsuits over IRS–ICE data sharing stand',
  order: 8,
  summary: 'Three lawsuits, two injunctions and one appeals ruling.',
  updated: '2026-11-25',
};
const issues = (data: unknown) => {
  const result = sectionSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('section frontmatter', () => {
  it('accepts a complete section and turns updated into a date', () => {
    const parsed = sectionSchema.parse({ ...valid, keyFigure: { value: '42,695', label: 'unlawful disclosures' } });
    expect(parsed.updated.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('names the id field when the id is not URL-safe', () => {
    expect(issues({ ...valid, id: 'In Court' })).toEqual([expect.stringMatching(/^id: must be lower-case/)]);
  });

  it('names the summary field when the summary is over 200 characters', () => {
    expect(issues({ ...valid, summary: 'x'.repeat(201) })).toEqual([expect.stringMatching(/^summary: must be at most 200/)]);
  });

  it('requires a share headline that can stand alone in a feed, naming the field when it is too short or too long', () => {
    expect(issues({ ...valid, shareTitle: undefined })).toEqual([expect.stringMatching(/^shareTitle: Required/)]);
    expect(issues({ ...valid, shareTitle: 'In court' })).toEqual([expect.stringMatching(/^shareTitle: must be at least 20 characters/)]);
    expect(issues({ ...valid, shareTitle: 'x'.repeat(81) })).toEqual([expect.stringMatching(/^shareTitle: must be at most 80 characters/)]);
  });

  it('keeps a key figure’s qualifier out of its value, so the card leads with the number', () => {
    const figure = (f: object) => ({ ...valid, keyFigure: { label: 'disclosures a judge counted', ...f } });
    expect(issues(figure({ value: 'About 42,695' }))).toEqual([expect.stringMatching(/^keyFigure\.value: must start with the number/)]);
    expect(issues(figure({ qualifier: 'approximately', value: '42,695' }))).toEqual([]);
    expect(issues(figure({ value: '$313 billion', range: 'range $147 billion to $479 billion' }))).toEqual([]);
  });

  it('rejects unknown fields so a typo cannot pass silently', () => {
    expect(issues({ ...valid, sumary: 'typo' })).toEqual([expect.stringMatching(/sumary/)]);
  });

  it('rejects a duplicate id or order, naming both files', () => {
    const a = { filePath: 'content/en/sections/01-a.mdx', data: sectionSchema.parse(valid) };
    const b = { filePath: 'content/en/sections/02-b.mdx', data: sectionSchema.parse({ ...valid, order: 9 }) };
    expect(() => assertUniqueSections([a, b])).toThrow('Duplicate section id "in-court" in content/en/sections/01-a.mdx and content/en/sections/02-b.mdx');
    const c = { filePath: 'content/en/sections/03-c.mdx', data: sectionSchema.parse({ ...valid, id: 'other' }) };
    expect(() => assertUniqueSections([a, c])).toThrow(/Duplicate section order "8"/);
  });
});
