import { describe, expect, it } from 'vitest';
import { chartSectionIds } from '../../src/lib/chart-assets';

// Which section a chart belongs to (its embed's "read more" link, its chart page, its files) is read from
// the MDX tree: a <Chart id> element, in page order, and nothing that only looks like one.
describe('chart placement', () => {
  it('gives each chart the first section that places it, and ignores markup quoted as code', () => {
    const sections = [
      {
        id: 'the-law',
        body: 'Write `<Chart id="lawsuits" />` to place a chart.\n\n```mdx\n<Chart id="taxes-by-level" />\n```\n',
      },
      { id: 'taxes-paid', body: 'Taxes.\n\n<Chart id="taxes-by-level" />\n\n<Chart id=\'taxes-by-state\' />\n' },
      { id: 'in-court', body: '<Chart id="lawsuits" />\n\nMore: <Chart id="taxes-by-level" />\n' },
    ];
    expect(Object.fromEntries(chartSectionIds(sections))).toEqual({
      'taxes-by-level': 'taxes-paid',
      'taxes-by-state': 'taxes-paid',
      lawsuits: 'in-court',
    });
  });
});
