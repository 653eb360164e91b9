import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const ARGS = ['--headless', ...CHROMIUM_FLAGS];

export type Options = Parameters<typeof chromium.launchPersistentContext>[1];

/** A fresh Chromium profile for one test file; close() also removes the profile. */
export async function openBrowser(options: Options = {}): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: inject('chromePath'),
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/**
 * A new page of an open browser with JavaScript off, as in a browser opened with javaScriptEnabled: false
 * (Playwright sends this same DevTools command for that option), without starting another Chromium.
 */
export async function pageWithoutJavaScript(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // The setting lasts as long as the session that made it: the session stays open with the page.
  await (await context.newCDPSession(page)).send('Emulation.setScriptExecutionDisabled', { value: true });
  return page;
}

/** Absolute URL on the test server for a site path like "/s/in-court/". */
export const site = (path = '/') => new URL(path.replace(/^\//, ''), inject('baseUrl')).href;

/**
 * The test server's address for an absolute URL the build wrote: the build names the deployed https host
 * (SITE_URL), while the test server answers on loopback. Other URLs come back as they are.
 */
export function local(url: string): string {
  const u = new URL(url);
  const deployed = new URL(inject('siteUrl'));
  if (u.origin !== deployed.origin || !u.pathname.startsWith(deployed.pathname)) return url;
  return site(u.pathname.slice(deployed.pathname.length) + u.search + u.hash);
}

/** Whether the element's top edge is on screen now (a link's target, once the page has scrolled to it). */
export const topOnScreen = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  });
