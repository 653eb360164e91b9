import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Vitest runs the files that took longest last time first, so the two workers finish together. On a fresh
// clone it has no timings yet and runs the largest files first; the sweeps over every built page are small
// files that take longest, and would start last and leave one worker running alone at the end. Until there
// are timings, the sweeps (files that call sitePages()) go first, the browser's before the build's.
export default class SweepsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const rank = (spec: TestSpecification) =>
      readFileSync(spec.moduleId, 'utf8').includes('sitePages()')
        ? spec.moduleId.includes('/test/browser/')
          ? 0
          : 1
        : 2;
    return sorted
      .map((spec, i) => ({ spec, i, r: rank(spec) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
