// The shape every language's words must have, taken from English's: the same keys, any strings, the
// same functions. A key missing in another language is a type error. (Its own module, so a language
// file can name the type without importing the index that imports it back.)
import type { en } from './ui/en';
import type { enCharts } from './charts/en';

type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends readonly string[]
    ? string[]
    : T extends string
      ? string
      : { [K in keyof T]: Widen<T[K]> };

/** The interface words of a language (src/i18n/ui/). */
export type Dictionary = Widen<typeof en>;
/** The chart words of a language (src/i18n/charts/): what the layouts place and the sentence templates. */
export type ChartWords = Widen<typeof enCharts>;
