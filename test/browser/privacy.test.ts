import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page, Request, Response } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';
import { directives } from '../setup/csp';
import { cspViolations, failingOwnFiles, toOtherOrigins, watch, type Seen } from '../setup/watch';
import { sitePages } from '../bench/measure.mjs';
import { page as built } from '../setup/dist';
import { DEFAULT_LOCALE, PUBLISHED } from '../../src/i18n/locales';

// What a reader's browser does while reading and using a page: every request it makes, every cookie and
// storage write, and every Content-Security-Policy violation. The test server sends the "/*" headers of
// public/_headers, so each page runs under both policies, the header one and the page's own <meta> one.
const pages = sitePages();
const origin = new URL(site('/')).origin;

/** The edition of a page ("/es/summary/" → "es") and its kind ("/es/s/in-court/" → "/s/:id/", "/summary/" → "/summary/"). */
const prefix = new RegExp(`^/(${PUBLISHED.filter((l) => l !== DEFAULT_LOCALE).join('|')})/`);
const edition = (path: string) => path.match(prefix)?.[1] ?? DEFAULT_LOCALE;
const kind = (path: string) => path.replace(prefix, '/').replace(/^(\/[^/]+\/)[^/]+\/$/, '$1:id/');
/**
 * The pages a reader's interaction is tried on: each edition's front page, and one page of every other kind
 * the build has (the whole explainer, a section page, a chart page, an embed, the summary, the sources, the
 * updates, the guide, the 404 page, and whatever kind the site grows next), the kinds taking the editions in
 * turn so both editions' words are used. Pages of one kind are one template running the same scripts; what
 * each page can get wrong on its own (a script error, a CSP violation, a request to another origin, a custom
 * element or stylesheet that does not work) is checked on every page during the keyboard sweep's visit
 * (test/browser/every-page.test.ts), and each page's policies below.
 */
const samples = [
  ...new Set([
    ...PUBLISHED.map((l) => pages.find((path) => kind(path) === '/' && edition(path) === l)!),
    ...[...new Set(pages.map(kind))].map((k, i) => {
      const ofKind = pages.filter((path) => kind(path) === k);
      return ofKind.find((path) => edition(path) === PUBLISHED[i % PUBLISHED.length]) ?? ofKind[0]!;
    }),
  ]),
];

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let seen: Seen;
let current = '';
/** Requests the page has made that have not finished yet. */
const inFlight = new Set<Request>();

beforeAll(async () => {
  // Reduced motion only makes the scrolling below instant; it changes nothing this file checks.
  browser = await openBrowser({ reducedMotion: 'reduce' });
  page = await browser.newPage();
  seen = await watch(page, () => current);
  page.on('request', (r) => inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
});
afterAll(async () => browser?.dispose());

/** Scrolls to the bottom in steps (so lazy things load), then uses the controls a reader would. */
async function readAndInteract(p: Page) {
  await p.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo({ top: y, behavior: 'instant' });
      // The frame that renders this position is the one that checks the page's intersection observers.
      await new Promise((r) => requestAnimationFrame(r));
    }
    scrollTo(0, document.documentElement.scrollHeight);
  });
  // What scrolling starts: each chart adds its tooltip once it nears the viewport (src/scripts/chart-tips.ts).
  await p.waitForFunction(
    () => [...document.querySelectorAll('chart-tips')].every((c) => c.querySelector('.chart-tip')),
    null,
    { timeout: 10_000 },
  );
  const term = p.locator('a.term:visible').first();
  if (await term.count()) {
    await term.click();
    await p.keyboard.press('Escape');
  }
  const chart = p.locator('figure.chart [tabindex="0"]').first();
  if (await chart.count()) {
    await chart.focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await chart.hover();
  }
  const copy = p.locator('.share button:visible').first();
  if (await copy.count()) await copy.click();
  const details = p.locator('main details > summary:visible').first();
  if (await details.count()) await details.click();
  // The site's scripts fetch nothing; what a reader's actions can still load (a font, an image) starts with
  // the next frames' style and layout. Wait for those frames, then for every request to finish, rather
  // than for half a second of silence on every page.
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (const end = Date.now() + 10_000; inFlight.size; await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > end)
      throw new Error(`requests still unfinished after 10 s: ${[...inFlight].map((r) => r.url()).join(', ')}`);
  }
}

const responses = new Map<string, Response | null>();

describe('reading and using one page of each kind', () => {
  beforeAll(async () => {
    for (const path of samples) {
      current = path;
      responses.set(path, await page.goto(site(path), { waitUntil: 'load' }));
      await readAndInteract(page);
      for (const text of await cspViolations(page))
        seen.problems.push({ page: path, kind: 'securitypolicyviolation', text });
    }
    current = '';
  }, 120_000);

  it('visits each edition’s front page and one page of each other kind', () => {
    expect(samples).toContain('/');
    expect(
      samples.some((path) => edition(path) !== DEFAULT_LOCALE),
      'a page of another edition',
    ).toBe(true);
    expect(new Set(samples.map(kind)), 'every kind of page').toEqual(new Set(pages.map(kind)));
    expect([...responses.keys()]).toEqual(samples);
    for (const [path, res] of responses) expect(res?.status(), path).toBe(200);
  });

  it('no request leaves the page’s own origin (documents, scripts, styles, images, fonts, data)', () => {
    expect(toOtherOrigins(seen.requests, origin)).toEqual([]);
    expect(
      seen.requests.filter((r) => r.type === 'script').length,
      'the pages do load their own scripts',
    ).toBeGreaterThan(0);
  });

  it('every request for the site’s own files succeeds', async () => {
    expect(await failingOwnFiles(page, seen.requests, origin)).toEqual([]);
  });

  it('no CSP violation, console error or script error is reported while a reader uses the page', () => {
    expect(seen.problems).toEqual([]);
  });

  it('sets no cookie', async () => {
    expect(await browser.cookies()).toEqual([]);
  });

  it('writes nothing to localStorage, sessionStorage, IndexedDB or the Cache API, and registers no service worker', async () => {
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, indexedDB: [], caches: [], workers: 0 });
  });
});

describe('the Content-Security-Policy and other security headers', () => {
  it('every page carries one strict CSP <meta>: scripts only from this origin or by hash, no eval', () => {
    // The policy is the site's (astro.config.mjs); pages differ only in their hashes, so it is read from each
    // built file rather than loaded in the browser again (every page's visit in test/browser/every-page.test.ts
    // reports any violation).
    for (const path of pages) {
      const metas = built(path)
        .querySelectorAll('meta[http-equiv="content-security-policy" i]')
        .map((m) => m.getAttribute('content') ?? '');
      expect(metas, path).toHaveLength(1);
      const csp = directives(metas[0]!);
      const script = csp.get('script-src') ?? csp.get('default-src');
      expect(script, `${path} script-src`).toBeDefined();
      expect(script, path).toContain("'self'");
      expect(
        script!.every((s) => s === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
        `${path}: ${script}`,
      ).toBe(true);
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'none'"]);
      expect(csp.get('style-src'), path).not.toContain("'unsafe-inline'");
      // A meta policy cannot carry frame-ancestors (browsers ignore it there with a console error).
      expect(csp.has('frame-ancestors'), path).toBe(false);
    }
  });

  it('the server sends the security headers of public/_headers with every page', async () => {
    for (const path of pages) {
      const res = await page.request.get(site(path));
      const h = res.headers();
      const csp = directives(h['content-security-policy'] ?? '');
      // Only the chart embeds may be framed, by any site; every other page refuses (and says so twice).
      const embed = /^(\/es)?\/embed\//.test(path);
      expect(csp.get('frame-ancestors'), path).toEqual(embed ? ['*'] : ["'none'"]);
      expect(h['x-frame-options'], path).toBe(embed ? undefined : 'DENY');
      // The front pages add the hash of their inline copy of the site script (test/build/budgets.test.ts).
      const front = path === '/' || path === '/es/';
      expect(csp.get('script-src')?.slice(0, 1), path).toEqual(["'self'"]);
      expect(csp.get('script-src')?.slice(1), path).toEqual(front ? [expect.stringMatching(/^'sha256-/)] : []);
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(h['referrer-policy'], path).toBe('no-referrer');
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['permissions-policy'], path).toMatch(/camera=\(\)/);
      expect(h['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
    }
    const file = readFileSync('public/_headers', 'utf8');
    expect(file).toMatch(/^\/\*$/m);
  });

  it('an injected inline script is refused and reported', async () => {
    await page.goto(site('/'));
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
    });
    // The violation report is a task queued after the refusal: wait for it rather than for a while.
    await page
      .waitForFunction(
        () => (window as unknown as { __csp: string[] }).__csp.some((v) => v.startsWith('script-src')),
        null,
        { timeout: 5000 },
      )
      .catch(() => {});
    const result = await page.evaluate(() => {
      return {
        ran: (window as unknown as { __injected?: boolean }).__injected === true,
        reported: (window as unknown as { __csp: string[] }).__csp,
      };
    });
    expect(result.ran).toBe(false);
    expect(result.reported.some((v) => v.startsWith('script-src'))).toBe(true);
  });

  it('another site cannot show the explainer in a frame', async () => {
    const framer = await browser.newPage();
    // Wait for what decides the test: the explainer's response (with its headers) reaching the frame, and
    // the frame's own navigation to whatever the browser then shows in it.
    const served = framer.waitForResponse(site('/'));
    const navigated = framer.waitForEvent('framenavigated', (f) => f !== framer.mainFrame());
    await framer.setContent(`<iframe src="${site('/')}" title="framed"></iframe>`);
    expect((await served).status(), 'the explainer was served to the frame').toBe(200);
    const frame = await navigated;
    await frame.waitForLoadState('load');
    // A refused frame shows the browser's own error page instead of the explainer.
    expect(frame.url()).not.toBe(site('/'));
    const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    expect(text).not.toMatch(/IRS.ICE/);
    await framer.close();
  });
});
