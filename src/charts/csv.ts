// The CSV download for a dataset: one line per row, the same rows the chart and table show,
// with the source spelled out so a downloaded file still says where each figure comes from.
// Column names and yes/no words are the page's language (src/i18n/charts/); quoting is d3-dsv's.
import { csvFormatRows, csvParseRows } from 'd3';
import {
  isCaseDataset,
  isLaneDataset,
  type AnyDataset,
  type CaseDataset,
  type Dataset,
  type LaneDataset,
} from '../content/data-schema';
import type { ChartLocale } from './common';

/** One field's value as the data give it; undefined writes an empty field. */
type Field = string | number | boolean | undefined;

const text = (value: Field) => (value === undefined ? '' : String(value));

/** The source columns' values for a source id, looked up in the dataset's list of sources. */
function sourceFields(meta: Dataset['meta'], id: string): Field[] {
  const source = meta.sources.find((s) => s.id === id);
  return [id, source?.publisher, source?.title, source?.url, source?.date ?? ''];
}

/** The column names of a kind of dataset's CSV in a language, the source columns last. */
export const csvColumns = (kind: 'figures' | 'cases' | 'lanes', L: ChartLocale): string[] => [
  ...L.w.csv[kind],
  ...L.w.csv.sources,
];

/** A header line and one line per record, each ending in a line break. */
const csvFile = (columns: readonly string[], records: Field[][]) =>
  `${csvFormatRows([[...columns], ...records.map((r) => r.map(text))])}\n`;

/** A cases dataset as CSV: one line per step, with its case's fields repeated. */
export function casesCsv(dataset: CaseDataset, L: ChartLocale): string {
  const records = dataset.rows.flatMap((row) =>
    row.steps.map((step) => [
      row.label,
      row.court,
      row.judge,
      row.status,
      row.now,
      step.date ?? '',
      step.court,
      step.ruling,
      L.w.lawsuits.steps[step.step],
      ...sourceFields(dataset.meta, step.source),
    ]),
  );
  return csvFile(csvColumns('cases', L), records);
}

/** A lanes dataset as CSV: one line per event, lane by lane, with its lane's name and courts. */
export function lanesCsv(dataset: LaneDataset, L: ChartLocale): string {
  const w = L.w.courtFight;
  const { yes, no } = L.w.csv;
  const records = dataset.lanes.flatMap((lane) =>
    dataset.rows
      .filter((r) => r.lane === lane.id)
      .map((row) => [
        lane.label,
        lane.court,
        row.date ?? '',
        w.events[row.event],
        row.effect ? w.looks[row.effect].name : '',
        row.appeal ? yes : no,
        row.label,
        ...sourceFields(dataset.meta, row.source),
      ]),
  );
  return csvFile(csvColumns('lanes', L), records);
}

/** Number of data lines in a dataset's CSV (one per figure, or one per step of each case). */
export const csvLineCount = (dataset: AnyDataset): number =>
  isCaseDataset(dataset) ? dataset.rows.reduce((n, r) => n + r.steps.length, 0) : dataset.rows.length;

/** The kind of a dataset, as its CSV columns name it. */
export const csvKind = (dataset: AnyDataset): 'figures' | 'cases' | 'lanes' =>
  isCaseDataset(dataset) ? 'cases' : isLaneDataset(dataset) ? 'lanes' : 'figures';

/** The whole file in a language: a header line and one line per row. */
export function datasetCsv(dataset: AnyDataset, L: ChartLocale): string {
  if (isCaseDataset(dataset)) return casesCsv(dataset, L);
  if (isLaneDataset(dataset)) return lanesCsv(dataset, L);
  return figuresCsv(dataset, L);
}

function figuresCsv(dataset: Dataset, L: ChartLocale): string {
  const { yes, no } = L.w.csv;
  // part_of names the whole as readers see it ("Federal"), not its id.
  const labelOf = new Map(dataset.rows.map((r) => [r.id, r.label]));
  const records = dataset.rows.map((row) => [
    row.group,
    row.label,
    row.value,
    row.unit,
    row.period,
    row.partOf === undefined ? undefined : labelOf.get(row.partOf),
    row.total ? yes : no,
    row.comparable === false ? no : yes,
    row.note,
    row.low,
    row.high,
    ...sourceFields(dataset.meta, row.source),
  ]);
  return csvFile(csvColumns('figures', L), records);
}

/** Parses a downloaded CSV back into rows of fields (the tests read the files with it). */
export const parseCsv = (csv: string): string[][] => csvParseRows(csv);
