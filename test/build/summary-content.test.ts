import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { buildCopy } from '../setup/build-fixture';

// Fixture builds of a throwaway copy of the project: the summary's words come from content/summary.json
// (or SUMMARY_FILE), its numbers from content/data/*.json, and a summary that cannot fit stops the build.

/** Like buildCopy, but hands the built dist/ to `read` before the copy is removed. */
function buildAndRead<T>(prepare: (root: string) => void, read: (dist: string) => T): { status: number | null; output: string; result?: T } {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-summary-'));
  const root = join(dir, 'project');
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(resolve(item), join(root, item), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  try {
    prepare(root);
    const built = spawnSync('npx', ['astro', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(dir, 'cache') },
      timeout: 180_000,
    });
    const output = `${built.stdout}\n${built.stderr}`;
    return { status: built.status, output, result: built.status === 0 ? read(join(root, 'dist')) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
    const { status, output, result } = buildAndRead(
      (root) => {
        const taxesFile = join(root, 'content/data/taxes-by-level.json');
        const taxes = JSON.parse(readFileSync(taxesFile, 'utf8'));
        const itep = (label: string) => taxes.rows.find((r: { group: string; label: string }) => r.group === 'ITEP, tax year 2022' && r.label === label);
        itep('Federal').value = 60.1; // parts must still add up: 60.1 + 37.3 = 97.4
        itep('Total').value = 97.4;
        writeFileSync(taxesFile, JSON.stringify(taxes));
        const workFile = join(root, 'content/data/workforce-share.json');
        const work = JSON.parse(readFileSync(workFile, 'utf8'));
        work.rows.find((r: { group: string; unit: string }) => r.group === 'Pew, 2022' && r.unit === 'percent').value = 5.2;
        writeFileSync(workFile, JSON.stringify(work));
      },
      (dist) => parse(readFileSync(join(dist, 'summary/index.html'), 'utf8')).querySelectorAll('.summary-value').map((v) => v.text),
    );
    expect(output).not.toMatch(/\berror\b/i);
    expect(status).toBe(0);
    expect(result).toEqual(['$97.4 billion', '5.2%']);
  });
});
