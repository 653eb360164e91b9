import { describe, expect, it } from 'vitest';
import { sourceLine, sourcePublishers } from '../../src/charts/source-line';

const andOthers = (n: number) => `and ${n} others`;

describe("a chart's one-line source", () => {
  it('names each publisher once, by its short name, the sources the rows cite first', () => {
    const sources = [
      { id: 'a', publisher: 'Institute on Taxation and Economic Policy', short: 'ITEP' },
      { id: 'b', publisher: 'CNN' },
      { id: 'c', publisher: 'Institute on Taxation and Economic Policy', short: 'ITEP' },
    ];
    expect(sourcePublishers(sources, [{ source: 'b' }])).toEqual(['CNN', 'ITEP']);
  });

  it('counts the publishers past four instead of listing them, but prints a fifth rather than "1 other"', () => {
    expect(sourceLine(['A', 'B', 'C', 'D', 'E'], andOthers)).toBe('A; B; C; D; E');
    expect(sourceLine(['A', 'B', 'C', 'D', 'E', 'F'], andOthers)).toBe('A; B; C; D and 2 others');
  });
});
