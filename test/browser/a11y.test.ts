import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser, site } from '../setup/browser';
import { sitePages } from '../bench/measure.mjs';

// axe-core (WCAG 2.0, 2.1 and 2.2 A/AA rules) on every built page, in the light and the dark colour scheme.
// The pages' own Content-Security-Policy rightly refuses the injected axe script, so this file (and only
// this file) opens Chromium with bypassCSP; test/browser/privacy.test.ts checks the policy itself.
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = sitePages();

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({ bypassCSP: true });
  // Handed to the browser once, and run in each page as it loads, rather than sent again after every load.
  await browser.addInitScript({ content: AXE });
  page = await browser.newPage();
});
afterAll(async () => browser?.dispose());

interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; why: string }[];
}

/**
 * Loads a page once and runs every rule in the light scheme, then, in the dark scheme, the rules that judge
 * colour (axe's "cat.color" rules: contrast, links told apart by colour). The dark scheme changes only colours
 * (custom properties in global.css, popover-panel.css and the chart palette), so the other rules would see the
 * same page twice; switching the scheme restyles the page in place.
 */
async function audit(path: string): Promise<Record<'light' | 'dark', Violation[]>> {
  await page.emulateMedia({ colorScheme: 'light' });
  const response = await page.goto(site(path), { waitUntil: 'load' });
  expect(response?.status(), `${path} should be served`).toBe(200);
  const out = {} as Record<'light' | 'dark', Violation[]>;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    out[scheme] = await page.evaluate(
      async ({ tags, coloursOnly }) => {
        // @ts-expect-error axe is the global the injected script defines
        const axe = window.axe;
        const colourRules = axe
          .getRules(tags)
          .filter((r: any) => r.tags.includes('cat.color'))
          .map((r: any) => r.ruleId);
        const runOnly = coloursOnly ? { type: 'rule', values: colourRules } : { type: 'tag', values: tags };
        const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
        return result.violations.map((v: any) => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n: any) => ({
            target: n.target.join(' '),
            html: n.html.slice(0, 200),
            why: n.failureSummary,
          })),
        }));
      },
      { tags: TAGS, coloursOnly: scheme === 'dark' },
    );
  }
  return out;
}

describe('accessibility: axe-core finds no WCAG 2.2 AA violation', () => {
  it('audits the home page and every other built page', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  it('runs the colour rules again in the dark scheme: contrast and links told apart by colour', async () => {
    await page.goto(site('/404.html'));
    const colour = await page.evaluate((tags) => {
      // @ts-expect-error axe is the global the injected script defines
      const axe = window.axe;
      return axe
        .getRules(tags)
        .filter((r: any) => r.tags.includes('cat.color'))
        .map((r: any) => r.ruleId);
    }, TAGS);
    expect(colour).toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block']));
  });

  it.each(pages)('%s in the light and the dark colour scheme', async (path) => {
    const found = Object.entries(await audit(path)).flatMap(([scheme, violations]) =>
      // One line per broken rule, naming the elements, so a failure says what to fix and where.
      violations.map(
        (v) =>
          `${scheme}: ${v.rule} (${v.impact}): ${v.help} — ${v.nodes.length} element(s): ` +
          v.nodes
            .slice(0, 5)
            .map((n) => n.target)
            .join(' | ') +
          (v.nodes.length > 5 ? ' | …' : '') +
          ` — e.g. ${v.nodes[0].html} — ${v.nodes[0].why.replace(/\s+/g, ' ').slice(0, 300)}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
