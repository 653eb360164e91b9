/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The fast layer for the edit-test loop (`npm run test:unit`): pure functions and components rendered
// with Astro's container API. No site build, no server, no browser; `npm test` runs these and the rest.
export default getViteConfig(
  {
    test: {
      include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
      testTimeout: 20_000,
      // Files share their workers' module cache instead of re-importing Astro, D3 and the content for each
      // file (about 7× faster on 2 cores). Safe because these files leave no global state behind: none
      // stubs globals or the environment, and the one mock (astro:content, in charts-render) is of a module no
      // other file imports.
      // Top-level options (vitest 4 and later dropped poolOptions and minWorkers).
      isolate: false,
      maxWorkers: 2,
    },
  },
  // As in test/vitest.config.ts: components render without dev-toolbar attributes, so snapshots match.
  { devToolbar: { enabled: false } },
);
