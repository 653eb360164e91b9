import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, formatSourceDate, isoDay } from '../../src/lib/dates';

describe('dates', () => {
  it('prints a source date at the precision it is known: day, month or year', () => {
    expect(formatPartialDate('2024-07-30')).toBe('July 30, 2024');
    expect(formatPartialDate('2025-09-04')).toBe('September 4, 2025');
    expect(formatPartialDate('2025-07')).toBe('July 2025');
    expect(formatPartialDate('2026-02')).toBe('February 2026');
    expect(formatPartialDate('2025')).toBe('2025');
  });

  it('prints a calendar day the same in every time zone, with a matching datetime value', () => {
    const day = new Date('2026-11-25T00:00:00Z');
    expect(formatDate(day)).toBe('November 25, 2026');
    expect(isoDay(day)).toBe('2026-11-25');
  });
});

describe('formatSourceDate', () => {
  it('says "undated" for a source whose page shows no date, instead of guessing one', () => {
    expect(formatSourceDate(undefined)).toBe('undated');
    expect(formatSourceDate('2024-07')).toBe('July 2024');
  });
});
