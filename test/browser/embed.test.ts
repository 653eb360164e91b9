import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Frame, Page } from 'playwright-core';
import { sitePages } from '../bench/measure.mjs';
import { serve } from '../../src/server/static-server.mjs';
import { openBrowser, pageWithoutJavaScript, site } from '../setup/browser';
import { page as built } from '../setup/dist';
import { renderedTextSizes } from '../setup/text-sizes';

// Another site framing a chart embed, for real: the built site on one origin and host pages on another
// (two static servers on two ports of the loopback address). Every embed of both editions shows inside the
// host's frame, at the height of its embed code, in a phone's column and in a desktop article, legibly and
// without scrolling; the home page refuses to be framed.
const ID = 'taxes-by-level';
/** Every embed page: /embed/<id>/ and /es/embed/<id>/. */
const EMBEDS = sitePages().filter((p) => /^(\/es)?\/embed\//.test(p));
/** The host's column on a 360 px phone (16 px margins), and a desktop article (the code caps the frame at 600 px). */
const HOST_WIDTHS = [328, 1366] as const;
/** The smallest text a reader should meet in an embed, in CSS px as rendered. */
const MIN_TEXT_PX = 11;

let browser: Awaited<ReturnType<typeof openBrowser>>;
let explainer: Awaited<ReturnType<typeof serve>>;
let host: Awaited<ReturnType<typeof serve>>;
let hostDir: string;

/** The page whose kit holds the chart's embed code in full: the chart's own page (the home page links to it). */
const KIT_PAGE = `/c/${ID}/`;

/** The embed code under the chart on its own page, pointed at the explainer's test origin. */
function embedCode(embed: string, origin: string) {
  const kitPage = embed.replace('/embed/', '/c/');
  const id = embed.split('/').at(-2)!;
  const code = built(kitPage).querySelector(`figure.chart[data-chart="${id}"] chart-reuse textarea`)!.text;
  const iframe = parse(code).querySelector('iframe')!;
  const src = new URL(new URL(iframe.getAttribute('src')!).pathname, origin).href;
  return { code: code.replace(iframe.getAttribute('src')!, src), src, height: Number(iframe.getAttribute('height')) };
}
/** The host page (its file name) that holds nothing but an embed's code, full width. */
const hostPage = (embed: string) => `${embed.replace(/^\/|\/$/g, '').replace(/\//g, '-')}.html`;

beforeAll(async () => {
  browser = await openBrowser();
  explainer = await serve({ dir: 'dist', port: 0 });
  hostDir = mkdtempSync(join(tmpdir(), 'explainer-host-'));
  host = await serve({ dir: hostDir, port: 0 });
  expect(new URL(host.url).origin).not.toBe(new URL(explainer.url).origin);
  for (const embed of EMBEDS) {
    writeFileSync(
      join(hostDir, hostPage(embed)),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host</title></head>
       <body style="margin:0">${embedCode(embed, explainer.url).code}</body></html>`,
    );
  }
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host</title></head><body style="max-width:640px">
     <h1>Someone else’s article</h1>${embedCode(`/embed/${ID}/`, explainer.url).code}
     <iframe id="home" src="${explainer.url}" title="The explainer's home page" width="600" height="300"></iframe></body></html>`,
  );
});
afterAll(async () => {
  await browser?.dispose();
  await explainer?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const frameAt = (p: Page, pathPart: string) =>
  p.frames().find((f) => f !== p.mainFrame() && f.url().includes(pathPart));

/** What a reader sees inside the chart's frame, and its smallest text as rendered (SVG text × the drawing's scale). */
const inside = async (frame: Frame) => ({
  sizes: (await frame.evaluate(renderedTextSizes)).map((s) => ({ ...s, px: Math.round(s.px * 10) / 10 })),
  ...(await frame.evaluate(() => {
    const svg = [...document.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const box = svg.getBoundingClientRect();
    return {
      takeaway: document.querySelector('.chart-takeaway')?.textContent?.trim(),
      marks: svg.querySelectorAll('[data-label]').length,
      drawings: [...document.querySelectorAll('.chart-svg')].filter((s) => s.checkVisibility()).length,
      svg: { width: box.width, height: box.height, bottom: box.bottom },
      credit: document.querySelector('.embed-credit')?.getBoundingClientRect().bottom ?? Infinity,
      height: innerHeight,
      scrolls: document.documentElement.scrollHeight > innerHeight + 1,
      background: getComputedStyle(document.body).backgroundColor,
    };
  })),
});

describe('a chart embedded on another site', () => {
  it('has an embed page for every chart in both editions', () => {
    expect(EMBEDS).toContain(`/embed/${ID}/`);
    expect(EMBEDS).toContain(`/es/embed/${ID}/`);
    expect(EMBEDS.filter((p) => p.startsWith('/es/')).length * 2).toBe(EMBEDS.length);
  });

  it.each(EMBEDS)(
    `%s, framed at ${HOST_WIDTHS.join(' and ')} px wide at its code’s height, shows its chart whole with no text under ${MIN_TEXT_PX} px`,
    async (embed) => {
      const { height } = embedCode(embed, explainer.url);
      for (const width of HOST_WIDTHS) {
        const p = await browser.newPage();
        await p.setViewportSize({ width, height: 1000 });
        try {
          await p.goto(new URL(hostPage(embed), host.url).href);
          // The code's frame loads lazily: wait for it to hold a document, then for that document to load.
          const frame = (await (await p.waitForSelector('iframe')).contentFrame())!;
          await frame.waitForLoadState('load');
          const at = `${embed} at ${width} px`;
          expect(frame.url(), `${at}: the host's frame shows the embed (a refused frame shows an error page)`).toBe(
            new URL(embed, explainer.url).href,
          );
          const seen = await inside(frame);
          expect(seen.height, at).toBe(height);
          expect(seen.drawings, `${at}: one drawing shows, narrow or wide`).toBe(1);
          expect(seen.marks, at).toBeGreaterThan(1);
          // Everything fits the frame: the credit line is the last thing and it is in view; nothing scrolls.
          expect(seen.credit, at).toBeLessThanOrEqual(seen.height);
          expect(seen.scrolls, at).toBe(false);
          expect(seen.sizes.length, at).toBeGreaterThan(5);
          expect(
            seen.sizes.filter((s) => s.px < MIN_TEXT_PX),
            at,
          ).toEqual([]);
        } finally {
          await p.close();
        }
      }
    },
  );

  it('shows the same takeaway as the section, and asks nothing of any origin but the explainer’s', async () => {
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
    expect(seen.takeaway).toBe(
      built('/all/').querySelector(`figure.chart[data-chart="${ID}"] .chart-takeaway`)!.text.trim(),
    );
    // The home page's frame beside it is refused (its headers: test/browser/privacy.test.ts), the embed's is
    // not; the embed asks nothing of any origin but the explainer's.
    expect(failed).toEqual([explainer.url]);
    const origins = new Set(requested.map((u) => new URL(u).origin));
    expect([...origins].sort()).toEqual([new URL(explainer.url).origin, new URL(host.url).origin].sort());
    await p.close();
  });

  it('reads without JavaScript and in the reader’s dark scheme', async () => {
    const p = await pageWithoutJavaScript(browser);
    try {
      await p.emulateMedia({ colorScheme: 'dark' });
      await p.goto(host.url);
      await p.waitForLoadState('load');
      const seen = await inside(frameAt(p, `/embed/${ID}/`)!);
      expect(seen.marks).toBeGreaterThan(2);
      expect(seen.svg.height).toBeGreaterThan(150);
      expect(seen.background).toBe('rgb(18, 20, 23)');
    } finally {
      await p.close();
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
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site('/')).origin });
    const p = await browser.newPage();
    try {
      await p.goto(site(KIT_PAGE));
      const kit = p.locator(`figure.chart[data-chart="${ID}"] chart-reuse`);
      // Everything is behind the one "Download and share" disclosure.
      const share = p.locator(`figure.chart[data-chart="${ID}"] details.reuse > summary`);
      await share.focus();
      await p.keyboard.press('Enter');
      const link = kit.getByRole('button', { name: 'Copy chart link' });
      await link.focus();
      await p.keyboard.press('Enter');
      await expect.poll(() => kit.locator('[role="status"]').textContent()).toBe('Link copied.');
      const origin = built('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/c/${ID}/`, origin).href);
      const copy = kit.getByRole('button', { name: 'Copy embed code' });
      await copy.focus();
      await p.keyboard.press('Space');
      await expect.poll(() => kit.locator('[role="status"]').textContent()).toBe('Embed code copied.');
      const copied = await p.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await kit.locator('textarea').inputValue());
      expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/taxes-by-level\/"/);
    } finally {
      await p.close();
      await browser.clearPermissions();
    }
  });

  it('stay hidden without JavaScript, while the downloads, chart page and code remain', async () => {
    const p = await pageWithoutJavaScript(browser);
    try {
      await p.goto(site(KIT_PAGE));
      expect(await p.evaluate(() => !!customElements.get('chart-reuse')), 'the kit’s script ran').toBe(false);
      const kit = p.locator(`figure.chart[data-chart="${ID}"] chart-reuse`);
      // One plain <details> opens without JavaScript and holds every download, the code and the citation.
      await p.locator(`figure.chart[data-chart="${ID}"] details.reuse > summary`).click();
      expect(await kit.locator('button:visible').count()).toBe(0);
      for (const name of ['Download the data (CSV)', 'Download PNG', 'Download SVG'])
        expect(await kit.getByRole('link', { name }).isVisible(), name).toBe(true);
      // On the chart's own page the kit does not link to that page again.
      expect(await kit.getByRole('link', { name: 'Chart page' }).count()).toBe(0);
      expect(await kit.locator('textarea').isVisible()).toBe(true);
      expect(await kit.locator('.reuse-cite').isVisible()).toBe(true);
    } finally {
      await p.close();
    }
  });
});
