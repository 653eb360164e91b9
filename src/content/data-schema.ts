// A dataset file as the content collection accepts it: the fields of its kind (data-kinds.ts) with the
// checks across its rows (data-checks.ts), one zod union discriminated by `kind`, and parseDataset(),
// which applies it to a file. The messages a bad file prints are in data-errors.ts; the collection's
// loader is data-loader.ts.
import { z } from 'astro/zod';
import { casesShape, figuresShape, type Dataset, type DatasetMeta } from './data-kinds';
import { checkCases, checkFigures } from './data-checks';
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

/** Either kind of dataset, chosen by `kind` (absent or "figures", or "cases"); the collection accepts both. */
export const anyDatasetSchema = z.discriminatedUnion('kind', [datasetSchema, caseDatasetSchema]);
export type AnyStoredDataset = StoredDataset | CaseDataset;
export type AnyDataset = Dataset | CaseDataset;

export const isCaseDataset = <T extends { meta: DatasetMeta }>(d: T | CaseDataset): d is CaseDataset => 'kind' in d && d.kind === 'cases';

/** Validates one dataset of either kind; throws one error listing every problem as "file: row N, field F: why". */
export function parseDataset(data: unknown, file: string): AnyStoredDataset {
  // The union picks the schema by `kind`, so errors name the fields of the right kind.
  const result = anyDatasetSchema.safeParse(data, { error: datasetErrorWords });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => formatIssue(file, data, issue));
  throw new Error(`Invalid dataset ${file}:\n  ${lines.join('\n  ')}`);
}
