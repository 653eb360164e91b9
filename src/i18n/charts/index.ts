import type { Locale } from '../locales';
import type { ChartWords } from '../dictionary';
import { enCharts } from './en';
import { esCharts } from './es';

export type { ChartWords };

const WORDS: Record<Locale, ChartWords> = { en: enCharts, es: esCharts };
export const chartWords = (locale: Locale): ChartWords => WORDS[locale];
