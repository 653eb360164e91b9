import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCopy, buildWithSections } from '../setup/build-fixture';

// Each broken section must stop the build with a message that names the file and what is wrong.
describe('a broken section fails the build and says where', () => {
  it('a valid fixture set builds (so the failures below are caused by the broken file)', () => {
    const { status, output } = buildWithSections([]);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('an id that is not URL-safe names the file and the id field', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/bad-frontmatter.mdx']);
    expect(status).not.toBe(0);
    expect(output).toContain('bad-frontmatter.mdx');
    expect(output).toMatch(/\bid\b.*lower-case words joined by hyphens/);
  });

  it('a missing updated date names the file and the updated field', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/missing-field.mdx']);
    expect(status).not.toBe(0);
    expect(output).toContain('missing-field.mdx');
    expect(output).toMatch(/updated/);
  });

  it('a summary over 200 characters names the file and the summary field', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/long-summary.mdx']);
    expect(status).not.toBe(0);
    expect(output).toContain('long-summary.mdx');
    expect(output).toMatch(/summary.*at most 200 characters/);
  });

  it('a duplicate section id names both files', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/duplicate-id.mdx']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Duplicate section id "fixture-one"/);
    expect(output).toContain('01-one.mdx');
    expect(output).toContain('duplicate-id.mdx');
  });

  it('a duplicate section order names both files', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/duplicate-order.mdx']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Duplicate section order "1"/);
    expect(output).toContain('01-one.mdx');
    expect(output).toContain('duplicate-order.mdx');
  });

  it('a footnote without a source URL names the file and the footnote', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/footnote-without-url.mdx']);
    expect(status).not.toBe(0);
    expect(output).toContain('footnote-without-url.mdx');
    expect(output).toMatch(/footnote \[\^romo\] has no source URL/);
  });

  it('a footnote reference without a note names the file and the reference', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/reference-without-note.mdx']);
    expect(status).not.toBe(0);
    expect(output).toContain('reference-without-note.mdx');
    expect(output).toMatch(/footnote reference \[\^romo\] has no note/);
  });

  it('a share-card figure that the section’s text never prints names the file and the keyFigure field', () => {
    const { status, output } = buildWithSections(['test/fixtures/bad-content/key-figure-not-in-text.mdx']);
    expect(status).not.toBe(0);
    expect(output).toContain('key-figure-not-in-text.mdx');
    expect(output).toMatch(/keyFigure "12,345" does not appear in the section's text/);
  });
});

// The rest of the malformed-content gate lives beside the code it guards: broken datasets in
// test/build/charts-bad-data.test.ts (fixtures in test/fixtures/bad-data/), too many summary key points in
// test/build/summary-content.test.ts. This file checks that each kind is covered and adds the cases left over.
describe('every kind of malformed content has a failing-build test', () => {
  it('each fixture in test/fixtures/bad-content is used by a test above', () => {
    const source = readFileSync('test/build/bad-content.test.ts', 'utf8');
    const unused = readdirSync('test/fixtures/bad-content').filter((f) => !source.includes(`bad-content/${f}`));
    expect(unused).toEqual([]);
  });

  it('a bad data row is covered: every bad-data fixture has its expected message', () => {
    const source = readFileSync('test/build/charts-bad-data.test.ts', 'utf8');
    const fixtures = readdirSync('test/fixtures/bad-data');
    expect(fixtures.length).toBeGreaterThan(0);
    for (const f of fixtures) expect(source, f).toContain(`'${f}'`);
    expect(fixtures).toEqual(expect.arrayContaining(['missing-value.json', 'negative-amount.json', 'unknown-source.json']));
  });

  it('a one-page-summary key point over its length limit names the file and the field', () => {
    // Made from the real content/en/summary.json, so only the one broken field differs.
    const dir = mkdtempSync(join(tmpdir(), 'explainer-bad-summary-'));
    const file = join(dir, 'key-point-too-long.json');
    const summary = JSON.parse(readFileSync('content/en/summary.json', 'utf8'));
    summary.keyPoints[0].text = `${summary.keyPoints[0].text} ${'More words that will not fit on the printed page. '.repeat(8)}`.trim();
    writeFileSync(file, JSON.stringify(summary, null, 2));
    const saved = process.env.SUMMARY_FILE;
    process.env.SUMMARY_FILE = file;
    try {
      const { status, output } = buildCopy(() => {});
      expect(status).not.toBe(0);
      expect(output).toContain('key-point-too-long.json');
      expect(output).toMatch(/keyPoints\.0\.text: must be at most 300 characters/);
    } finally {
      if (saved === undefined) delete process.env.SUMMARY_FILE;
      else process.env.SUMMARY_FILE = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
