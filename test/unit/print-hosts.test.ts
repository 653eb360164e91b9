import { describe, expect, it } from 'vitest';
import { hostOf, rehypePrintHosts } from '../../src/lib/print-hosts.mjs';

const link = (href: string, text: string) => ({
  type: 'element',
  tagName: 'a',
  properties: { href } as Record<string, unknown>,
  children: [{ type: 'text', value: text }],
});

describe('the site printed after a source link', () => {
  it('is the host as a reader types it, and nothing for a link within the explainer', () => {
    expect(hostOf('https://www.irs.gov/newsroom/x?y=1')).toBe('irs.gov');
    expect(hostOf('https://tax.thomsonreuters.com/news/a')).toBe('tax.thomsonreuters.com');
    expect(hostOf('/s/in-court/')).toBeUndefined();
    expect(hostOf('#in-court-fn-1')).toBeUndefined();
  });

  it('is added to outside links in the content, unless the link’s words already name the site', () => {
    const links = [
      link('https://www.irs.gov/a', 'IRS statement'),
      link('https://www.irs.gov/', 'IRS.gov'),
      link('/sources/', 'All sources'),
    ];
    rehypePrintHosts()({
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: links }],
    });
    expect(links.map((l) => l.properties.dataHost)).toEqual(['irs.gov', undefined, undefined]);
  });
});
