import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';
import { cspViolations, failingOwnFiles, toOtherOrigins, watch, type Seen } from '../setup/watch';
import { sitePages } from '../bench/measure.mjs';

// One visit per built page, in a browser that asks for reduced motion and enforces both content security
// policies (the test server sends the "/*" headers of public/_headers; each page carries its own <meta>),
// for what each page can get wrong on its own: for a keyboard reader, every Tab stop shows where focus is,
// Tab goes through them in page order, and nothing scrolls smoothly or animates; for every reader, the
// page's own scripts and styles work under the policies, without an error, and it asks nothing of another
// origin. What a reader's scrolling, hovering and clicking start is exercised on one page of each kind in
// test/browser/privacy.test.ts, which also checks the policies themselves.
const pages = sitePages();
const origin = new URL(site('/')).origin;

type W = {
  __describe(el: Element | null): string;
  __tabbable(): HTMLElement[];
  __walked: string[];
};

let browser: Awaited<ReturnType<typeof openBrowser>>;
let p: Page;
let current = '';
let seen: Seen;
let jsonLd = 0;

beforeAll(async () => {
  browser = await openBrowser({ reducedMotion: 'reduce' });
  p = await browser.newPage();
  seen = await watch(p, () => current);
  await p.addInitScript(() => {
    const w = window as unknown as W;
    // Where each Tab press moved focus, recorded in the page as it happens, so the presses of a walk can be
    // sent together and read once (see tab()).
    w.__describe = (node) => {
      const el = node as HTMLElement | null;
      if (!el) return '(nothing)';
      return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${(el.getAttribute('class') ?? '').trim().replace(/\s+/g, '.')} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"${el.getAttribute('href') ? ' href=' + el.getAttribute('href') : ''}`;
    };
    w.__tabbable = () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]',
        ),
      ].filter(
        (el) =>
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          !el.closest('[inert]') &&
          el.checkVisibility({ visibilityProperty: true }),
      );
    w.__walked = [];
    document.addEventListener('focusin', (e) => w.__walked.push(w.__describe(e.target as Element)));
  });
});
afterAll(async () => browser?.dispose());

/**
 * Presses Tab `times` times as Playwright's keyboard does (the DevTools input events a real key sends),
 * without waiting for each press's round trip: the browser takes the events in order, and focusin records
 * where each one moved focus.
 */
async function tab(times: number) {
  const cdp = await browser.newCDPSession(p);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: times }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    ]).flat(),
  );
  await cdp.detach();
}

// Pressing Tab ~1,800 times on the home page would take most of a minute, so: real Tab presses walk the
// first 40 stops (which also puts Chromium in keyboard mode), then each Tab stop is focused in turn inside
// the page (in keyboard mode that matches :focus-visible exactly as Tab does). What the page's scripts did is
// read last, after every control has had focus and a link has been followed, so what those start counts too;
// everything is read before anything is asserted, so one failure does not hide another's cause.
it.each(pages)(
  '%s: every Tab stop is visible, shows a focus outline and comes in page order; nothing scrolls smoothly or animates; its own scripts and styles work under both policies, with no script error, console error or CSP violation, and it asks nothing of another origin',
  async (path) => {
    current = path;
    const res = await p.goto(site(path));
    const stops = await p.evaluate(() => {
      const w = window as unknown as W;
      return w.__tabbable().map(w.__describe);
    });
    await tab(Math.min(stops.length, 40));
    const walked = await p.evaluate(() => (window as unknown as W).__walked);

    const bad = await p.evaluate(() => {
      const w = window as unknown as W;
      const bad: string[] = [];
      for (const el of w.__tabbable()) {
        el.focus({ preventScroll: true });
        if (document.activeElement !== el) {
          bad.push(`${w.__describe(el)} cannot take focus`);
          continue;
        }
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const visible = rect.width > 0 && rect.height > 0;
        const ring =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const fv = el.matches(':focus-visible');
        if (!visible || !fv || !ring)
          bad.push(`${w.__describe(el)} visible=${visible} focus-visible=${fv} outline-or-shadow=${ring}`);
      }
      return bad;
    });

    // Reduced motion, after the Tab walk and an in-page link, so anything that animates on focus or
    // navigation has had its chance.
    const firstLink = p.locator('main a[href^="#"]:visible').first();
    if (await firstLink.count()) await firstLink.press('Enter');
    const motion = await p.evaluate(() => {
      const seconds = (list: string) =>
        Math.max(
          0,
          ...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t) || 0)),
        );
      const slow: string[] = [];
      for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const t = seconds(s.transitionDuration);
          const a = s.animationName !== 'none' ? seconds(s.animationDuration) : 0;
          if (t > 0.01 || a > 0.01)
            slow.push(
              `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${pseudo ?? ''} transition=${t}s animation=${a}s`,
            );
        }
      }
      const running = document
        .getAnimations()
        .map((a) => Number(a.effect?.getTiming().duration ?? 0))
        .filter((d) => d > 10);
      return { scroll: getComputedStyle(document.documentElement).scrollBehavior, slow: slow.slice(0, 20), running };
    });

    const state = await p.evaluate(() => ({
      undefinedElements: [
        ...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.includes('-'))),
      ].filter((n) => !customElements.get(n)),
      // Inline <style> and the site's stylesheet file alike: a blocked one has no sheet or no rules.
      emptyStyles: [...document.querySelectorAll('style, link[rel="stylesheet"]')].filter(
        (s) => !(s as HTMLStyleElement).sheet || (s as HTMLStyleElement).sheet!.cssRules.length === 0,
      ).length,
      styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
    }));
    const csp = await cspViolations(p);
    jsonLd += state.jsonLd;

    expect(res?.status()).toBe(200);
    expect(stops.length).toBeGreaterThan(0);
    expect(walked, 'Tab order follows the page').toEqual(stops.slice(0, 40));
    expect(bad).toEqual([]);
    expect(motion.scroll, 'scroll-behavior with reduced motion').toBe('auto');
    expect(motion.slow).toEqual([]);
    expect(motion.running).toEqual([]);
    expect(state.undefinedElements, 'custom elements whose script did not run').toEqual([]);
    expect(state.styles).toBeGreaterThan(0);
    expect(state.emptyStyles, 'stylesheets the policy blocked').toBe(0);
    expect(csp, 'CSP violations (JSON-LD data blocks included)').toEqual([]);
    expect(seen.problems.filter((x) => x.page === path)).toEqual([]);
    const made = seen.requests.filter((r) => r.page === path);
    expect(toOtherOrigins(made, origin), 'requests to another origin').toEqual([]);
  },
);

describe('every page together', () => {
  it('visited every built page, and the pages loaded the site’s own scripts (pages with inline JSON-LD among them)', () => {
    expect(new Set(seen.requests.map((r) => r.page)), 'every page was visited').toEqual(new Set(pages));
    expect(seen.requests.filter((r) => r.type === 'script').length).toBeGreaterThan(0);
    expect(jsonLd, 'pages with inline JSON-LD were visited').toBeGreaterThan(0);
  });

  it('every request for the site’s own files succeeds', async () => {
    expect(await failingOwnFiles(p, seen.requests, origin)).toEqual([]);
  });
});
