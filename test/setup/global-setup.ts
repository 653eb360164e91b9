import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../src/server/static-server.mjs';
import { ensureChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

// Builds the site once (TEST_NO_BUILD=1 reuses an existing dist/), serves it on a free
// loopback port and hands the address and the browser path to every test file.
export default async function setup(project: TestProject) {
  const chromePath = ensureChromium();
  if (!process.env.TEST_NO_BUILD || !existsSync('dist/index.html')) {
    execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
  const server = await serve({ dir: 'dist', port: 0 });
  project.provide('baseUrl', server.url);
  project.provide('chromePath', chromePath);
  return () => server.close();
}
