import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Where the project keeps its sections (the sections collection's base). */
const SECTIONS = 'content/en/sections';
/** Content folders of the languages other than English. */
const OTHER_EDITIONS = ['content/es'];

/**
 * Builds a throwaway copy of the project (its own .astro/ and cache, so the real build is never
 * touched) after `prepare` has changed files in it. Returns the exit status, all build output and,
 * when the build succeeded and `read` is given, what `read` makes of the built dist/ folder.
 */
export function buildCopy<T = undefined>(
  prepare: (root: string) => void,
  read?: (dist: string) => T,
): { status: number | null; output: string; result?: T } {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  const root = join(dir, 'project');
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(resolve(item), join(root, item), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  try {
    prepare(root);
    // The project's own astro bin, without npx looking it up on every fixture build.
    const result = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: plainEnv({ ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(dir, 'cache') }),
      timeout: 180_000,
    });
    // CI terminals may force colour; tests match the words, not the escape codes around them.
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
    return {
      status: result.status,
      output,
      result: result.status === 0 && read ? read(join(root, 'dist')) : undefined,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The test process's environment with colour switched off, plus `extra`. */
function plainEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return env;
}

/** Builds with the sections replaced by the valid fixture sections plus the given files. */
export function buildWithSections(extraFiles: string[]) {
  return buildCopy((root) => {
    const sections = join(root, SECTIONS);
    // Only the English loader is under test: the other editions mirror the sections these fixtures
    // replace, so they leave (a language is published by its content folder).
    for (const other of OTHER_EDITIONS) rmSync(join(root, other), { recursive: true, force: true });
    rmSync(sections, { recursive: true, force: true });
    cpSync(resolve('test/fixtures/sections-valid'), sections, { recursive: true });
    for (const file of extraFiles) cpSync(resolve(file), join(sections, basename(file)));
  });
}
