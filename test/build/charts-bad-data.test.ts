import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy } from '../setup/build-fixture';

// Each fixture in test/fixtures/bad-data is one dataset broken in one way. Copied next to the
// real (valid) datasets in a copy of the project, it must stop `astro build` with a message naming
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

/** Builds a throwaway copy of the project with the fixture added beside the real datasets. */
const buildWith = (fixture: string) =>
  buildCopy((root) => copyFileSync(join(FIXTURES, fixture), join(root, 'content', 'data', fixture)));

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
