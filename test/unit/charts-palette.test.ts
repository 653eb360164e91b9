import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, PALETTE, paletteCss, type CategoryId } from '../../src/charts/palette';
import { CVD, contrast, deltaE, seen } from './colour-maths';
import { PALETTE_CSS, chartPaletteVitePlugin } from '../../src/integrations/chart-palette';

// The page backgrounds come from the site's global.css, so a change there cannot skip the checks.
const global = readFileSync('src/styles/global.css', 'utf8');
const bg = (text: string) => /--c-bg:\s*(#[0-9a-f]{6})/i.exec(text)?.[1] ?? 'missing';
const schemes = [
  { scheme: 'light' as const, background: bg(global) },
  { scheme: 'dark' as const, background: bg(global.slice(global.indexOf('prefers-color-scheme: dark'))) },
];
const colour = (id: CategoryId, scheme: 'light' | 'dark') => PALETTE[id][scheme];
const pairs = (ids: CategoryId[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
const family = (f: string) => CATEGORY_IDS.filter((id) => PALETTE[id].family === f);
/** Categories drawn side by side in one chart: they must stay apart for every reader. */
const together: CategoryId[][] = [
  family('tax'),
  [...family('request'), ...family('disclosure')], // the data chain
  family('court'), // the court fight's four effects
];

describe('the chart palette', () => {
  it('gives every category exactly one #rrggbb colour in the light scheme and one in the dark', () => {
    expect(CATEGORY_IDS.length).toBeGreaterThanOrEqual(14);
    for (const id of CATEGORY_IDS) {
      expect(Object.keys(PALETTE[id]).sort(), id).toEqual(['dark', 'family', 'light']);
      expect(PALETTE[id].light, id).toMatch(/^#[0-9a-f]{6}$/);
      expect(PALETTE[id].dark, id).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it.each(schemes)(
    'in the $scheme scheme, every colour is at least 4.5:1 against the page (marks need 3:1, text 4.5:1)',
    ({ scheme, background }) => {
      for (const id of CATEGORY_IDS)
        expect(contrast(colour(id, scheme), background), `${id} on ${background}`).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('in the dark scheme, no colour glares: each stays at or under 9:1 against the page', () => {
    const background = schemes[1].background;
    for (const id of CATEGORY_IDS) expect(contrast(colour(id, 'dark'), background), id).toBeLessThanOrEqual(9);
  });

  it.each(schemes)(
    'in the $scheme scheme, a request is never drawn in a tax colour (ΔE ≥ 20 from every tax colour)',
    ({ scheme }) => {
      for (const r of family('request')) {
        for (const t of family('tax'))
          expect(deltaE(seen(colour(r, scheme)), seen(colour(t, scheme))), `${r} vs ${t}`).toBeGreaterThanOrEqual(20);
      }
    },
  );

  it.each(schemes)('in the $scheme scheme, categories of one family are told apart (ΔE ≥ 15)', ({ scheme }) => {
    for (const f of new Set(CATEGORY_IDS.map((id) => PALETTE[id].family))) {
      for (const [a, b] of pairs(family(f))) {
        if (colour(a, scheme) === colour(b, scheme)) continue; // one meaning, one colour (workforce and industry shares)
        expect(deltaE(seen(colour(a, scheme)), seen(colour(b, scheme))), `${a} vs ${b}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it.each(schemes)(
    'in the $scheme scheme, colours drawn in one chart stay apart under simulated colour blindness (ΔE ≥ 10)',
    ({ scheme }) => {
      for (const group of together) {
        for (const [a, b] of pairs(group)) {
          for (const [kind, m] of Object.entries(CVD)) {
            expect(
              deltaE(seen(colour(a, scheme), m), seen(colour(b, scheme), m)),
              `${kind}: ${a} vs ${b}`,
            ).toBeGreaterThanOrEqual(10);
          }
        }
      }
    },
  );

  it.each(schemes)(
    'in the $scheme scheme, Federal and state-and-local taxes are clearly different colours (ΔE ≥ 20)',
    ({ scheme }) => {
      expect(
        deltaE(seen(colour('tax-federal', scheme)), seen(colour('tax-state-local', scheme))),
      ).toBeGreaterThanOrEqual(20);
    },
  );

  it('is the stylesheet components import: virtual:chart-palette.css serves paletteCss(), every colour in both schemes', async () => {
    const plugin = chartPaletteVitePlugin();
    const id = plugin.resolveId(PALETTE_CSS);
    expect(id).toMatch(/\.css$/); // so Vite bundles it into the one stylesheet
    const css = plugin.load(id!);
    expect(css).toBe(paletteCss());
    const dark = css!.slice(css!.indexOf('prefers-color-scheme: dark'));
    for (const id of CATEGORY_IDS) {
      expect(css, id).toContain(`--cat-${id}: ${PALETTE[id].light};`);
      expect(dark, id).toContain(`--cat-${id}: ${PALETTE[id].dark};`);
      expect(css, id).toContain(`.cat-${id} { --cat: var(--cat-${id}); }`);
    }
  });
});
