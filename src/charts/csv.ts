// The CSV download for a dataset: one line per row, the same rows the chart and table show,
// with the source spelled out so a downloaded file still says where each figure comes from.
import { isCaseDataset, type AnyDataset, type CaseDataset, type Dataset } from '../content/data-schema';
import { STEP_WORDS } from './lawsuits';

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
  'source_id',
  'source_publisher',
  'source_title',
  'source_url',
  'source_date',
] as const;

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
export function csvField(value: string | number | boolean | undefined): string {
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
  'source_id',
  'source_publisher',
  'source_title',
  'source_url',
  'source_date',
] as const;

/** A cases dataset as CSV: one line per step, with its case's fields repeated. */
export function casesCsv(dataset: CaseDataset): string {
  const sources = new Map(dataset.meta.sources.map((s) => [s.id, s]));
  const lines = dataset.rows.flatMap((row) =>
    row.steps.map((step) => {
      const source = sources.get(step.source);
      return [row.label, row.court, row.judge, row.status, row.now, step.date ?? '', step.court, step.ruling, STEP_WORDS[step.step], step.source, source?.publisher, source?.title, source?.url, source?.date ?? '']
        .map(csvField)
        .join(',');
    }),
  );
  return [CASE_CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
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
  const sources = new Map(dataset.meta.sources.map((s) => [s.id, s]));
  const lines = dataset.rows.map((row) => {
    const source = sources.get(row.source);
    return [
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
      row.source,
      source?.publisher,
      source?.title,
      source?.url,
      source?.date ?? '',
    ]
      .map(csvField)
      .join(',');
  });
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
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
