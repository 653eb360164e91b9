// The checks a dataset needs across its rows, which no single field's schema can make: source, group
// and row ids that exist and are unique, values that fit their unit, parts that fit their whole, totals
// that add up within rounding, lawsuit steps and lane events in date order. Each names the row and field it blames
// (a zod issue path), so the build's message says where to look.
import type { z } from 'astro/zod';
import { EFFECTS, type CaseRow, type DatasetMeta, type Lane, type LaneRow, type StoredRow } from './data-kinds';

/**
 * Allowed difference between a stated total and the sum of its parts. Each figure is rounded to
 * its last printed digit, so each can be off by half a unit of that digit: with n parts and one
 * total the rounding error is at most (n + 1) × 0.5 × 10^-d, where d is the largest number of
 * decimals among them. For AIC 2023 (55.8 + 33.9 vs 89.8): 3 × 0.05 = 0.15 ≥ 0.1, so it passes.
 */
export function roundingTolerance(values: number[]): number {
  const decimals = Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));
  return (values.length * 0.5) / 10 ** decimals + 1e-9;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** Checks a figures file across its rows. */
export function checkFigures(data: { meta: DatasetMeta; rows: StoredRow[] }, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const sourceIds = new Set<string>();
  data.meta.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) issue(['meta', 'sources', i, 'id'], `duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });

  const groupIds = new Set((data.meta.groups ?? []).map((g) => g.id));
  const rowIds = new Set<string>();
  data.rows.forEach((row, i) => {
    if (rowIds.has(row.id)) issue(['rows', i, 'id'], `duplicate row id "${row.id}"`);
    rowIds.add(row.id);
    if (row.group !== undefined && !groupIds.has(row.group)) {
      issue(['rows', i, 'group'], `unknown group id "${row.group}"; list it in meta.groups (known: ${[...groupIds].join(', ') || 'none'})`);
    }
    if (!sourceIds.has(row.source)) {
      issue(['rows', i, 'source'], `unknown source id "${row.source}"; known ids: ${[...sourceIds].join(', ')}`);
    }
    if (row.value < 0) issue(['rows', i, 'value'], `must not be negative (got ${row.value})`);
    if (row.unit === 'percent' && row.value > 100) issue(['rows', i, 'value'], `a share cannot be above 100% (got ${row.value})`);
    if (row.unit === 'people' && !Number.isInteger(row.value)) issue(['rows', i, 'value'], `a count of people must be a whole number (got ${row.value})`);
    if (row.total && row.partOf) issue(['rows', i, 'partOf'], 'a total cannot also be part of another row');
    if ((row.low === undefined) !== (row.high === undefined)) issue(['rows', i, row.low === undefined ? 'low' : 'high'], 'a range needs both `low` and `high`');
    if (row.low !== undefined && row.low > row.value) issue(['rows', i, 'low'], `must not be above the value (got ${row.low} > ${row.value})`);
    if (row.high !== undefined && row.high < row.value) issue(['rows', i, 'high'], `must not be below the value (got ${row.high} < ${row.value})`);
  });

  // Rows are checked group by group: labels must be unique, parts must fit, totals must add up.
  const groups = new Map<string, number[]>();
  data.rows.forEach((row, i) => groups.set(row.group ?? '', [...(groups.get(row.group ?? '') ?? []), i]));
  for (const indexes of groups.values()) {
    const byLabel = new Map<string, number>();
    const byId = new Map<string, number>();
    for (const i of indexes) {
      const label = data.rows[i].label;
      if (byLabel.has(label)) issue(['rows', i, 'label'], `duplicate label "${label}" in the same group`);
      else byLabel.set(label, i);
      byId.set(data.rows[i].id, i);
    }
    const parts = new Map<number, number[]>();
    for (const i of indexes) {
      const partOf = data.rows[i].partOf;
      if (partOf === undefined) continue;
      const whole = byId.get(partOf);
      if (whole === undefined) {
        issue(['rows', i, 'partOf'], `refers to "${partOf}", which is not the id of a row in the same group`);
      } else if (data.rows[whole].unit !== data.rows[i].unit) {
        issue(['rows', i, 'unit'], `is "${data.rows[i].unit}" but the row it is part of ("${partOf}") is "${data.rows[whole].unit}"`);
      } else {
        parts.set(whole, [...(parts.get(whole) ?? []), i]);
      }
    }
    for (const [whole, members] of parts) {
      const values = members.map((i) => data.rows[i].value);
      const sum = values.reduce((a, b) => a + b, 0);
      const tolerance = roundingTolerance([...values, data.rows[whole].value]);
      if (sum > data.rows[whole].value + tolerance) {
        issue(['rows', members[0], 'value'], `the parts of "${data.rows[whole].label}" add up to ${fmt(sum)}, more than its ${data.rows[whole].value}`);
      }
    }
    const totals = indexes.filter((i) => data.rows[i].total);
    if (totals.length > 1) issue(['rows', totals[1], 'total'], 'a group can have only one stated total');
    if (totals.length === 1) {
      const t = totals[0];
      const top = indexes.filter((i) => i !== t && data.rows[i].partOf === undefined);
      const mixed = top.find((i) => data.rows[i].unit !== data.rows[t].unit);
      if (top.length === 0) {
        issue(['rows', t, 'total'], 'a stated total needs at least one part in its group');
      } else if (mixed !== undefined) {
        issue(['rows', mixed, 'unit'], `is "${data.rows[mixed].unit}" but the group's total is "${data.rows[t].unit}"`);
      } else {
        const values = top.map((i) => data.rows[i].value);
        const sum = values.reduce((a, b) => a + b, 0);
        const tolerance = roundingTolerance([...values, data.rows[t].value]);
        if (Math.abs(sum - data.rows[t].value) > tolerance) {
          issue(
            ['rows', t, 'value'],
            `the parts add up to ${fmt(sum)} but the stated total is ${data.rows[t].value} (allowed rounding difference ±${fmt(tolerance)})`,
          );
        }
      }
    }
  }
}

/** Checks a lawsuits file across its cases and steps. */
export function checkCases(data: { meta: DatasetMeta; rows: CaseRow[] }, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const known = new Set(data.meta.sources.map((s) => s.id));
  const unknown = (id: string) => `unknown source id "${id}"; known ids: ${[...known].join(', ')}`;
  const seen = new Set<string>();
  data.rows.forEach((row, i) => {
    if (seen.has(row.id)) issue(['rows', i, 'id'], `duplicate case id "${row.id}"`);
    seen.add(row.id);
    if (!known.has(row.source)) issue(['rows', i, 'source'], unknown(row.source));
    let last = '';
    let undated = false;
    const stepIds = new Set<string>();
    row.steps.forEach((step, j) => {
      if (stepIds.has(step.id)) issue(['rows', i, 'steps', j, 'id'], `duplicate step id "${step.id}" in case "${row.id}"`);
      stepIds.add(step.id);
      if (!known.has(step.source)) issue(['rows', i, 'steps', j, 'source'], unknown(step.source));
      if (step.date === undefined) undated = true;
      else if (undated) issue(['rows', i, 'steps', j, 'date'], 'a dated step cannot come after an undated one');
      else if (step.date < last) issue(['rows', i, 'steps', j, 'date'], `steps must be in date order (${step.date} comes after ${last})`);
      else last = step.date;
    });
  });
}


/** Checks a lanes file: lanes and rows that exist and are unique, effects on rulings only, actions in the agencies' lane, each lane in date order. */
export function checkLanes(data: { meta: DatasetMeta; lanes: Lane[]; rows: LaneRow[] }, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const known = new Set(data.meta.sources.map((s) => s.id));
  const lanes = new Map<string, Lane>();
  data.lanes.forEach((lane, i) => {
    if (lanes.has(lane.id)) issue(['lanes', i, 'id'], `duplicate lane id "${lane.id}"`);
    lanes.set(lane.id, lane);
  });
  const ids = new Set<string>();
  const last = new Map<string, { date: string; undated: boolean }>();
  data.rows.forEach((row, i) => {
    if (ids.has(row.id)) issue(['rows', i, 'id'], `duplicate row id "${row.id}"`);
    ids.add(row.id);
    if (!known.has(row.source)) issue(['rows', i, 'source'], `unknown source id "${row.source}"; known ids: ${[...known].join(', ')}`);
    const lane = lanes.get(row.lane);
    if (!lane) issue(['rows', i, 'lane'], `unknown lane id "${row.lane}"; known ids: ${[...lanes.keys()].join(', ')}`);
    if (row.event === 'ruling' && !row.effect) issue(['rows', i, 'effect'], `a ruling needs an effect (${EFFECTS.join(', ')})`);
    if (row.event !== 'ruling' && row.effect) issue(['rows', i, 'effect'], `only a ruling has an effect (this row is a ${row.event})`);
    if (lane && (row.event === 'action') !== (lane.kind === 'agency')) {
      issue(['rows', i, 'event'], lane.kind === 'agency' ? `the agencies' lane holds only actions (got ${row.event})` : `an action belongs in the agencies' lane, not in "${lane.id}"`);
    }
    const prev = last.get(row.lane) ?? { date: '', undated: false };
    if (row.date === undefined) last.set(row.lane, { ...prev, undated: true });
    else if (prev.undated) issue(['rows', i, 'date'], 'a dated row cannot come after an undated one in its lane');
    else if (row.date < prev.date) issue(['rows', i, 'date'], `rows of a lane must be in date order (${row.date} comes after ${prev.date})`);
    else last.set(row.lane, { date: row.date, undated: false });
  });
  data.lanes.forEach((lane, i) => {
    if (!data.rows.some((r) => r.lane === lane.id)) issue(['lanes', i, 'id'], `lane "${lane.id}" has no rows`);
  });
}
