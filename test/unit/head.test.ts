import { describe, expect, it } from 'vitest';
import { breadcrumbList, buildHead, newsArticle, type HeadTag } from '../../src/lib/head';
import { ui } from '../../src/i18n/ui';
import { SITE } from '../../src/site';

const site = 'https://explainer.example.org/';
/** Content of the meta tag with this name or property, if any. */
function meta(tags: HeadTag[], key: string): string | undefined {
  for (const t of tags) {
    if (t.tag === 'meta' && (t.attrs.property === key || t.attrs.name === key)) return t.attrs.content;
  }
  return undefined;
}

describe('buildHead', () => {
  const section = buildHead({
    title: 'In court',
    shareTitle: 'Where the three lawsuits over IRS–ICE data sharing stand',
    description: 'Where each lawsuit stands.',
    path: '/s/in-court/',
    site,
    type: 'article',
    image: { path: '/og/in-court.png', alt: 'In court: 42,695 unlawful disclosures' },
    published: '2026-11-25',
    modified: new Date('2026-11-26T00:00:00Z'),
  });

  it('titles a page "<page> | <site>" and the home page with the site name alone', () => {
    expect(section[0]).toEqual({ tag: 'title', text: `In court | ${SITE.name}` });
    expect(buildHead({ description: 'x', path: '/', site })[0]).toEqual({ tag: 'title', text: SITE.name });
  });

  it('gives the canonical link and og:url as the absolute URL of the page itself', () => {
    expect(section).toContainEqual({
      tag: 'link',
      attrs: { rel: 'canonical', href: 'https://explainer.example.org/s/in-court/' },
    });
    expect(meta(section, 'og:url')).toBe('https://explainer.example.org/s/in-court/');
  });

  it('makes the share image absolute and sizes it for a large card', () => {
    expect(meta(section, 'og:image')).toBe('https://explainer.example.org/og/in-court.png');
    expect(meta(section, 'og:image:width')).toBe('1200');
    expect(meta(section, 'og:image:height')).toBe('630');
    expect(meta(section, 'og:image:alt')).toMatch(/42,695/);
    expect(meta(section, 'twitter:card')).toBe('summary_large_image');
  });

  it('gives feeds the share headline (og:title, twitter:title) and keeps the short heading in <title>', () => {
    expect(meta(section, 'og:title')).toBe('Where the three lawsuits over IRS–ICE data sharing stand');
    expect(meta(section, 'twitter:title')).toBe('Where the three lawsuits over IRS–ICE data sharing stand');
    expect(section[0]).toEqual({ tag: 'title', text: `In court | ${SITE.name}` });
  });

  it('points every page, the 404 included, at the updates feed on its own origin', () => {
    for (const tags of [section, buildHead({ description: 'x', path: '/404/', site, noindex: true })]) {
      const feeds = tags.filter(
        (t) => t.tag === 'link' && t.attrs.rel === 'alternate' && t.attrs.type === 'application/atom+xml',
      );
      expect(feeds).toHaveLength(1);
      expect(feeds[0]).toMatchObject({
        attrs: { href: '/updates.xml', title: expect.stringMatching(/^Updates and corrections/) },
      });
    }
  });

  it('uses the description for meta, Open Graph and Twitter alike', () => {
    for (const key of ['description', 'og:description', 'twitter:description']) {
      expect(meta(section, key)).toBe('Where each lawsuit stands.');
    }
  });

  it('describes an article to search engines as a NewsArticle: headline, description, dates, language, author, publisher, free to read', () => {
    const ld = section.find((t) => t.tag === 'script');
    expect(ld).toBeDefined();
    const data = JSON.parse((ld as { text: string }).text);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Where the three lawsuits over IRS–ICE data sharing stand',
      description: 'Where each lawsuit stands.',
      datePublished: '2026-11-25',
      dateModified: '2026-11-26',
      inLanguage: 'en',
      author: { '@type': 'Organization', name: SITE.publisher },
      publisher: { '@type': 'Organization', name: SITE.publisher, logo: { '@type': 'ImageObject' } },
      isAccessibleForFree: true,
    });
  });

  it('describes the same article in Spanish with the Spanish publisher and language', () => {
    const data = newsArticle({
      title: 'En los tribunales',
      description: 'Dónde está cada demanda.',
      path: '/es/s/in-court/',
      site,
      type: 'article',
      published: '2026-11-25',
      modified: '2026-11-26',
      locale: 'es',
    });
    expect(data).toMatchObject({
      inLanguage: 'es',
      url: 'https://explainer.example.org/es/s/in-court/',
      publisher: { name: ui('es').site.publisher },
    });
  });

  it('refuses an article page without its publication and modification dates', () => {
    expect(() => buildHead({ title: 'x', description: 'x', path: '/x/', site, type: 'article' })).toThrow(
      /published and modified/,
    );
  });

  it('gives a page with breadcrumbs a BreadcrumbList, positions from 1, with absolute addresses', () => {
    const tags = buildHead({
      title: 'In court',
      description: 'x',
      path: '/s/in-court/',
      site,
      breadcrumbs: [
        { name: 'Front page', path: '/' },
        { name: 'In court', path: '/s/in-court/' },
      ],
    });
    const lists = tags
      .filter((t) => t.tag === 'script')
      .map((t) => JSON.parse((t as { text: string }).text))
      .filter((d) => d['@type'] === 'BreadcrumbList');
    expect(lists).toEqual([
      breadcrumbList(
        [
          { name: 'Front page', path: '/' },
          { name: 'In court', path: '/s/in-court/' },
        ],
        site,
      ),
    ]);
    expect(lists[0].itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Front page', item: 'https://explainer.example.org/' },
      { '@type': 'ListItem', position: 2, name: 'In court', item: 'https://explainer.example.org/s/in-court/' },
    ]);
  });

  it('cannot be broken out of its JSON-LD script by a title containing </script>', () => {
    const tags = buildHead({
      title: '</script><script>alert(1)</script>',
      description: 'x',
      path: '/',
      site,
      type: 'article',
      published: '2026-11-25',
      modified: '2026-11-26',
    });
    const ld = tags.find((t) => t.tag === 'script') as { text: string };
    expect(ld.text).not.toContain('</script>');
  });

  it('falls back to a small Twitter card without an image', () => {
    const tags = buildHead({ description: 'x', path: '/404/', site, noindex: true });
    expect(meta(tags, 'twitter:card')).toBe('summary');
    expect(meta(tags, 'og:image')).toBeUndefined();
    expect(meta(tags, 'robots')).toBe('noindex');
  });

  it('refuses a relative path or an empty description', () => {
    expect(() => buildHead({ description: 'x', path: 's/x/', site })).toThrow(/path must start/);
    expect(() => buildHead({ description: ' ', path: '/x/', site })).toThrow(/no description/);
  });
});
