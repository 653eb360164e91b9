// A dataset file as the content collection accepts it: the fields of its kind (data-kinds.ts) with the
// checks across its rows (data-checks.ts), one zod union discriminated by `kind`, and parseDataset(),
// which applies it to a file. The messages a bad file prints are in data-errors.ts; the collection's
// loader is data-loader.ts.
import { z } from 'astro/zod';
import { casesShape, figuresShape, lanesShape, type Dataset, type DatasetMeta } from './data-kinds';
import { checkCases, checkFigures, checkLanes } from './data-checks';
import { datasetErrorWords, formatIssue } from './data-errors';

export * from './data-kinds';
export { roundingTolerance } from './data-checks';

/** A figures file: `{ meta, rows }`, checked as a whole (sources, parts and totals). */
export const datasetSchema = figuresShape.superRefine(checkFigures);
/** A figures file as stored. */
export type StoredDataset = z.infer<typeof datasetSchema>;

/** A dataset of lawsuits: `{ meta, kind: "cases", rows }`, checked as a whole (sources, step order). */
export const caseDatasetSchema = casesShape.superRefine(checkCases);
export type CaseDataset = z.infer<typeof caseDatasetSchema>;

/** A dataset of lanes (the court fight): `{ meta, kind: "lanes", lanes, rows }`, checked as a whole (lanes, sources, effects, order). */
export const laneDatasetSchema = lanesShape.superRefine(checkLanes);
export type LaneDataset = z.infer<typeof laneDatasetSchema>;

/** Any kind of dataset, chosen by `kind` (absent or "figures", "cases" or "lanes"); the collection accepts each. */
export const anyDatasetSchema = z.discriminatedUnion('kind', [datasetSchema, caseDatasetSchema, laneDatasetSchema]);
export type AnyStoredDataset = StoredDataset | CaseDataset | LaneDataset;
export type AnyDataset = Dataset | CaseDataset | LaneDataset;

export const isCaseDataset = <T extends { meta: DatasetMeta }>(d: T | CaseDataset): d is CaseDataset => 'kind' in d && d.kind === 'cases';
export const isLaneDataset = <T extends { meta: DatasetMeta }>(d: T | LaneDataset): d is LaneDataset => 'kind' in d && d.kind === 'lanes';

/** Validates one dataset of any kind; throws one error listing every problem as "file: row N, field F: why". */
export function parseDataset(data: unknown, file: string): AnyStoredDataset {
  // The union picks the schema by `kind`, so errors name the fields of the right kind.
  const result = anyDatasetSchema.safeParse(data, { error: datasetErrorWords });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => formatIssue(file, data, issue));
  throw new Error(`Invalid dataset ${file}:\n  ${lines.join('\n  ')}`);
}
