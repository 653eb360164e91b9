import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../src/server/static-server.mjs';
import { ensureChromium } from './chromium';
import { deployEnv } from './deploy-env';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the test server serves dist/ (loopback, a free port). */
    baseUrl: string;
    /** The https address the build wrote into canonical, share and QR URLs (SITE_URL of the build). */
    siteUrl: string;
    chromePath: string;
  }
}

// Builds the site once, as `npm run build:prod` does (TEST_NO_BUILD=1 reuses an existing dist/), serves
// it on a free loopback port and hands both addresses and the browser path to every test file.
export default async function setup(project: TestProject) {
  const chromePath = ensureChromium();
  const env = deployEnv(process.env);
  if (!process.env.TEST_NO_BUILD || !existsSync('dist/index.html')) {
    execFileSync(resolve('node_modules/.bin/astro'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  }
  // Compressed as a static host sends it, at a cheap brotli level: no test weighs the bytes on the wire
  // (the budgets measure dist/ itself), and level 11 would spend ~10 s of CPU on the first visits.
  const server = await serve({ dir: 'dist', port: 0, brotliQuality: 4 });
  project.provide('baseUrl', server.url);
  project.provide('siteUrl', env.SITE_URL!);
  project.provide('chromePath', chromePath);
  return () => server.close();
}
