import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Frame, Page } from 'playwright-core';
import { serve } from '../../src/server/static-server.mjs';
import { openBrowser, site } from '../setup/browser';
import { page as built } from '../setup/dist';

// Another site framing a chart embed, for real: the built site on one origin and a host page on another
// (two static servers on two ports of the loopback address). The embed shows inside the host's frame,
// at the fixed height of the embed code, without JavaScript; the home page refuses to be framed.
const ID = 'taxes-by-level';
let browser: Awaited<ReturnType<typeof openBrowser>>;
let explainer: Awaited<ReturnType<typeof serve>>;
let host: Awaited<ReturnType<typeof serve>>;
let hostDir: string;

/** The page whose kit holds the chart's embed code in full: the chart's own page (the home page links to it). */
const KIT_PAGE = `/c/${ID}/`;

/** The embed code under the chart on its page, pointed at the explainer's origin in this test. */
function embedCode(id: string, origin: string) {
  const code = built(`/c/${id}/`).querySelector(`figure.chart[data-chart="${id}"] chart-reuse textarea`)!.text;
  const iframe = parse(code).querySelector('iframe')!;
  const src = new URL(new URL(iframe.getAttribute('src')!).pathname, origin).href;
  return { code: code.replace(iframe.getAttribute('src')!, src), src, height: Number(iframe.getAttribute('height')) };
}

beforeAll(async () => {
  browser = await openBrowser();
  explainer = await serve({ dir: 'dist', port: 0 });
  hostDir = mkdtempSync(join(tmpdir(), 'explainer-host-'));
  host = await serve({ dir: hostDir, port: 0 });
  expect(new URL(host.url).origin).not.toBe(new URL(explainer.url).origin);
  const { code } = embedCode(ID, explainer.url);
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host</title></head><body style="max-width:640px">
     <h1>Someone else’s article</h1>${code}
     <iframe id="home" src="${explainer.url}" title="The explainer's home page" width="600" height="300"></iframe></body></html>`,
  );
});
afterAll(async () => {
  await browser?.dispose();
  await explainer?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const frameAt = (p: Page, pathPart: string) => p.frames().find((f) => f !== p.mainFrame() && f.url().includes(pathPart));

/** What a reader sees inside the chart's frame. */
const inside = (frame: Frame) =>
  frame.evaluate(() => {
    const svg = [...document.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const box = svg.getBoundingClientRect();
    return {
      takeaway: document.querySelector('.chart-takeaway')?.textContent?.trim(),
      marks: svg.querySelectorAll('[data-label]').length,
      svg: { width: box.width, height: box.height, bottom: box.bottom },
      credit: document.querySelector('.embed-credit')?.getBoundingClientRect().bottom ?? Infinity,
      height: innerHeight,
      scrolls: document.documentElement.scrollHeight > innerHeight + 1,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });

describe('a chart embedded on another site', () => {
  it('shows the chart inside the host’s iframe, whole, at the embed code’s fixed height', async () => {
    const p = await browser.newPage();
    const failed: string[] = [];
    const requested: string[] = [];
    p.on('requestfailed', (r) => failed.push(r.url()));
    p.on('request', (r) => requested.push(r.url()));
    await p.goto(host.url);
    await p.waitForLoadState('load');
    const frame = frameAt(p, `/embed/${ID}/`);
    expect(frame, 'the embed frame loaded the embed page').toBeDefined();
    const seen = await inside(frame!);
    expect(seen.takeaway).toBe(built('/all/').querySelector(`figure.chart[data-chart="${ID}"] .chart-takeaway`)!.text.trim());
    expect(seen.marks).toBeGreaterThan(2);
    expect(seen.svg.width).toBeGreaterThan(300);
    expect(seen.svg.height).toBeGreaterThan(150);
    expect(seen.height).toBe(embedCode(ID, explainer.url).height);
    // Everything fits the frame: the credit line is the last thing and it is in view, nothing scrolls.
    expect(seen.credit).toBeLessThanOrEqual(seen.height);
    expect(seen.scrolls).toBe(false);
    expect(await frame!.locator('.chart-svg:visible').count(), 'one drawing shows: narrow or wide').toBe(1);
    // Only the home page's frame is refused; the embed asks nothing of any origin but the explainer's.
    expect(failed).toEqual([explainer.url]);
    const origins = new Set(requested.map((u) => new URL(u).origin));
    expect([...origins].sort()).toEqual([new URL(explainer.url).origin, new URL(host.url).origin].sort());
    await p.close();
  });

  it('refuses to show the home page in the same host’s frame', async () => {
    const p = await browser.newPage();
    await p.goto(host.url);
    await p.waitForTimeout(500);
    const home = p.frames().find((f) => f !== p.mainFrame() && !f.url().includes('/embed/'));
    expect(home, 'the second iframe exists').toBeDefined();
    expect(home!.url()).not.toBe(explainer.url);
    const text = await home!.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    expect(text).not.toMatch(/IRS.ICE/);
    await p.close();
  });

  it('reads without JavaScript and in the reader’s dark scheme', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false, colorScheme: 'dark' });
    try {
      const p = await nojs.newPage();
      await p.goto(host.url);
      await p.waitForLoadState('load');
      const seen = await inside(frameAt(p, `/embed/${ID}/`)!);
      expect(seen.marks).toBeGreaterThan(2);
      expect(seen.svg.height).toBeGreaterThan(150);
      expect(seen.background).toBe('rgb(18, 20, 23)');
    } finally {
      await nojs.dispose();
    }
  });

  it('fits a narrower or shorter frame by drawing the chart smaller, never cutting it', async () => {
    const p = await browser.newPage();
    await p.setViewportSize({ width: 360, height: 420 });
    await p.goto(new URL(`/embed/${ID}/`, explainer.url).href);
    const seen = await inside(p.mainFrame());
    expect(seen.svg.width).toBeLessThanOrEqual(360);
    expect(seen.svg.bottom).toBeLessThanOrEqual(420);
    expect(seen.marks).toBeGreaterThan(2);
    await p.close();
  });
});

describe('the reuse kit’s copy buttons', () => {
  it('copy the embed code and the chart’s link from the keyboard, and say so', async () => {
    const ctx = await openBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const p = await ctx.newPage();
      await p.goto(site(KIT_PAGE));
      const kit = p.locator(`figure.chart[data-chart="${ID}"] chart-reuse`);
      const link = kit.getByRole('button', { name: 'Copy chart link' });
      await link.focus();
      await p.keyboard.press('Enter');
      await expect.poll(() => kit.locator('[role="status"]').textContent()).toBe('Link copied.');
      const origin = built('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/c/${ID}/`, origin).href);
      await kit.locator('summary').focus();
      await p.keyboard.press('Enter');
      const copy = kit.getByRole('button', { name: 'Copy embed code' });
      await copy.focus();
      await p.keyboard.press('Space');
      await expect.poll(() => kit.locator('[role="status"]').textContent()).toBe('Embed code copied.');
      const copied = await p.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await kit.locator('textarea').inputValue());
      expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/taxes-by-level\/"/);
    } finally {
      await ctx.dispose();
    }
  });

  it('stay hidden without JavaScript, while the downloads, chart page and code remain', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false });
    try {
      const p = await nojs.newPage();
      await p.goto(site(KIT_PAGE));
      const kit = p.locator(`figure.chart[data-chart="${ID}"] chart-reuse`);
      expect(await kit.locator('button:visible').count()).toBe(0);
      for (const name of ['Download PNG', 'Download SVG']) expect(await kit.getByRole('link', { name }).isVisible(), name).toBe(true);
      // On the chart's own page the kit does not link to that page again.
      expect(await kit.getByRole('link', { name: 'Chart page' }).count()).toBe(0);
      await kit.locator('summary').click();
      expect(await kit.locator('textarea').isVisible()).toBe(true);
      expect(await kit.locator('.reuse-cite').isVisible()).toBe(true);
    } finally {
      await nojs.dispose();
    }
  });
});
