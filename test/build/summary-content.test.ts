import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { buildCopy } from '../setup/build-fixture';

// A fixture build of a throwaway copy of the project: the summary's words come from content/en/summary.json,
// its numbers from the datasets. (A summary that cannot fit stops the build: test/build/bad-content.test.ts.)
/** The datasets the summary's numbers are read from. */
const DATA = 'content/data';
/** The routes of each language's pages. */
const PAGES = 'src/pages/[...lang]';

describe('the summary’s content and numbers at build time', () => {
  it('the headline numbers follow the data files: a revised ITEP total and Pew share show up on the built summary', () => {
    const { status, output, result } = buildCopy(
      (root) => {
        // English is what is read back: without the Spanish edition the copy builds in half the time, and
        // without the other routes (sections, charts, share cards) it builds only the summary.
        rmSync(join(root, 'content/es'), { recursive: true, force: true });
        for (const route of readdirSync(join(root, PAGES)))
          if (route !== 'summary') rmSync(join(root, PAGES, route), { recursive: true, force: true });
        const taxesFile = join(root, DATA, 'taxes-by-level.json');
        const taxes = JSON.parse(readFileSync(taxesFile, 'utf8'));
        const row = (id: string) => taxes.rows.find((r: { id: string }) => r.id === id);
        row('itep-2022-federal').value = 60.1; // parts must still add up: 60.1 + 37.3 = 97.4
        row('itep-2022-total').value = 97.4;
        writeFileSync(taxesFile, JSON.stringify(taxes));
        const workFile = join(root, DATA, 'workforce-share.json');
        const work = JSON.parse(readFileSync(workFile, 'utf8'));
        work.rows.find((r: { id: string }) => r.id === 'pew-2022-share').value = 5.2;
        writeFileSync(workFile, JSON.stringify(work));
      },
      (dist) =>
        parse(readFileSync(join(dist, 'summary/index.html'), 'utf8'))
          .querySelectorAll('.summary-value')
          .map((v) => v.text),
    );
    expect(output).not.toMatch(/\berror\b/i);
    expect(status).toBe(0);
    expect(result).toEqual(['$97.4\u00a0billion', '5.2%']); // a number and its unit never part
    // A whole-site build: as long as the fixture build itself may take (buildCopy) on a loaded machine.
  }, 180_000);
});
