import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/**
 * Builds the site with content/sections replaced by the valid fixture sections plus the given
 * extra files, into a temporary folder. Returns the exit status and everything the build printed.
 */
export function buildWithSections(extraFiles: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  const sections = join(dir, 'sections');
  cpSync(resolve('test/fixtures/sections-valid'), sections, { recursive: true });
  for (const file of extraFiles) cpSync(resolve(file), join(sections, basename(file)));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SECTIONS_DIR: sections, ASTRO_CACHE_DIR: join(dir, 'cache'), ...env },
    timeout: 120_000,
  });
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
