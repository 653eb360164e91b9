import type { Locale } from '../locales';
import { en } from './en';
import { es } from './es';

/** The shape every language's dictionary must have: English's keys, strings or the same functions. */
type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Dictionary = Widen<typeof en>;

const DICTIONARIES: Record<Locale, Dictionary> = { en, es };

/** The interface words of a language. */
export const ui = (locale: Locale): Dictionary => DICTIONARIES[locale];
