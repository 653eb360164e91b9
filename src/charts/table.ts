// The data table under each chart, as plain data: ChartFigure renders whatever this returns, so
// each kind of dataset decides its own columns while the markup (and its styling) stays one.
import {
  isCaseDataset,
  isLaneDataset,
  type AnyDataset,
  type CaseDataset,
  type Dataset,
  type LaneDataset,
} from '../content/data-schema';
import type { ChartLocale } from './common';
import { stepDate } from './lawsuits';
import { lookOf } from './court-fight';

export interface TableCell {
  text: string;
  /** Makes the cell a link (sources). */
  href?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface TableRow {
  /** The row header (a figure's name, a case's name). */
  header: string;
  /** Printed bold after the header, e.g. " (not comparable)". */
  flag?: string;
  /** Printed under the header in small type. */
  note?: string;
  cells: TableCell[];
}

export interface TableModel {
  caption: string;
  /** Column headings, the row-header column first. */
  columns: string[];
  rows: TableRow[];
}

const sourceCell = (data: AnyDataset, id: string): TableCell => {
  const s = data.meta.sources.find((x) => x.id === id)!;
  return { text: s.short ?? s.publisher, href: s.url };
};

/** Figures: one row per figure, with its value, period and source (and its range, if any). */
export function figuresTable(data: Dataset, L: ChartLocale): TableModel {
  const w = L.w.table;
  return {
    caption: `${data.meta.title} (${data.meta.period})`,
    columns: w.figures,
    rows: data.rows.map((row) => {
      const range =
        row.low !== undefined && row.high !== undefined ? w.range(L.f.range(row.low, row.high, row.unit)) : undefined;
      const note = [range, row.note].filter(Boolean).join('. ') || undefined;
      return {
        header: row.group ? `${row.group}: ${row.label}` : row.label,
        flag: row.comparable === false ? w.notComparable : undefined,
        note,
        cells: [
          { text: L.f.exact(row.value, row.unit), numeric: true },
          { text: row.period },
          sourceCell(data, row.source),
        ],
      };
    }),
  };
}

/** Cases: one row per lawsuit with its latest ruling, what it means now and the source. */
export function casesTable(data: CaseDataset, L: ChartLocale): TableModel {
  const w = L.w.table;
  return {
    caption: `${data.meta.title} (${data.meta.period})`,
    columns: w.cases,
    rows: data.rows.map((row) => {
      const rulings = row.steps.filter((s) => s.step !== 'filed' && s.step !== 'argued');
      const latest = rulings.at(-1);
      return {
        header: row.label,
        // Every step is in the chart's description and the CSV; the table keeps to where each case stands.
        note: `${row.court}. ${row.judge}.`,
        cells: [
          { text: latest ? `${stepDate(latest, L)}: ${latest.ruling} (${latest.court})` : w.noRuling },
          { text: row.now },
          sourceCell(data, row.source),
        ],
      };
    }),
  };
}

/** Lanes: one row per event, lane by lane in date order, with what it did to the data sharing. */
export function lanesTable(data: LaneDataset, L: ChartLocale): TableModel {
  const w = L.w;
  const lanes = new Map(data.lanes.map((l) => [l.id, l]));
  const rows = data.lanes.flatMap((lane) => data.rows.filter((r) => r.lane === lane.id));
  return {
    caption: `${data.meta.title} (${data.meta.period})`,
    columns: w.table.lanes,
    rows: rows.map((row) => ({
      header: row.label,
      cells: [
        { text: row.date ? L.f.partialDate(row.date) : w.courtFight.noDate },
        { text: lanes.get(row.lane)!.label },
        {
          text:
            row.event === 'argument'
              ? `${w.courtFight.looks.pending.name} (${w.courtFight.events.argument})`
              : w.courtFight.looks[lookOf(row)].name,
        },
        sourceCell(data, row.source),
      ],
    })),
  };
}

export const tableOf = (data: AnyDataset, L: ChartLocale): TableModel =>
  isCaseDataset(data) ? casesTable(data, L) : isLaneDataset(data) ? lanesTable(data, L) : figuresTable(data, L);
