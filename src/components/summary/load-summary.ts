// Loads a language's summary file and the datasets it reads, for /summary/ and the home page's key
// numbers, so both show the same figures with the same sources.
import type { Dataset } from '../../content/data-schema';
import { getDatasets, getSummaryData } from '../../content/load';
import { formatters } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { buildSummary, type SummaryView } from '../../content/summary-model';

export async function loadSummary(
  locale: Locale,
): Promise<{ summary: SummaryView; datasets: Map<string, Dataset>; chartDataset: string }> {
  const { data, file } = await getSummaryData(locale);
  const datasets = (await getDatasets(locale)) as Map<string, Dataset>;
  const summary = buildSummary(data, datasets, file, formatters(locale));
  return { summary, datasets, chartDataset: data.chart.dataset };
}
