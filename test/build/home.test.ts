import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { page } from '../setup/dist';
import { fileForPath } from '../bench/measure.mjs';
import { paths } from '../../src/i18n/paths';
import { ui } from '../../src/i18n/ui';
import type { Locale } from '../../src/i18n/locales';

// The explainer's three ways in, as built: the front page (/), the whole explainer on one page (/all/),
// and each section's own reading page (/s/<id>/), in both editions.
const sectionIds = readdirSync('content/en/sections')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(`content/en/sections/${f}`, 'utf8'))
  .map((text) => ({ id: /^id:\s*(\S+)/m.exec(text)![1]!, order: Number(/^order:\s*(\d+)/m.exec(text)![1]) }))
  .sort((a, b) => a.order - b.order)
  .map((s) => s.id);

describe.each(['en', 'es'] as Locale[])('the %s edition', (locale) => {
  const p = paths(locale);
  const t = ui(locale);

  it('has one main landmark, a skip link to it and one h1 on the front page, the one-page explainer and a section page', () => {
    for (const path of [p.home, p.all, p.share('in-court')]) {
      const doc = page(path);
      expect(doc.querySelectorAll('main'), path).toHaveLength(1);
      expect(doc.querySelector('main')?.id).toBe('main');
      expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(doc.querySelectorAll('h1'), path).toHaveLength(1);
    }
  });

  it('keeps the whole explainer on one page: every section in full, in order, with its notes, and contents that list them', () => {
    const doc = page(p.all);
    const sections = doc.querySelectorAll('main section.section');
    expect(sections.map((s) => s.id)).toEqual(sectionIds);
    for (const s of sections) expect(s.querySelector('h2')?.text.trim(), s.id).toBeTruthy();
    expect(doc.querySelectorAll('main .section-brief')).toHaveLength(0);
    expect(doc.querySelectorAll('nav.toc ol a').map((a) => a.getAttribute('href'))).toEqual(
      sectionIds.map((id) => `#${id}`),
    );
    expect(doc.querySelectorAll('main .footnotes li').length).toBeGreaterThan(100);
  });

  it('has no element id used twice on the front page or the one-page explainer (notes and headings are scoped)', () => {
    for (const path of [p.home, p.all]) {
      const ids = page(path)
        .querySelectorAll('[id]')
        .map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        path,
      ).toEqual([]);
    }
  });

  it.each(sectionIds)(
    'gives %s a reading page: its place, the way to the front page and the one-page explainer, previous/next and the contents',
    (id) => {
      const doc = page(p.share(id));
      const at = sectionIds.indexOf(id);
      const place = doc.querySelector('.reading-place')!;
      expect(place.text).toContain(t.section.position(at + 1, sectionIds.length));
      const placeLinks = place.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(placeLinks).toEqual([p.home, p.inAll(id)]);
      expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
        at > 0 ? p.share(sectionIds[at - 1]!) : undefined,
      );
      expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
        at < sectionIds.length - 1 ? p.share(sectionIds[at + 1]!) : undefined,
      );
      const toc = doc.querySelectorAll('nav.toc ol a');
      expect(toc.map((a) => a.getAttribute('href'))).toEqual(sectionIds.map((s) => p.share(s)));
      expect(toc.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href'))).toEqual([
        p.share(id),
      ]);
      expect(doc.querySelector(`section#${id} h1`)).toBeTruthy();
    },
  );

  it('shows on each section page its last change of substance in one line, linked to the log', () => {
    for (const id of sectionIds) {
      const line = page(p.share(id)).querySelector('.last-change');
      if (!line) continue; // a section no development has touched
      const href = line.querySelector('a')!.getAttribute('href')!;
      expect(href).toMatch(new RegExp(`^${p.updates}#log-`));
      expect(page(p.updates).getElementById(href.split('#')[1]!), href).toBeTruthy();
    }
    expect(sectionIds.filter((id) => page(p.share(id)).querySelector('.last-change')).length).toBeGreaterThan(0);
  });

  it('splits the log page into developments and site changes, every entry in one of them', () => {
    const doc = page(p.updates);
    const dev = doc.getElementById('log-developments')!;
    const site = doc.getElementById('log-site')!;
    expect(dev.text.trim()).toBe(t.log.developments);
    expect(site.text.trim()).toBe(t.log.siteChanges);
    const log: { id: string; scope: string }[] = JSON.parse(readFileSync('content/en/corrections.json', 'utf8'));
    const listed = (h: typeof dev) =>
      h.nextElementSibling!.nextElementSibling!.querySelectorAll('li').map((li) => li.id.replace(/^log-/, ''));
    expect(listed(dev).sort()).toEqual(
      log
        .filter((e) => e.scope === 'development')
        .map((e) => e.id)
        .sort(),
    );
    expect(listed(site).sort()).toEqual(
      log
        .filter((e) => e.scope === 'site')
        .map((e) => e.id)
        .sort(),
    );
  });
});

describe('the built front page', () => {
  it('shows the last-updated date in the footer as a machine-readable date', () => {
    const time = page('/').querySelector('footer time');
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(time?.text).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });

  // What the HTML itself names (a preconnect or prefetch to another host makes no request a browser test sees);
  // the requests pages make as they run are checked on every page in test/browser/every-page.test.ts.
  it('names nothing to load from another origin on the front page and the one-page explainer of either edition', () => {
    const pages = (['en', 'es'] as Locale[]).flatMap((locale) => [paths(locale).home, paths(locale).all]);
    for (const file of pages.map((path) => fileForPath(path))) {
      const html = readFileSync(file, 'utf8');
      const external = [
        ...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="(https?:)?\/\/[^"]*"/g),
      ]
        .map((m) => m[0])
        // The canonical, sitemap and language-alternate links name addresses; they load nothing.
        .filter((tag) => !/rel="(canonical|sitemap)"/.test(tag) && !/rel="alternate" hreflang=/.test(tag));
      expect(external, file).toEqual([]);
    }
  });
});
