import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDataset, roundingTolerance, type CaseDataset } from '../../src/content/data-schema';
import { resolveDataset } from '../../src/content/dataset-text';
import { CHART_IDS } from './charts-fixtures';

/** The datasets the site is built from, and datasets each broken in one way. */
const DATA = 'content/data';
const FIXTURES = 'test/fixtures/bad-data';
const fixture = (name: string) => JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8')) as Record<string, unknown>;
const errorOf = (data: unknown, file: string): string => {
  try {
    parseDataset(data, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was accepted`);
};
const valid = () =>
  fixture('total-mismatch.json') as { meta: Record<string, unknown>; rows: Record<string, unknown>[] };
const fixValid = () => {
  const d = valid();
  d.rows[2].value = 89.8;
  return d;
};

describe('the datasets schema', () => {
  it(`accepts every dataset file in ${DATA}`, () => {
    const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(CHART_IDS.length);
    for (const file of files) {
      expect(() => parseDataset(JSON.parse(readFileSync(`${DATA}/${file}`, 'utf8')), file), file).not.toThrow();
    }
  });

  it('has a dataset file named after every chart id', () => {
    const files = readdirSync(DATA);
    for (const id of CHART_IDS) expect(files).toContain(`${id}.json`);
  });

  // The message a maintainer reads when `astro build` stops (datasetLoader throws parseDataset's error).
  const EXPECTED: Record<string, string> = {
    'missing-value.json': 'row 1 ("State and local"), field "value": is missing',
    'negative-amount.json': 'row 1 ("State and local"), field "value": must not be negative (got -33.9)',
    'share-over-100.json': 'row 0 ("Construction"), field "value": a share cannot be above 100% (got 113)',
    'unknown-source.json': 'row 1 ("State and local"), field "source": unknown source id "no-such-source"',
    'total-mismatch.json':
      'row 2 ("Total"), field "value": the parts add up to 89.7 but the stated total is 90.8 (allowed rounding difference ±0.15)',
    'empty-rows.json': 'field "rows": has no rows; a dataset needs at least one',
  };

  it(`has an expected message for every fixture in ${FIXTURES}`, () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('rejects %s, naming the file, the row and the field', (file, message) => {
    expect(errorOf(fixture(file), `${DATA}/${file}`)).toContain(
      `Invalid dataset ${DATA}/${file}:\n  ${DATA}/${file}: ${message}`,
    );
  });

  it('accepts parts that miss the stated total only by rounding (AIC 2023: 55.8 + 33.9 = 89.7, stated 89.8)', () => {
    expect(() => parseDataset(fixValid(), 'aic.json')).not.toThrow();
  });

  it('rejects parts of a row that add up to more than the row itself', () => {
    const d = fixValid();
    d.rows.push({
      id: 'g-social-security',
      group: 'g',
      label: 'Social Security',
      value: 60,
      unit: 'usd_billions',
      period: '2023',
      source: 'src',
      partOf: 'g-federal',
    });
    expect(errorOf(d, 'parts.json')).toContain(
      'parts.json: row 3 ("Social Security"), field "value": the parts of "Federal" add up to 60',
    );
  });

  it('rejects a part that points at a row id missing from its group', () => {
    const d = fixValid();
    d.rows.push({
      id: 'g-medicare',
      group: 'g',
      label: 'Medicare',
      value: 6.4,
      unit: 'usd_billions',
      period: '2023',
      source: 'src',
      partOf: 'g-federl',
    });
    expect(errorOf(d, 'partof.json')).toContain(
      'partof.json: row 3 ("Medicare"), field "partOf": refers to "g-federl", which is not the id of a row in the same group',
    );
  });

  it('rejects source links that are not https', () => {
    const d = fixValid();
    (d.meta.sources as Record<string, unknown>[])[0].url = 'http://example.org/source';
    expect(errorOf(d, 'http.json')).toContain('http.json: field "meta.sources.0.url": must be an https:// URL');
  });

  it('reads the kind of a file from its kind field: none or "figures" is figures, "cases" lawsuits, anything else is named', () => {
    expect(() => parseDataset({ ...fixValid(), kind: 'figures' }, 'x.json')).not.toThrow();
    expect(errorOf({ ...fixValid(), kind: 'figure' }, 'x.json')).toMatch(
      /^Invalid dataset x\.json:\n {2}x\.json: field "kind": /,
    );
    // A figures file marked as cases is checked as cases: the message names a case field, not a union's guess.
    expect(errorOf({ ...fixValid(), kind: 'cases' }, 'x.json')).toContain('field "court": Required');
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    const d = fixValid();
    d.rows[0].vaule = 1;
    expect(errorOf(d, 'typo.json')).toMatch(/typo\.json: row 0 \("Federal"\), the row: Unrecognized key: "vaule"/);
  });
});

describe('ranges on a figure', () => {
  it('rejects a range with only one end, or a value outside its range, naming the row and field', () => {
    const one = fixValid();
    one.rows[0].low = 50;
    expect(errorOf(one, 'r.json')).toContain(
      'r.json: row 0 ("Federal"), field "high": a range needs both `low` and `high`',
    );
    const out = fixValid();
    Object.assign(out.rows[0], { low: 60, high: 70 });
    expect(errorOf(out, 'r.json')).toMatch(/r\.json: row 0 \("Federal"\), field "low": must not be above the value/);
  });
});

describe('a cases dataset (kind: "cases")', () => {
  const cases = () =>
    JSON.parse(readFileSync(`${DATA}/lawsuits.json`, 'utf8')) as {
      meta: Record<string, unknown>;
      rows: { label: string; source: string; steps: Record<string, unknown>[] }[];
    };

  it('accepts the lawsuits file and keeps its steps', () => {
    const data = parseDataset(cases(), 'lawsuits.json');
    expect('kind' in data && data.kind).toBe('cases');
    expect(data.rows[0]).toHaveProperty('steps');
  });

  it('rejects steps out of date order, naming the file, the case and the step', () => {
    const d = cases();
    [d.rows[0].steps[0], d.rows[0].steps[1]] = [d.rows[0].steps[1], d.rows[0].steps[0]];
    expect(errorOf(d, 'lawsuits.json')).toContain(
      'lawsuits.json: row 0 ("Centro de Trabajadores Unidos v. Bessent"), field "steps.1.date": steps must be in date order (2025-03-07 comes after 2025-03-20)',
    );
  });

  it('rejects a dated step after an undated one and a step citing an unknown source', () => {
    const d = cases();
    d.rows[1].steps.push({
      id: 'decided',
      date: '2026-12-01',
      court: 'D.C. Cir.',
      ruling: 'Decided',
      step: 'relief-denied',
      source: 'no-such',
    });
    const message = errorOf(d, 'lawsuits.json');
    expect(message).toContain(
      'row 1 ("Center for Taxpayer Rights v. IRS"), field "steps.4.date": a dated step cannot come after an undated one',
    );
    expect(message).toContain(
      'row 1 ("Center for Taxpayer Rights v. IRS"), field "steps.4.source": unknown source id "no-such"',
    );
  });

  it('rejects two steps of one case with the same id, naming the case and the step', () => {
    const d = cases();
    d.rows[0].steps[1].id = d.rows[0].steps[0].id;
    expect(errorOf(d, 'lawsuits.json')).toContain(
      'row 0 ("Centro de Trabajadores Unidos v. Bessent"), field "steps.1.id": duplicate step id "filed" in case "centro"',
    );
  });

  it('matches a translation to its steps by id, so a step added in English names itself as untranslated', () => {
    const d = parseDataset(cases(), 'lawsuits.json');
    const es = JSON.parse(readFileSync('content/es/data/lawsuits.json', 'utf8'));
    const spanish = resolveDataset(d, es, 'es/lawsuits.json') as CaseDataset;
    expect(spanish.rows[0]!.steps.map((s) => s.ruling)).toEqual(Object.values(es.rows.centro.steps));
    const added = cases();
    added.rows[0].steps.splice(1, 0, {
      id: 'hearing',
      date: '2025-03-10',
      court: 'D.D.C.',
      ruling: 'Hearing',
      step: 'argued',
      source: 'tr-tro',
    });
    expect(() => resolveDataset(parseDataset(added, 'lawsuits.json'), es, 'es/lawsuits.json')).toThrow(
      /^es\/lawsuits\.json:\n {2}row "centro", step "hearing": missing translation of "Hearing"$/,
    );
    es.rows.centro.steps.gone = 'Ya no está';
    expect(() => resolveDataset(d, es, 'es/lawsuits.json')).toThrow(
      'row "centro", steps: "gone" is not a step id of the English file',
    );
  });

  it('rejects an unknown kind of step, naming the case and the step', () => {
    const d = cases();
    d.rows[2].steps[0].step = 'won';
    expect(errorOf(d, 'lawsuits.json')).toMatch(
      /lawsuits\.json: row 2 \("Community Economic Development Center v\. Bessent"\), field "steps\.0\.step": Invalid option: expected one of "filed"/,
    );
  });

  it('rejects a case without steps or without what it means now', () => {
    const d = cases();
    d.rows[0].steps = [];
    delete (d.rows[1] as Record<string, unknown>).now;
    const message = errorOf(d, 'lawsuits.json');
    expect(message).toContain(
      'row 0 ("Centro de Trabajadores Unidos v. Bessent"), field "steps": needs at least one step',
    );
    expect(message).toContain('row 1 ("Center for Taxpayer Rights v. IRS"), field "now": Required');
  });
});

describe('roundingTolerance', () => {
  it('allows half a unit of the last printed digit for each figure, parts and total', () => {
    expect(roundingTolerance([55.8, 33.9, 89.8])).toBeCloseTo(0.15, 6);
    expect(roundingTolerance([59.4, 37.3, 96.7])).toBeCloseTo(0.15, 6);
    expect(roundingTolerance([1, 2, 3, 6])).toBeCloseTo(2, 6);
  });
});
