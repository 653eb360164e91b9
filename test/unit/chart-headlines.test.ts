import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartLocale, chartText, drawChart, wordCount, type ChartId } from '../../src/chart-registry';
import { resolveDataset, type DatasetText } from '../../src/content/dataset-text';
import { CHART_IDS, loadDataset } from './charts-fixtures';
import type { Locale } from '../../src/i18n/locales';

// A chart's headline (its takeaway) makes one point: at most 14 words in English, 18 in Spanish.
const LIMITS: Record<Locale, number> = { en: 14, es: 18 };

function datasetIn(id: string, locale: Locale) {
  const data = loadDataset(id);
  if (locale === 'en') return data;
  const file = `content/${locale}/data/${id}.json`;
  return resolveDataset(data as never, JSON.parse(readFileSync(file, 'utf8')) as DatasetText, file);
}

describe('chart headlines', () => {
  for (const locale of ['en', 'es'] as const) {
    for (const id of CHART_IDS) {
      it(`the ${id} headline in ${locale} has at most ${LIMITS[locale]} words and the subtitle does not repeat it`, () => {
        const data = datasetIn(id, locale);
        const { text } = drawChart(id as ChartId, data, chartLocale(locale));
        expect(wordCount(text.takeaway), text.takeaway).toBeLessThanOrEqual(LIMITS[locale]);
        expect(text.takeaway.toLowerCase()).not.toContain(data.meta.title.toLowerCase());
      });
    }
  }

  it('stops the build naming the dictionary and the chart when a headline runs long', () => {
    const L = chartLocale('es');
    const long = { ...L, w: { ...L.w, headlineWords: 3 } };
    expect(() => chartText('data-chain', loadDataset('data-chain').rows as never, long)).toThrow(
      /src\/i18n\/charts\/es\.ts: the headline \(takeaway\) of chart "data-chain" has \d+ words, more than 3/,
    );
  });
});
