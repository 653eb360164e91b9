// Loads the one summary file and the datasets it reads, for /summary/ and the home page's key
// numbers, so both show the same figures with the same sources.
import { getCollection } from 'astro:content';
import type { Dataset } from '../../content/data-schema';
import { buildSummary, type SummaryView } from './summary-model';

export async function loadSummary(): Promise<{ summary: SummaryView; datasets: Map<string, Dataset>; chartDataset: string }> {
  const entries = await getCollection('summary');
  if (entries.length !== 1) {
    throw new Error(`/summary/: expected exactly one summary file, found ${entries.length} (content/summary.json or SUMMARY_FILE)`);
  }
  const [entry] = entries;
  const datasets = new Map((await getCollection('datasets')).map((d) => [d.id, d.data as Dataset]));
  const summary = buildSummary(entry.data, datasets, entry.filePath ?? 'content/summary.json');
  return { summary, datasets, chartDataset: entry.data.chart.dataset };
}
