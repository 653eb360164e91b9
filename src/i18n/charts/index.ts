import type { Locale } from '../locales';
import { enCharts } from './en';
import { esCharts } from './es';

type Widen<T> = T extends (...args: infer A) => infer R ? (...args: A) => R : T extends readonly string[] ? string[] : T extends string ? string : { [K in keyof T]: Widen<T[K]> };
/** The chart words every language must give: English's keys, strings or the same functions. */
export type ChartWords = Widen<typeof enCharts>;

const WORDS: Record<Locale, ChartWords> = { en: enCharts, es: esCharts };
export const chartWords = (locale: Locale): ChartWords => WORDS[locale];
