// Shared by the charts-* tests: the real dataset files, parsed with the collection's schema.
import { readFileSync } from 'node:fs';
import { resolveDataset } from '../../src/content/dataset-text';
import { parseDataset, type AnyDataset, type CaseDataset, type DataRow } from '../../src/content/data-schema';
import { CHART_SIZES, labelExtent, type ChartLayout } from '../../src/charts/common';
import { chartLocale } from '../../src/chart-registry';

/** English formats and words: the layouts take a language as input, and these tests draw in English. */
export const EN = chartLocale('en');
/** The narrow drawing's size. */
export const NARROW = CHART_SIZES[0];

export const CHART_IDS = [
  'court-fight',
  'taxes-by-level',
  'taxes-by-state',
  'workforce-share',
  'industry-share',
  'requests-vs-disclosed',
  'data-chain',
  'lawsuits',
  'revenue-scenarios',
] as const;

export function loadDataset(id: string): AnyDataset {
  const file = `content/data/${id}.json`;
  return resolveDataset(parseDataset(JSON.parse(readFileSync(file, 'utf8')), file));
}

export const rowsOf = (id: string): DataRow[] => loadDataset(id).rows as DataRow[];

/** The cases of a `kind: "cases"` dataset. */
export const casesOf = (id: string): CaseDataset['rows'] => (loadDataset(id) as CaseDataset).rows;

/** Problems with label or mark boxes leaving the viewBox, by the text-width estimate. */
export function outsideViewBox(layout: ChartLayout): string[] {
  const problems: string[] = [];
  for (const label of layout.labels) {
    const [left, right] = labelExtent(label);
    if (left < 0 || right > layout.width)
      problems.push(`label "${label.text}" spans ${left.toFixed(1)}–${right.toFixed(1)}`);
    if (label.y - label.size < 0 || label.y + label.size * 0.3 > layout.height)
      problems.push(`label "${label.text}" at y ${label.y}`);
  }
  for (const mark of layout.marks) {
    for (const s of mark.shapes) {
      if (s.x < 0 || s.y < 0 || s.x + s.width > layout.width + 0.05 || s.y + s.height > layout.height + 0.05) {
        problems.push(`mark "${mark.label}" at ${s.x},${s.y} ${s.width}×${s.height}`);
      }
    }
  }
  return problems;
}

/** Pairs of labels whose estimated boxes overlap. */
export function overlappingLabels(layout: ChartLayout): string[] {
  const boxes = layout.labels.map((l) => {
    const [x0, x1] = labelExtent(l);
    return { text: l.text, x0, x1, y0: l.y - l.size * 0.8, y1: l.y + l.size * 0.2 };
  });
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`"${a.text}" / "${b.text}"`);
    }),
  );
  return out;
}

/** Labels whose estimated boxes overlap a mark's shape. */
export function labelsOverMarks(layout: ChartLayout): string[] {
  const out: string[] = [];
  for (const l of layout.labels) {
    const [x0, x1] = labelExtent(l);
    const y0 = l.y - l.size * 0.8;
    const y1 = l.y + l.size * 0.2;
    for (const m of layout.marks) {
      for (const s of m.shapes) {
        if (x0 < s.x + s.width && s.x < x1 && y0 < s.y + s.height && s.y < y1)
          out.push(`"${l.text}" over "${m.label}"`);
      }
    }
  }
  return out;
}

/** Expected chart text with the non-breaking space formatValue() puts before "billion" and "million". */
export const nb = (text: string) => text.replace(/ (billion|million)\b/g, '\u00a0$1');
