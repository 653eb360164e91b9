import type { Locale } from '../locales';
import type { Dictionary } from '../dictionary';
import { en } from './en';
import { es } from './es';

export type { Dictionary };

const DICTIONARIES: Record<Locale, Dictionary> = { en, es };

/** The interface words of a language. */
export const ui = (locale: Locale): Dictionary => DICTIONARIES[locale];
