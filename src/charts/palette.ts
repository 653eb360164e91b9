// One colour per category, everywhere: a chart mark says what it is with `cat-<id>` (ChartSvg adds
// the class from Mark.category) and src/styles/chart-palette.css, written from this table by
// paletteCss(), gives the class its colour. Light colours sit on #ffffff, dark on #121417 (global.css).
// Every colour is at least 4.5:1 against its page background, so it can colour a mark (3:1 needed)
// or a legend's text (4.5:1); dark colours stay at or under 9:1 so none glares beside the others.
// Within a family the whole is the stronger colour and its parts the weaker one, in both schemes.
// test/unit/charts-palette.test.ts checks all of this. After editing the table, rewrite the CSS with
// `npx vitest run --config test/vitest.config.ts test/unit/charts-palette.test.ts -u`.

export type Family = 'tax' | 'workers' | 'request' | 'disclosure' | 'revenue' | 'court';

export interface CategoryColour {
  light: string;
  dark: string;
  /** Categories of one family share a hue; a request is never drawn in a tax family colour. */
  family: Family;
}

export const PALETTE = {
  /** Federal taxes (income and payroll together): the whole federal bar in every tax chart. */
  'tax-federal': { light: '#174a86', dark: '#84b4ec', family: 'tax' },
  /** Payroll taxes (Social Security, Medicare): parts of federal, drawn inside the federal bar. */
  'tax-payroll': { light: '#3a78bd', dark: '#4f83c2', family: 'tax' },
  /** State and local taxes (income, sales, property). */
  'tax-state-local': { light: '#a04f00', dark: '#e2904a', family: 'tax' },
  /** All taxes together, where a chart draws the total as a mark. */
  'tax-total': { light: '#454545', dark: '#b3b1ac', family: 'tax' },
  /** Unauthorized immigrant workers as a share of all U.S. workers (the waffle). */
  'workforce-share': { light: '#25704a', dark: '#62b585', family: 'workers' },
  /** Unauthorized immigrant workers as a share of one industry's workers: the same workers, the same green. */
  'industry-share': { light: '#25704a', dark: '#62b585', family: 'workers' },
  /** ICE's requests for taxpayer data, the largest first (every request is purple, never a tax colour). */
  'request-ice': { light: '#5e3591', dark: '#b99be0', family: 'request' },
  /** ICE's narrowed request: a part of the largest, a lighter purple. */
  'request-narrowed': { light: '#8a5fbf', dark: '#9273c6', family: 'request' },
  /** Addresses the IRS disclosed to ICE. */
  'addresses-disclosed': { light: '#b8322a', dark: '#e2675d', family: 'disclosure' },
  /** Disclosures a judge found unlawful: a part of those disclosed, the darker red. */
  'disclosed-likely-unlawful': { light: '#7a1f1a', dark: '#f0968d', family: 'disclosure' },
  /** An estimate of tax revenue (a scenario, with its source and assumptions). */
  'revenue-estimate': { light: '#735f00', dark: '#c9ae3a', family: 'revenue' },
  /** Court status: the data sharing is allowed to go ahead. */
  'court-allowed': { light: '#0f3957', dark: '#3cb4dd', family: 'court' },
  /** Court status: the data sharing is blocked, in whole or in part. */
  'court-blocked': { light: '#7a1f2e', dark: '#d65cad', family: 'court' },
  /** Court status: the data sharing is allowed only in narrow cases a court approves. */
  'court-limited': { light: '#795306', dark: '#f49d25', family: 'court' },
  /** Court status: no ruling yet, or a ruling under appeal. */
  'court-pending': { light: '#6b6b6b', dark: '#aaa8a3', family: 'court' },
} as const satisfies Record<string, CategoryColour>;

export type CategoryId = keyof typeof PALETTE;
export const CATEGORY_IDS = Object.keys(PALETTE) as CategoryId[];

/** The class a mark (or a coloured label) carries for its category. */
export const categoryClass = (id: CategoryId) => `cat-${id}`;

/** The stylesheet src/styles/chart-palette.css, from the table above (a unit test keeps them equal). */
export function paletteCss(): string {
  const vars = (scheme: 'light' | 'dark', indent: string) =>
    CATEGORY_IDS.map((id) => `${indent}--cat-${id}: ${PALETTE[id][scheme]};`).join('\n');
  return [
    '/* Chart category colours. Written by paletteCss() in src/charts/palette.ts: edit the table there. */',
    ':root {',
    vars('light', '  '),
    '}',
    '/* Screen only: print keeps the light colours, on white paper. */',
    '@media screen and (prefers-color-scheme: dark) {',
    '  :root {',
    vars('dark', '    '),
    '  }',
    '}',
    ...CATEGORY_IDS.map((id) => `.cat-${id} { --cat: var(--cat-${id}); }`),
    '/* A mark\'s shapes take its category colour; outlined shapes draw only their border in it. */',
    '.cat > :is(rect, path, circle):not(.is-outline), text.cat { fill: var(--cat); }',
    '.cat > .is-outline { fill: none; stroke: var(--cat); }',
    '',
  ].join('\n');
}
