import { describe, expect, it } from 'vitest';
import { assertFiniteLayout, finish, polyline, px, textWidth, wrap } from '../../src/charts/common';
import { formatters } from '../../src/i18n/format';
import { datasetCsv, parseCsv } from '../../src/charts/csv';

const { exact: formatExact, value: formatValue, oneIn } = formatters('en');
import { chartUid } from '../../src/charts/ids';
import { loadDataset, nb, EN } from './charts-fixtures';
import type { Dataset } from '../../src/content/data-schema';

describe('chart helpers', () => {
  it('px rounds to 0.1 px and refuses NaN, Infinity and undefined', () => {
    expect(px(12.345)).toBe(12.3);
    expect(px(-0.04)).toBe(0);
    expect(() => px(Number.NaN, 'x of "Federal"')).toThrow('x of "Federal" is not a finite number (got NaN)');
    expect(() => px(Infinity)).toThrow(/not a finite number/);
    expect(() => px(undefined as unknown as number)).toThrow(/not a finite number/);
  });

  it('finish rounds every coordinate of a layout to 0.1 px and names the chart and the mark of a non-finite one', () => {
    const layout = {
      width: 340.04,
      height: 120.06,
      marks: [
        {
          category: 'muted' as const,
          key: 'a',
          label: 'Federal',
          value: '$59.4 billion',
          shapes: [{ x: 1.26, y: -0.04, width: 59.449, height: 12.35 }],
        },
      ],
      labels: [{ x: 3.333, y: 17.77, text: 'Federal', anchor: 'start' as const, size: 13 }],
      rules: [{ d: 'M0,1.3L10,20' }],
    };
    const out = finish('demo', layout);
    expect([out.width, out.height]).toEqual([340, 120.1]);
    expect(out.marks[0].shapes[0]).toEqual({ x: 1.3, y: 0, width: 59.4, height: 12.4 });
    expect([out.labels[0].x, out.labels[0].y]).toEqual([3.3, 17.8]);
    expect(out.marks[0].label).toBe('Federal');
    const bad = {
      ...layout,
      marks: [{ ...layout.marks[0], shapes: [{ ...layout.marks[0].shapes[0], width: Number.NaN }] }],
    };
    expect(() => finish('demo', bad)).toThrow(
      'demo: Chart layout: width of "Federal" is not a finite number (got NaN)',
    );
  });

  it('assertFiniteLayout finds a non-finite number anywhere in a layout', () => {
    expect(() => assertFiniteLayout('demo', { marks: [{ shapes: [{ x: 1, y: NaN }] }] })).toThrow(
      'demo: layout.marks[0].shapes[0].y is not a finite number',
    );
    expect(() => assertFiniteLayout('demo', { rules: [{ d: 'M0,NaNL1,1' }] })).toThrow(/non-finite/);
  });

  it('polyline builds an SVG path with 0.1 px precision and refuses non-finite points', () => {
    expect(
      polyline([
        [0.04, 1.26],
        [10, 20],
      ]),
    ).toBe('M0,1.3L10,20');
    expect(() => polyline([[0, Number.NaN]])).toThrow(/not finite/);
  });

  it('formats values the way the charts print them', () => {
    expect(formatValue(59.4, 'usd_billions')).toBe(nb('$59.4 billion'));
    expect(formatValue(4.8, 'percent')).toBe('4.8%');
    expect(formatValue(13, 'percent')).toBe('13%');
    expect(formatValue(7_300_000, 'people')).toBe(nb('7.3 million'));
    expect(formatValue(1_280_000, 'people')).toBe(nb('1.28 million'));
    expect(formatValue(47_289, 'people')).toBe('47,289');
    expect(formatExact(7_300_000, 'people')).toBe('7,300,000');
    expect(oneIn(4.8)).toBe('about 1 in 21');
  });

  it('estimates text no narrower than common UI fonts and wraps to a width', () => {
    // DejaVu Sans, the widest common fallback, sets "$59.4 billion" at about 6.2 em.
    expect(textWidth('$59.4 billion')).toBeGreaterThanOrEqual(6.2 * 13);
    const lines = wrap('Each square’s area is proportional to the number of people.', 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
  });

  it('never lets a line end between a number and its unit: "8.3 million" wraps as one word', () => {
    expect(formatValue(8_300_000, 'people')).toBe('8.3\u00a0million');
    expect(formatValue(37.3, 'usd_billions')).toBe('$37.3\u00a0billion');
    const lines = wrap(
      EN.w.hold(`Filled: 4.8 squares = 4.8%, ${formatValue(8_300_000, 'people')} workers (2022)`),
      150,
    );
    expect(lines.some((l) => l.includes('8.3\u00a0million'))).toBe(true);
    expect(lines.some((l) => /(^|\s)million/.test(l) && !l.includes('8.3'))).toBe(false);
  });

  it('gives each chart on a page its own id and starts afresh on another page', () => {
    const home = {};
    const section = {};
    expect(chartUid(home, 'taxes-by-level')).toBe('chart-taxes-by-level');
    expect(chartUid(home, 'taxes-by-level')).toBe('chart-taxes-by-level-2');
    expect(chartUid(section, 'taxes-by-level')).toBe('chart-taxes-by-level');
  });
});

describe('the CSV download', () => {
  it('has a header and one line per row, and parses back to the same values', () => {
    const data = loadDataset('taxes-by-level') as Dataset;
    const table = parseCsv(datasetCsv(data, EN));
    expect(table[0][0]).toBe('group');
    expect(table).toHaveLength(data.rows.length + 1);
    const [header, ...lines] = table;
    const col = (name: string) => header.indexOf(name);
    lines.forEach((line, i) => {
      expect(line).toHaveLength(header.length);
      expect(line[col('label')]).toBe(data.rows[i].label);
      expect(Number(line[col('value')])).toBe(data.rows[i].value);
      expect(line[col('group')]).toBe(data.rows[i].group ?? '');
      expect(line[col('source_url')]).toMatch(/^https:\/\//);
    });
  });

  it('keeps quotes inside notes intact', () => {
    const data = loadDataset('requests-vs-disclosed') as Dataset;
    const csv = datasetCsv(data, EN);
    const table = parseCsv(csv);
    const at = data.rows.findIndex((r) => r.note);
    expect(table[at + 1][table[0].indexOf('note')]).toBe(data.rows[at].note);
  });
});
