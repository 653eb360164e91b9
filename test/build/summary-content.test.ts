import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { buildCopy } from '../setup/build-fixture';

// Fixture builds of a throwaway copy of the project: the summary's words come from content/en/summary.json
// (or SUMMARY_FILE), its numbers from content/data/*.json, and a summary that cannot fit stops the build.

const saved = process.env.SUMMARY_FILE;
afterEach(() => {
  if (saved === undefined) delete process.env.SUMMARY_FILE;
  else process.env.SUMMARY_FILE = saved;
});

describe('the summary’s content and numbers at build time', () => {
  it('a summary with a seventh key point (SUMMARY_FILE fixture) stops the build, naming the file and the field', () => {
    const fixture = resolve('test/fixtures/summary/seven-key-points.json');
    process.env.SUMMARY_FILE = fixture;
    const { status, output } = buildCopy(() => {});
    expect(status).not.toBe(0);
    expect(output).toContain('seven-key-points.json');
    expect(output).toMatch(/keyPoints: must have at most 6 key points \(the summary must fit on one printed page\)/);
  });

  it('the headline numbers follow the data files: a revised ITEP total and Pew share show up on the built summary', () => {
    const { status, output, result } = buildCopy(
      (root) => {
        const taxesFile = join(root, 'content/data/taxes-by-level.json');
        const taxes = JSON.parse(readFileSync(taxesFile, 'utf8'));
        const row = (id: string) => taxes.rows.find((r: { id: string }) => r.id === id);
        row('itep-2022-federal').value = 60.1; // parts must still add up: 60.1 + 37.3 = 97.4
        row('itep-2022-total').value = 97.4;
        writeFileSync(taxesFile, JSON.stringify(taxes));
        const workFile = join(root, 'content/data/workforce-share.json');
        const work = JSON.parse(readFileSync(workFile, 'utf8'));
        work.rows.find((r: { id: string }) => r.id === 'pew-2022-share').value = 5.2;
        writeFileSync(workFile, JSON.stringify(work));
      },
      (dist) => parse(readFileSync(join(dist, 'summary/index.html'), 'utf8')).querySelectorAll('.summary-value').map((v) => v.text),
    );
    expect(output).not.toMatch(/\berror\b/i);
    expect(status).toBe(0);
    expect(result).toEqual(['$97.4\u00a0billion', '5.2%']); // a number and its unit never part
  });
});
