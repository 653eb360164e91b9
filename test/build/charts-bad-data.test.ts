import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each fixture in test/fixtures/bad-data is one dataset broken in one way. Copied next to the
// real (valid) datasets into a temp DATA_DIR, it must stop `astro build` with a message naming
// the file, the row and the field.
const FIXTURES = 'test/fixtures/bad-data';
const EXPECTED: Record<string, RegExp> = {
  'missing-value.json': /row 1 \("State and local"\), field "value": is missing/,
  'negative-amount.json': /row 1 \("State and local"\), field "value": must not be negative/,
  'share-over-100.json': /row 0 \("Construction"\), field "value": a share cannot be above 100%/,
  'unknown-source.json': /row 1 \("State and local"\), field "source": unknown source id "no-such-source"/,
  'total-mismatch.json': /row 2 \("Total"\), field "value": the parts add up to 89\.7 but the stated total is 90\.8/,
  'empty-rows.json': /field "rows": has no rows/,
};

function buildWith(fixture: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'charts-bad-data-'));
  const data = join(tmp, 'data');
  mkdirSync(data);
  for (const f of readdirSync('content/data').filter((f) => f.endsWith('.json'))) copyFileSync(join('content/data', f), join(data, f));
  copyFileSync(join(FIXTURES, fixture), join(data, fixture));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(tmp, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: data, ASTRO_CACHE_DIR: join(tmp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  rmSync(tmp, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build with a bad dataset', () => {
  it('has a fixture for every malformed case', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('fails for %s, naming the file, the row and the field', (fixture, message) => {
    const { status, output } = buildWith(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain(fixture);
    expect(output).toMatch(message);
  });
});
