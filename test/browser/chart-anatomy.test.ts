import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, site } from '../setup/browser';
import { CHART_IDS } from '../unit/charts-fixtures';

// On a phone a chart is mostly drawing: with its disclosures closed (table, sources, downloads), the
// drawing shown is at least 55% of the figure's height. One page holds every chart in each language.
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => browser?.dispose());

describe('chart figures on a 360 px phone', () => {
  it.each(['/all/', '/es/all/'])(
    'on %s, every chart’s drawing is at least 55% of its figure’s height',
    async (path) => {
      const page = await browser.newPage();
      await page.goto(site(path));
      const shares = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('figure.chart')].map((fig) => {
          for (const d of fig.querySelectorAll('details')) d.open = false;
          const drawing =
            [...fig.querySelectorAll('svg.chart-svg')]
              .map((s) => s.getBoundingClientRect().height)
              .find((h) => h > 0) ?? 0;
          return { id: fig.dataset.chart, share: Math.round((100 * drawing) / fig.getBoundingClientRect().height) };
        }),
      );
      await page.close();
      expect(shares.map((s) => s.id).sort()).toEqual([...CHART_IDS].sort());
      expect(
        shares.filter((s) => s.share < 55),
        JSON.stringify(shares),
      ).toEqual([]);
    },
  );
});
