import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseDataset } from '../../src/content/data-schema';
import { sectionSchema } from '../../src/content/section-schema';
import { summarySchema } from '../../src/content/summary-schema';
import { buildCopy, buildWithSections } from '../setup/build-fixture';
import { contentError, reasons } from '../unit/content-errors';

// One fixture build per content loader (sections, datasets, summary): a bad file must stop `astro build`
// with a message naming the file and the field. Every rule has its own fast unit test against the function
// that enforces it (test/unit/bad-content.test.ts, charts-data-schema.test.ts, section-schema.test.ts,
// summary-model.test.ts, key-figures.test.ts); these builds prove that those messages are what the build prints.
/** Where the built copy keeps each kind of content, and the fixtures. */
const CONTENT = { sections: 'content/en/sections', data: 'content/data' };
const FIXTURES = {
  section: 'test/fixtures/bad-content/bad-frontmatter.mdx',
  dataset: 'test/fixtures/bad-data/missing-value.json',
  summary: 'test/fixtures/summary/seven-key-points.json',
};

describe('a bad content file stops the build and says where', () => {
  it('sections: a section whose id is not URL-safe names the file and the id field', () => {
    const { status, output } = buildWithSections([FIXTURES.section]);
    expect(status, output).not.toBe(0);
    expect(output).toContain(`${CONTENT.sections}/bad-frontmatter.mdx`);
    const expected = contentError(sectionSchema, parseFrontmatter(readFileSync(FIXTURES.section, 'utf8')).frontmatter, {
      collection: 'sections',
      file: `${CONTENT.sections}/bad-frontmatter.mdx`,
    });
    expect(output).toContain('sections → en/sections/bad-frontmatter data does not match collection schema.');
    expect(reasons(expected)).toEqual(['id: must be lower-case words joined by hyphens, e.g. "in-court"']);
    for (const line of reasons(expected)) expect(output).toContain(`  ${line}`);
  });

  it('datasets: a row without a value names the file, the row and the field', () => {
    const name = 'missing-value.json';
    const { status, output } = buildCopy((root) => copyFileSync(FIXTURES.dataset, join(root, CONTENT.data, name)));
    expect(status, output).not.toBe(0);
    const file = `${CONTENT.data}/${name}`;
    expect(() => parseDataset(JSON.parse(readFileSync(FIXTURES.dataset, 'utf8')), file)).toThrow(
      `${file}: row 1 ("State and local"), field "value": is missing`,
    );
    expect(output).toContain(`${file}: row 1 ("State and local"), field "value": is missing`);
  });

  it('summary: a seventh key point (SUMMARY_FILE fixture) names the file and the field', () => {
    const saved = process.env.SUMMARY_FILE;
    process.env.SUMMARY_FILE = resolve(FIXTURES.summary);
    try {
      const { status, output } = buildCopy(() => {});
      expect(status, output).not.toBe(0);
      expect(output).toContain('seven-key-points.json');
      const expected = contentError(summarySchema, JSON.parse(readFileSync(FIXTURES.summary, 'utf8')), {
        collection: 'summary',
        file: FIXTURES.summary,
      });
      expect(reasons(expected)).toEqual([
        'keyPoints: must have at most 6 key points (the summary must fit on one printed page)',
      ]);
      expect(output).toContain('summary → en data does not match collection schema.');
      for (const line of reasons(expected)) expect(output).toContain(`  ${line}`);
    } finally {
      if (saved === undefined) delete process.env.SUMMARY_FILE;
      else process.env.SUMMARY_FILE = saved;
    }
  });
});
