/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The fast layer for the edit-test loop (`npm run test:unit`): pure functions and components rendered
// with Astro's container API. No site build, no server, no browser; `npm test` runs these and the rest.
export default getViteConfig(
  {
    test: {
      include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
      testTimeout: 20_000,
      maxWorkers: 2,
    },
  },
  // As in test/vitest.config.ts: components render without dev-toolbar attributes, so snapshots match.
  { devToolbar: { enabled: false } },
);
