import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChartLayout } from '../../src/charts/common';
import {
  CATEGORY,
  LOOKS,
  courtFight,
  courtFightCard,
  describeCourtFight,
  lookOf,
  markerShapes,
  type CourtFightInput,
} from '../../src/charts/court-fight';
import { csvColumns, lanesCsv, parseCsv } from '../../src/charts/csv';
import { chartLocale, chartText, drawChart } from '../../src/chart-registry';
import { lanesTable } from '../../src/charts/table';
import { parseDataset, type LaneDataset } from '../../src/content/data-schema';
import { resolveDataset } from '../../src/content/dataset-text';
import { SITE } from '../../src/site';
import { labelsOverMarks, loadDataset, outsideViewBox, overlappingLabels } from './charts-fixtures';

const FILE = 'content/data/court-fight.json';
const stored = () => JSON.parse(readFileSync(FILE, 'utf8'));
const data = loadDataset('court-fight') as LaneDataset;
const spanish = resolveDataset(
  parseDataset(stored(), FILE),
  JSON.parse(readFileSync('content/es/data/court-fight.json', 'utf8')),
) as LaneDataset;
const EN = chartLocale('en');
const ES = chartLocale('es');
const input = (d: LaneDataset = data): CourtFightInput => ({
  lanes: d.lanes,
  rows: d.rows,
  checkedThrough: SITE.sourcesCheckedThrough,
});
const [phone, wide] = [courtFight(input(), { width: 340 }, EN), courtFight(input(), { width: 560 }, EN)];
const both = [
  ['the phone layout', phone],
  ['the wide layout', wide],
  ['the Spanish phone layout', courtFight(input(spanish), { width: 340 }, ES)],
  ['the Spanish wide layout', courtFight(input(spanish), { width: 560 }, ES)],
] as const;
/** Text as a reader reads it: wrapped lines joined, non-breaking spaces as spaces. */
const printed = (layout: ChartLayout) => layout.labels.map((l) => l.text.replace(/\u00a0/g, ' ')).join(' ');
const centre = (layout: ChartLayout, key: string) => {
  const s = layout.marks.find((m) => m.key === key)!.shapes[0];
  return { x: s.x + s.width / 2, y: s.y + s.height / 2 };
};
const dated = data.rows.filter((r) => r.date);
/** The dated line's words: the date the site's sources were checked through (src/site.ts). */
const checkedWords = `Sources checked through ${EN.f.partialDate(SITE.sourcesCheckedThrough)}`;

describe('the court fight in lanes', () => {
  it('has a lane for each of the three lawsuits and one for the agencies’ actions, named in both layouts', () => {
    expect(data.lanes.map((l) => l.label)).toEqual([
      'Agency actions',
      'Centro de Trabajadores Unidos v. Bessent',
      'Center for Taxpayer Rights v. IRS',
      'Community Economic Development Center v. Bessent',
    ]);
    for (const [, layout] of both.slice(0, 2))
      for (const lane of data.lanes) expect(printed(layout)).toContain(lane.label);
  });

  it('shows the agreement, ICE’s June 2025 request, the 47,289 addresses and the inspector general’s report in the agencies’ lane', () => {
    const agency = data.rows.filter((r) => r.lane === 'agencies').map((r) => `${r.date} ${r.label}`);
    expect(agency).toEqual([
      '2025-04-07 Treasury and DHS sign the agreement (MOU)',
      '2025-06 ICE asks for the addresses of 1.28 million people',
      '2025-08-07 The IRS gives ICE 47,289 addresses',
      '2026-06-08 Inspector general reports flaws in safeguards and matching',
    ]);
  });

  it('runs time across on wide screens: in each lane, later dates sit further right on one line', () => {
    for (const lane of data.lanes) {
      const points = dated.filter((r) => r.lane === lane.id).map((r) => centre(wide, r.id));
      expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
      expect(new Set(points.map((p) => p.y)).size).toBe(1);
    }
  });

  it('runs time down on phones: later dates sit lower, each lane in its own column', () => {
    const byDate = [...dated].sort((a, b) => a.date!.localeCompare(b.date!));
    const ys = byDate.map((r) => centre(phone, r.id).y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const lane of data.lanes)
      expect(new Set(dated.filter((r) => r.lane === lane.id).map((r) => centre(phone, r.id).x)).size).toBe(1);
    expect(new Set(data.lanes.map((l) => centre(phone, dated.find((r) => r.lane === l.id)!.id).x)).size).toBe(
      data.lanes.length,
    );
  });

  it('draws every ruling in its effect’s colour and shape, and no two looks alike without colour', () => {
    for (const [, layout] of both) {
      for (const row of data.rows.filter((r) => r.event === 'ruling')) {
        const mark = layout.marks.find((m) => m.key === row.id)!;
        expect(mark.category, row.id).toBe(`court-${row.effect}`);
        // Its effect is also said in words, in the chart's language (tooltip and arrow keys).
        const words = layout.labels.some((l) => l.text.startsWith('Fuentes')) ? ES : EN;
        expect(mark.value.endsWith(`(${words.w.courtFight.looks[row.effect!].name})`), mark.value).toBe(true);
      }
    }
    const look = (l: (typeof LOOKS)[number]) =>
      markerShapes(l, 10, 10)
        .map((s) => `${s.d ? s.d.replace(/[\d.,\s-]+/g, '#') : 'rect'}${s.outline ? 'o' : 'f'}${s.width}x${s.height}`)
        .join('+');
    expect(new Set(LOOKS.map(look)).size).toBe(LOOKS.length);
    expect(new Set(LOOKS.map((l) => CATEGORY[l]).filter((c) => c !== 'muted')).size).toBe(4);
  });

  it('names each effect it uses in a legend in words, with the same marker as the chart', () => {
    const used = new Set(data.rows.map(lookOf));
    expect([...used].sort()).toEqual(['action', 'allowed', 'blocked', 'filing', 'limited', 'pending']);
    for (const [, layout] of both.slice(0, 2)) {
      for (const look of used) {
        const key = layout.marks.find((m) => m.key === `legend-${look}`);
        expect(key, look).toBeDefined();
        expect(printed(layout)).toContain(`${EN.w.courtFight.looks[look].name}: ${EN.w.courtFight.looks[look].means}`);
        expect(key!.category).toBe(CATEGORY[look]);
      }
    }
  });

  it('marks how far the sources were checked with a dated line, and refuses an event after it', () => {
    expect(printed(wide)).toContain(checkedWords);
    expect(printed(phone)).toContain(checkedWords);
    const late = {
      ...input(),
      checkedThrough: '2026-12-01',
      rows: [...data.rows, { ...data.rows[0], id: 'late', date: '2026-12-02' }],
    };
    expect(() => courtFight(late, { width: 560 }, EN)).toThrow(
      /dated 2026-12-02, after the sources were checked \(2026-12-01\)/,
    );
  });

  it('puts a row no source dates under “Date not found”, never on the time axis', () => {
    const undated = data.rows.filter((r) => !r.date);
    expect(undated.map((r) => r.id)).toEqual(['ctr-argued']);
    for (const [, layout] of both.slice(0, 2)) expect(printed(layout)).toContain('Date not found');
    // Past the checked line on wide screens, below it on phones.
    const checkedLabel = (l: ChartLayout) => l.labels.find((t) => t.text.startsWith('Sources checked'))!;
    expect(centre(wide, 'ctr-argued').x).toBeGreaterThan(checkedLabel(wide).x);
    expect(centre(phone, 'ctr-argued').y).toBeGreaterThan(checkedLabel(phone).y);
  });

  it.each(both)('keeps %s inside its viewBox, with no label over another or over a mark', (_, layout) => {
    expect(outsideViewBox(layout)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(labelsOverMarks(layout)).toEqual([]);
  });

  it('gives the share card a short drawing of the same lanes and marks, without the event labels or a legend', () => {
    const card = courtFightCard(input(), EN);
    expect(card.height).toBeLessThan(260);
    // The card shows marks without words, so a legend's markers would be keys to nothing.
    expect(card.marks.filter((m) => m.key.startsWith('legend-'))).toEqual([]);
    expect(outsideViewBox(card)).toEqual([]);
    expect(overlappingLabels(card)).toEqual([]);
    for (const row of dated)
      expect(
        card.marks.some((m) => m.key === row.id),
        row.id,
      ).toBe(true);
    for (const lane of data.lanes) expect(printed(card)).toContain(lane.label);
  });

  it('states the point in a headline of at most 14 words (18 in Spanish) and every event in the description', () => {
    const en = drawChart('court-fight', data, EN).text;
    const es = drawChart('court-fight', spanish, ES).text;
    expect(en.takeaway).toBe('Two trial courts limited or blocked IRS–ICE data sharing; an appeals court allowed it.');
    expect(en.takeaway.split(/\s+/).length).toBeLessThanOrEqual(14);
    expect(es.takeaway.split(/\s+/).length).toBeLessThanOrEqual(18);
    for (const row of data.rows) expect(en.description).toContain(row.label);
    expect(en.description.endsWith(`${checkedWords}.`)).toBe(true);
    expect(chartText('court-fight', input()).takeaway).toBe(en.takeaway);
  });

  it('counts the lower courts’ latest orders, not appeals or findings with no new relief', () => {
    const facts = describeCourtFight(input());
    expect(facts.restricted.sort()).toEqual(['blocked', 'limited']);
    expect(facts.allowedOnAppeal).toBe(true);
  });

  it('gives the table one row per event, lane by lane, with its date, lane, effect and source', () => {
    const table = lanesTable(data, EN);
    expect(table.columns).toEqual(['What happened', 'Date', 'Case or agencies', 'Effect on the sharing', 'Source']);
    expect(table.rows).toHaveLength(data.rows.length);
    const stay = table.rows.find((r) => r.header.startsWith('Stay and injunction'))!;
    expect(stay.cells.map((c) => c.text)).toEqual([
      'November 21, 2025',
      'Center for Taxpayer Rights v. IRS',
      'Limited',
      'CRBC News',
    ]);
    expect(table.rows.find((r) => r.header === 'Appeal argued' && r.cells[0].text === 'Date not found')).toBeTruthy();
  });

  it('writes the CSV with one line per event and its lane’s courts', () => {
    const csv = parseCsv(lanesCsv(data, EN));
    expect(csv[0]).toEqual(csvColumns('lanes', EN));
    expect(csv).toHaveLength(data.rows.length + 1);
    const pi = csv.find((l) => l[6] === 'Preliminary injunction blocks the MOU')!;
    expect(pi.slice(0, 6)).toEqual([
      'Community Economic Development Center v. Bessent',
      'D. Mass. No. 1:25-cv-12822, Judge Indira Talwani',
      '2026-02-05',
      'ruling',
      'Blocked',
      'no',
    ]);
  });
});

describe('the court-fight data file', () => {
  const fails = (change: (d: ReturnType<typeof stored>) => void) => {
    const d = stored();
    change(d);
    return () => parseDataset(d, FILE);
  };

  it('refuses a ruling without an effect, naming the file, row and field', () => {
    expect(fails((d) => delete d.rows[5].effect)).toThrow(
      /content\/data\/court-fight\.json: row 5 \("Temporary restraining order denied"\), field "effect": a ruling needs an effect/,
    );
  });

  it('refuses an agency action in a lawsuit’s lane and a row in an unknown lane', () => {
    expect(fails((d) => (d.rows[0].lane = 'centro'))).toThrow(
      /row 0 .*field "event": an action belongs in the agencies' lane/,
    );
    expect(fails((d) => (d.rows[0].lane = 'nowhere'))).toThrow(/row 0 .*field "lane": unknown lane id "nowhere"/);
  });

  it('refuses a lane’s rows out of date order, and an unknown source', () => {
    expect(fails((d) => (d.rows[6].date = '2025-03-01'))).toThrow(
      /row 6 .*field "date": rows of a lane must be in date order/,
    );
    expect(fails((d) => (d.rows[1].source = 'nobody'))).toThrow(/row 1 .*field "source": unknown source id "nobody"/);
  });

  it('needs the Spanish words of every row, naming the file and row', () => {
    const es = JSON.parse(readFileSync('content/es/data/court-fight.json', 'utf8'));
    delete es.rows['cedc-pi'];
    expect(() => resolveDataset(parseDataset(stored(), FILE), es, 'content/es/data/court-fight.json')).toThrow(
      /content\/es\/data\/court-fight\.json:\n {2}row "cedc-pi", field "label": missing translation/,
    );
  });
});
