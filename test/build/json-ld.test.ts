import { describe, expect, it } from 'vitest';
import { allPages, page } from '../setup/dist';

// What search engines read: every page with JSON-LD gives valid JSON; article pages a NewsArticle with
// the properties Google's article guidance names; section pages a BreadcrumbList from the front page.
const withLd = allPages()
  .map((path) => ({
    path,
    blocks: page(path)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => s.textContent),
  }))
  .filter((p) => p.blocks.length > 0);
const parsed = withLd.map(({ path, blocks }) => ({
  path,
  data: blocks.map((b) => JSON.parse(b) as Record<string, unknown>),
}));
const canonical = (path: string) => page(path).querySelector('link[rel="canonical"]')!.getAttribute('href');

describe('JSON-LD', () => {
  it('is on the front page, the one-page explainer and every section page, in both editions', () => {
    const paths = withLd.map((p) => p.path);
    for (const path of ['/', '/es/', '/all/', '/es/all/', '/s/in-court/', '/es/s/in-court/'])
      expect(paths).toContain(path);
    // Guide pages (/itin/) join the list when they are built.
    expect(paths.filter((p) => /^\/(es\/)?s\//.test(p)).length).toBeGreaterThanOrEqual(24);
  });

  it('parses on every page that has it', () => {
    for (const { path, blocks } of withLd) for (const b of blocks) expect(() => JSON.parse(b), path).not.toThrow();
  });

  it('describes each article page as a NewsArticle with headline, description, dates, language, author, publisher and free access', () => {
    for (const { path, data } of parsed) {
      const article = data.find((d) => d['@type'] === 'NewsArticle');
      if (!article) continue;
      expect(article, path).toMatchObject({
        '@context': 'https://schema.org',
        headline: expect.stringMatching(/\S/),
        description: expect.stringMatching(/\S/),
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        inLanguage: path.startsWith('/es/') ? 'es' : 'en',
        author: { '@type': 'Organization', name: expect.stringMatching(/\S/) },
        publisher: { '@type': 'Organization', name: expect.stringMatching(/\S/) },
        isAccessibleForFree: true,
        url: canonical(path),
      });
      expect(String(article.dateModified) >= String(article.datePublished), path).toBe(true);
    }
    for (const path of ['/', '/es/', '/s/in-court/'])
      expect(
        parsed.find((p) => p.path === path)!.data.some((d) => d['@type'] === 'NewsArticle'),
        path,
      ).toBe(true);
  });

  it('gives every section page a BreadcrumbList: the front page, then the section at its own address', () => {
    const sectionPages = parsed.filter((p) => /^\/(es\/)?s\/[^/]+\/$/.test(p.path));
    for (const { path, data } of sectionPages) {
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as
        { itemListElement: { position: number; item: string; name: string }[] } | undefined;
      expect(crumbs, path).toBeTruthy();
      const items = crumbs!.itemListElement;
      expect(items.map((i) => i.position)).toEqual([1, 2]);
      expect(items[0]!.item).toBe(canonical(path.startsWith('/es/') ? '/es/' : '/'));
      expect(items[1]!.item).toBe(canonical(path));
      expect(items[1]!.name).toBe(page(path).querySelector('main h1')!.text.trim());
    }
  });
});
