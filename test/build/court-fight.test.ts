import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, page } from '../setup/dist';

// The court fight, the lead graphic, in the built site: the front page's lead chart and the first chart of In
// court in both editions (the section's own page and the whole explainer on /all/), the lawsuits' step tracks
// after it; both drawings in the HTML (across and down), and its own chart page, embed page and files in both
// languages.
const EDITIONS = [
  { prefix: '', lang: 'en' },
  { prefix: '/es', lang: 'es' },
] as const;

describe.each(EDITIONS)('the court fight ($lang)', ({ prefix }) => {
  it('is the front page’s lead chart', () => {
    expect(page(`${prefix}/`).querySelector('.lead-chart figure.chart')?.getAttribute('data-chart')).toBe(
      'court-fight',
    );
  });

  it.each([`${prefix}/all/`, `${prefix}/s/in-court/`])(
    'is the first chart of In court on %s, the lawsuits’ step tracks after it',
    (path) => {
      const section = page(path).querySelector('section#in-court')!;
      const charts = section.querySelectorAll('figure.chart').map((f) => f.getAttribute('data-chart'));
      expect(charts[0]).toBe('court-fight');
      expect(charts.slice(1)).toContain('lawsuits');
    },
  );

  it('carries its drawings in the HTML: the phone’s (340 wide, time down), the wide one (560, time across) and the wide screens’ (960)', () => {
    const figure = page(`${prefix}/s/in-court/`).querySelector('figure.chart[data-chart="court-fight"]')!;
    const boxes = figure
      .querySelectorAll('svg.chart-svg')
      .map((svg) => svg.getAttribute('viewBox')!.split(' ').map(Number));
    expect(boxes.map(([, , w]) => w)).toEqual([340, 560, 960]);
    const [[, , nw, nh], [, , ww, wh]] = boxes;
    expect(nh / nw).toBeGreaterThan(wh / ww);
    // Every mark can be read by the arrow keys: a name and a value on each.
    for (const mark of figure.querySelectorAll('svg .chart-mark')) {
      expect(mark.getAttribute('data-label')).toBeTruthy();
      expect(mark.getAttribute('data-value')).toBeTruthy();
    }
  });

  it('has its chart page, embed page, PNG, SVG, CSV and card', () => {
    for (const path of [
      `${prefix}/c/court-fight/index.html`,
      `${prefix}/embed/court-fight/index.html`,
      `${prefix}/charts/court-fight.png`,
      `${prefix}/charts/court-fight.svg`,
      `${prefix}/data/court-fight.csv`,
      `${prefix}/og/chart-court-fight.png`,
    ]) {
      expect(existsSync(join(DIST, path)), path).toBe(true);
    }
    expect(
      page(`${prefix}/embed/court-fight/`).querySelector('figure.chart[data-chart="court-fight"] svg'),
    ).toBeTruthy();
  });
});
