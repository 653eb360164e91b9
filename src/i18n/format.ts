// Numbers, money, percents and dates in a locale, through Intl: no month names or separators kept by
// hand. Chart values keep one decimal at most, as the sources print them ("$59.4 billion", "$25 billion").
import type { Unit } from '../content/data-schema';
import { LOCALE_INFO, type Locale } from './locales';

/** A non-breaking space: a number and its scale word ("8.3 million") never part at a line end. */
export const NBSP = '\u00a0';

interface ScaleWords {
  billion: string;
  million: (value: number) => string;
  /** Joins two values that do not share a unit word: "$1 billion to $2 billion". */
  to: string;
  undated: string;
  oneIn: (n: number) => string;
}

const SCALE: Record<Locale, ScaleWords> = {
  en: { billion: 'billion', million: () => 'million', to: 'to', undated: 'undated', oneIn: (n) => `about 1 in ${n}` },
  // U.S. Spanish newsrooms: "mil millones" (never "billones", which is a million million).
  es: {
    billion: `mil${NBSP}millones`,
    million: (v) => (v === 1 ? 'millón' : 'millones'),
    to: 'a',
    undated: 'sin fecha',
    oneIn: (n) => `alrededor de 1 de cada ${n}`,
  },
};

export interface Formatters {
  locale: Locale;
  /** "November 25, 2026" / "25 de noviembre de 2026": a UTC calendar day, never shifted by the reader's zone. */
  date: (date: Date) => string;
  /** "Dec 2, 2026" / "2 dic 2026": the same day where a line has little room (the home page's byline). */
  shortDate: (date: Date) => string;
  /** A date at the precision it is known: "2024-07-30", "2025-07" ("July 2025"), "2025". */
  partialDate: (date: string) => string;
  /** A source's date as printed, or "undated". */
  sourceDate: (date: string | undefined) => string;
  /** Grouped whole or decimal number: "47,289". */
  number: (n: number) => string;
  /** A chart value: "$59.4 billion", "4.8%", "1.28 million", "47,289". */
  value: (value: number, unit: Unit) => string;
  /** The value in full, for tables and CSV: counts of people are never rounded to millions. */
  exact: (value: number, unit: Unit) => string;
  /** A source's range in one unit: "$12–39 billion", "1.2–1.3 million". */
  range: (low: number, high: number, unit: Unit) => string;
  /** "about 1 in 21" for 4.8%. */
  oneIn: (percent: number) => string;
}

const cache = new Map<Locale, Formatters>();

export function formatters(locale: Locale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const tag = LOCALE_INFO[locale].intl;
  const words = SCALE[locale];
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const sig3 = new Intl.NumberFormat(tag, { maximumSignificantDigits: 3 });
  const plain = new Intl.NumberFormat(tag);
  const long = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  /** The number and the scale word apart, so a range can share one word. */
  const parts = (value: number, unit: Unit): { prefix: string; number: string; suffix: string } => {
    switch (unit) {
      case 'usd_billions':
        // Under a billion, newsrooms write millions ("$900 million", "$900 millones"), as the text does.
        if (value > 0 && value < 1)
          return { prefix: '$', number: whole.format(value * 1000), suffix: `${NBSP}${words.million(value * 1000)}` };
        return { prefix: '$', number: oneDecimal.format(value), suffix: `${NBSP}${words.billion}` };
      case 'percent':
        return { prefix: '', number: oneDecimal.format(value), suffix: '%' };
      case 'people':
        return value >= 1e6
          ? {
              prefix: '',
              number: sig3.format(value / 1e6),
              suffix: `${NBSP}${words.million(Number(sig3.format(value / 1e6)))}`,
            }
          : { prefix: '', number: whole.format(value), suffix: '' };
    }
  };
  const value = (v: number, unit: Unit) => {
    const p = parts(v, unit);
    return `${p.prefix}${p.number}${p.suffix}`;
  };
  const partialDate = (date: string) => {
    const [year, m, day] = date.split('-');
    if (!m) return year;
    const utc = new Date(Date.UTC(Number(year), Number(m) - 1, day ? Number(day) : 1));
    return (day ? long : month).format(utc);
  };
  const made: Formatters = {
    locale,
    date: (d) => long.format(d),
    shortDate: (d) => short.format(d),
    partialDate,
    sourceDate: (d) => (d ? partialDate(d) : words.undated),
    number: (n) => plain.format(n),
    value,
    exact: (v, unit) => (unit === 'people' ? whole.format(v) : value(v, unit)),
    range: (low, high, unit) => {
      const lo = parts(low, unit);
      const hi = parts(high, unit);
      // Shared scale word ("billion", "million"): "$12–39 billion"; otherwise both in full.
      return lo.suffix && lo.suffix === hi.suffix && lo.suffix !== '%'
        ? `${lo.prefix}${lo.number}–${hi.number}${hi.suffix}`
        : `${value(low, unit)} ${words.to} ${value(high, unit)}`;
    },
    oneIn: (percent) => words.oneIn(Math.round(100 / percent)),
  };
  cache.set(locale, made);
  return made;
}

/** "2026-11-25" for <time datetime>. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
