import { describe, expect, it } from 'vitest';
import { assertUniqueSections, sectionSchema } from '../../src/content/section-schema';
import { contentError, reasons } from './content-errors';

/** Where section files live (the content collection's base). */
const SECTIONS = 'content/en/sections';
const FILE = `${SECTIONS}/08-in-court.mdx`;

const valid = {
  id: 'in-court',
  title: 'In court',
  shareTitle: 'Where the three lawsuits over IRS–ICE data sharing stand',
  order: 8,
  summary: 'Three lawsuits, two injunctions and one appeals ruling.',
  updated: '2026-11-25',
};
/** What `astro build` prints for the frontmatter, led by the file: "" when it passes. */
const error = (data: unknown) =>
  contentError(sectionSchema, data, { collection: 'sections', file: FILE, id: 'en/sections/08-in-court' });
/** Its "field: reason" lines. */
const issues = (data: unknown) => reasons(error(data));

describe('section frontmatter', () => {
  it('accepts a complete section and turns updated into a date', () => {
    const parsed = sectionSchema.parse({ ...valid, keyFigure: { value: '42,695', label: 'unlawful disclosures' } });
    expect(parsed.updated.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('names the file and the id field when the id is not URL-safe', () => {
    const message = error({ ...valid, id: 'In Court' });
    expect(message).toMatch(
      /^content\/en\/sections\/08-in-court\.mdx: sections → en\/sections\/08-in-court data does not match collection schema/,
    );
    expect(reasons(message)).toEqual(['id: must be lower-case words joined by hyphens, e.g. "in-court"']);
  });

  it('refuses the ids of the home, summary and ITIN guide share images, naming the id field', () => {
    for (const id of ['home', 'summary', 'itin']) {
      expect(issues({ ...valid, id })).toEqual([
        'id: is reserved for the share images of the home page, the summary and the ITIN guide (/og/<id>.png); choose another id',
      ]);
    }
  });

  it('names the updated field when the date is missing', () => {
    const { updated: _, ...undated } = valid;
    expect(issues(undated)).toEqual(['updated: must be a date like 2026-11-25']); // z.coerce.date() of nothing: the schema's words, with the field
  });

  it('names the summary field when the summary is over 200 characters', () => {
    expect(issues({ ...valid, summary: 'x'.repeat(201) })).toEqual([
      'summary: must be at most 200 characters (it becomes the share description)',
    ]);
  });

  it('requires a share headline that can stand alone in a feed, naming the field when it is too short or too long', () => {
    expect(issues({ ...valid, shareTitle: undefined })).toEqual(['shareTitle: shareTitle: Required']);
    expect(issues({ ...valid, shareTitle: 'In court' })).toEqual([
      expect.stringMatching(/^shareTitle: must be at least 20 characters/),
    ]);
    expect(issues({ ...valid, shareTitle: 'x'.repeat(81) })).toEqual([
      expect.stringMatching(/^shareTitle: must be at most 80 characters/),
    ]);
  });

  it('keeps a key figure’s qualifier out of its value, so the card leads with the number', () => {
    const figure = (f: object) => ({ ...valid, keyFigure: { label: 'disclosures a judge counted', ...f } });
    expect(issues(figure({ value: 'About 42,695' }))).toEqual([
      expect.stringMatching(/^keyFigure\.value: must start with the number/),
    ]);
    expect(issues(figure({ qualifier: 'approximately', value: '42,695' }))).toEqual([]);
    expect(issues(figure({ value: '$313 billion', range: 'range $147 billion to $479 billion' }))).toEqual([]);
  });

  it('rejects unknown fields so a typo cannot pass silently', () => {
    expect(issues({ ...valid, sumary: 'typo' })).toEqual([expect.stringMatching(/Unrecognized key: "sumary"/)]);
  });

  it('rejects a duplicate id or order, naming both files', () => {
    const a = { filePath: `${SECTIONS}/01-a.mdx`, data: sectionSchema.parse(valid) };
    const b = { filePath: `${SECTIONS}/02-b.mdx`, data: sectionSchema.parse({ ...valid, order: 9 }) };
    expect(() => assertUniqueSections([a, b])).toThrow(
      `Duplicate section id "in-court" in ${SECTIONS}/01-a.mdx and ${SECTIONS}/02-b.mdx`,
    );
    const c = { filePath: `${SECTIONS}/03-c.mdx`, data: sectionSchema.parse({ ...valid, id: 'other' }) };
    expect(() => assertUniqueSections([a, c])).toThrow(/Duplicate section order "8"/);
  });
});
