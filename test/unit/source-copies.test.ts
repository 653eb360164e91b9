import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Readers trust a note that names the original publisher; a note that rests on a repost or copy
// ("via", "a copy quoting", "saved on") must say who published the original, and when, before it
// names the copy. Issue 12 asks for 30 at most: 30 remain (the original pages of NPR, AP, CNN, the WSJ,
// Fox News's April 2025 story and DHS's May 2025 release could not be found to cite), so a new copy
// note must replace an old one.
const dir = join(process.cwd(), 'content/en/sections');
const COPY_MARKER = /\b(?:via|a copy quoting|saved on)\b/;
const MAX_COPY_NOTES = 30;

interface Note {
  file: string;
  label: string;
  text: string;
}

/** Every footnote definition ("[^label]: text") in the section files. */
function notes(): Note[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((line) => /^\[\^([^\]]+)\]:\s*(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ file, label: m[1], text: m[2] })),
    );
}

const copyNotes = () => notes().filter((n) => COPY_MARKER.test(n.text));

describe('notes that rest on a copy or repost', () => {
  it('finds the section notes to check', () => {
    expect(notes().length).toBeGreaterThan(100);
  });

  it(`are no more than ${MAX_COPY_NOTES} across all sections`, () => {
    const found = copyNotes();
    expect(found.length, found.map((n) => `${n.file} [^${n.label}]`).join('\n')).toBeLessThanOrEqual(MAX_COPY_NOTES);
  });

  it('each lead with the original publisher and date before naming the copy, and link the copy', () => {
    const bad = copyNotes().flatMap((n) => {
      const at = n.text.search(COPY_MARKER);
      const before = n.text.slice(0, at);
      const after = n.text.slice(at);
      const problems: string[] = [];
      // The original publisher leads: the note starts with a name, not with the copy.
      if (!/^[A-Z0-9“"]/.test(before.trim()) || !before.includes(','))
        problems.push('does not start with the original publisher');
      // The original's date (or "undated") comes before the copy is named.
      if (!/\b(?:19|20)\d{2}\b|\bundated\b/.test(before))
        problems.push('gives no date for the original before the copy');
      // The copy is named and linked after the marker.
      if (!/\[[^\]]+\]\(https:\/\/[^)]+\)/.test(after)) problems.push('does not link the copy after naming it');
      return problems.map((p) => `${n.file} [^${n.label}]: ${p}`);
    });
    expect(bad).toEqual([]);
  });
});
