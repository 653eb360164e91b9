import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allPages, page } from '../setup/dist';

// A U.S. product writes "April 7, 2025", never the day-first "7 April 2025", in text, charts,
// cards' alt text, the summary and the log alike.
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const dayFirst = new RegExp(`\\b\\d{1,2} ${MONTH}\\b`, 'g');

describe('dates on every built page', () => {
  it.each(allPages())('%s writes no day-first date', (path) => {
    const text = page(path).text;
    expect(text.match(dayFirst) ?? []).toEqual([]);
  });

  it('the chart data downloads write no day-first date either', () => {
    const csv = readFileSync('dist/data/requests-vs-disclosed.csv', 'utf8');
    expect(csv).toMatch(/August 7, 2025/);
    expect(csv.match(dayFirst) ?? []).toEqual([]);
  });
});
