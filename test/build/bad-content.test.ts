import { describe, expect, it } from 'vitest';
import { buildWithSections } from '../setup/build-fixture';

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
});
