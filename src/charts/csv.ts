// The CSV download for a dataset: one line per row, the same rows the chart and table show,
// with the source spelled out so a downloaded file still says where each figure comes from.
import { isCaseDataset, type AnyDataset, type CaseDataset, type Dataset } from '../content/data-schema';
import { STEP_WORDS } from './lawsuits';

/** One field's value as the data give it; undefined writes an empty field. */
type Field = string | number | boolean | undefined;

/** The source columns every CSV ends with, so a downloaded file still says where each figure comes from. */
const SOURCE_COLUMNS = ['source_id', 'source_publisher', 'source_title', 'source_url', 'source_date'] as const;

/** Column names, in order. */
export const CSV_COLUMNS = [
  'group',
  'label',
  'value',
  'unit',
  'period',
  'part_of',
  'is_total',
  'comparable',
  'note',
  'low',
  'high',
  ...SOURCE_COLUMNS,
] as const;

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
export function csvField(value: Field): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Column names of a cases dataset's CSV, in order: one line per step of each case. */
export const CASE_CSV_COLUMNS = [
  'case',
  'court',
  'judge',
  'status',
  'now',
  'step_date',
  'step_court',
  'step',
  'step_kind',
  ...SOURCE_COLUMNS,
] as const;

/** The source columns' values for a source id, looked up in the dataset's list of sources. */
function sourceFields(meta: Dataset['meta'], id: string): Field[] {
  const source = meta.sources.find((s) => s.id === id);
  return [id, source?.publisher, source?.title, source?.url, source?.date ?? ''];
}

/** A header line and one line per record, CRLF line ends as RFC 4180 asks. */
const csvFile = (columns: readonly string[], records: Field[][]) =>
  [columns.join(','), ...records.map((fields) => fields.map(csvField).join(','))].join('\r\n') + '\r\n';

/** A cases dataset as CSV: one line per step, with its case's fields repeated. */
export function casesCsv(dataset: CaseDataset): string {
  const records = dataset.rows.flatMap((row) =>
    row.steps.map((step) => [
      row.label, row.court, row.judge, row.status, row.now, step.date ?? '', step.court, step.ruling, STEP_WORDS[step.step],
      ...sourceFields(dataset.meta, step.source),
    ]),
  );
  return csvFile(CASE_CSV_COLUMNS, records);
}

/** Number of data lines in a dataset's CSV (one per figure, or one per step of each case). */
export const csvLineCount = (dataset: AnyDataset): number =>
  isCaseDataset(dataset) ? dataset.rows.reduce((n, r) => n + r.steps.length, 0) : dataset.rows.length;

/** The whole file: a header line and one line per row, CRLF line ends as RFC 4180 asks. */
export function datasetCsv(dataset: AnyDataset): string {
  if (isCaseDataset(dataset)) return casesCsv(dataset);
  return figuresCsv(dataset);
}

function figuresCsv(dataset: Dataset): string {
  const records = dataset.rows.map((row) => [
    row.group,
    row.label,
    row.value,
    row.unit,
    row.period,
    row.partOf,
    row.total ? 'yes' : 'no',
    row.comparable === false ? 'no' : 'yes',
    row.note,
    row.low,
    row.high,
    ...sourceFields(dataset.meta, row.source),
  ]);
  return csvFile(CSV_COLUMNS, records);
}

/** Parses CSV text made by datasetCsv (quoted fields, doubled quotes, CRLF); used by the tests. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
