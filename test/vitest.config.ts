/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import SweepsFirst from './setup/sequencer';

// One config for every kind of test: unit (pure functions), component (Astro container API),
// build (assertions on dist/) and browser (real Chromium against the served dist/).
export default getViteConfig(
  {
    test: {
      include: ['test/**/*.test.ts'],
      globalSetup: ['test/setup/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 180_000,
      maxWorkers: 2,
      sequence: { sequencer: SweepsFirst },
    },
  },
  // Without the dev toolbar, components render without data-astro-source-* attributes,
  // so component snapshots match the built HTML.
  { devToolbar: { enabled: false } },
);
