import { describe, expect, it } from 'vitest';
import { TITLE_MAX, buildHead, pageTitle } from '../../src/lib/head';
import { SITE } from '../../src/site';

// Share pages carry the section title in <title>; long section titles must not push it past what
// search results show (and what html-validate's long-title rule allows).
describe('the <title> of a share page', () => {
  it('is "<section> | <site name>" when that fits', () => {
    expect(pageTitle('In court')).toBe(`In court | ${SITE.name}`);
  });

  it('falls back to the short site name, then to the section title alone, never running past the limit', () => {
    const medium = 'What undocumented immigrants pay in taxes';
    expect(`${medium} | ${SITE.name}`.length).toBeGreaterThan(TITLE_MAX);
    expect(pageTitle(medium)).toBe(`${medium} | ${SITE.shortName}`);
    const long = 'How many undocumented immigrants work, where, and in which industries';
    expect(pageTitle(long)).toBe(long);
    for (const t of [medium, long, 'x'.repeat(69)])
      expect(pageTitle(t).length).toBeLessThanOrEqual(Math.max(TITLE_MAX, t.length));
  });

  it('puts the share headline, not the short heading, in og:title when the section has one', () => {
    const shareTitle = 'What undocumented immigrants pay in taxes, and why estimates differ';
    const tags = buildHead({
      title: 'Taxes paid',
      shareTitle,
      description: 'x',
      path: '/s/taxes-paid/',
      site: 'https://explainer.example.org/',
    });
    expect(tags).toContainEqual({ tag: 'meta', attrs: { property: 'og:title', content: shareTitle } });
    expect(tags[0]).toEqual({ tag: 'title', text: pageTitle('Taxes paid') });
  });

  it('keeps the full section title in og:title whatever <title> says, when there is no share headline', () => {
    const title = 'What undocumented immigrants pay in taxes';
    const tags = buildHead({ title, description: 'x', path: '/s/taxes-paid/', site: 'https://explainer.example.org/' });
    expect(tags).toContainEqual({ tag: 'meta', attrs: { property: 'og:title', content: title } });
  });
});
