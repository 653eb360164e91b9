import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { DIST, allPages, page } from '../setup/dist';
import { fileForPath } from '../bench/measure.mjs';
import { child, childrenNamed, parseXml } from '../setup/xml';

const log: { id: string; date: string; kind: string; scope: string; section?: string }[] = JSON.parse(
  readFileSync('content/en/corrections.json', 'utf8'),
);
const xml = readFileSync(`${DIST}/updates.xml`, 'utf8');
const feed = parseXml(xml);
const entries = childrenNamed(feed, 'entry');
/** The site's public origin, as the home page declares it (SITE_URL at build time). */
const origin = page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!;

/** True when an absolute URL of this site names a built page and, with a #fragment, an element on it. */
function resolves(url: string): boolean {
  const u = new URL(url);
  if (u.origin + '/' !== new URL('/', origin).href) return false;
  if (!existsSync(fileForPath(u.pathname, DIST))) return false;
  return !u.hash || page(u.pathname).querySelector(`[id="${decodeURIComponent(u.hash.slice(1))}"]`) !== null;
}

describe('/updates.xml, the Atom feed of the updates and corrections log', () => {
  it('is well-formed XML with an Atom root, its own id and self link, and the log page as alternate', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    const self = new URL('/updates.xml', origin).href;
    expect(child(feed, 'id').text).toBe(self);
    const links = childrenNamed(feed, 'link');
    expect(links.find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(self);
    const alternate = links.find((l) => l.attrs.rel === 'alternate')!.attrs.href!;
    expect(resolves(alternate), alternate).toBe(true);
    expect(child(feed, 'title').text.length).toBeGreaterThan(10);
    expect(child(child(feed, 'author'), 'name').text.length).toBeGreaterThan(3);
  });

  it('has exactly one entry per log entry, each dated as in the log, and the feed dated by the newest', () => {
    expect(entries).toHaveLength(log.length);
    const byId = new Map(entries.map((e) => [new URL(child(e, 'id').text).hash.replace('#log-', ''), e]));
    for (const item of log) {
      const entry = byId.get(item.id);
      expect(entry, item.id).toBeDefined();
      expect(child(entry!, 'updated').text, item.id).toBe(`${item.date}T00:00:00Z`);
      expect(
        childrenNamed(entry!, 'category').map((c) => c.attrs.term),
        item.id,
      ).toEqual([item.kind, item.scope]);
      expect(child(entry!, 'content').text.length, item.id).toBeGreaterThan(10);
    }
    const newest = log
      .map((e) => e.date)
      .sort()
      .at(-1);
    expect(child(feed, 'updated').text).toBe(`${newest}T00:00:00Z`);
  });

  it('links every entry to a built page: the section it concerns, or its own place in the log', () => {
    for (const entry of entries) {
      const id = child(entry, 'id').text;
      const href = child(entry, 'link').attrs.href!;
      expect(resolves(id), id).toBe(true);
      expect(resolves(href), href).toBe(true);
      const section = log.find((e) => id.endsWith(`#log-${e.id}`))?.section;
      if (section) expect(new URL(href).pathname, id).toBe(`/s/${section}/`);
    }
  });
});

describe('finding the feed', () => {
  it('is announced in the head of every page with rel="alternate" and the Atom type', () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const links = page(path).querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
      expect(links, path).toHaveLength(1);
      // Each edition announces its own feed.
      const feed = path.startsWith('/es/') ? '/es/updates.xml' : '/updates.xml';
      expect(new URL(links[0]!.getAttribute('href')!, origin).href, path).toBe(new URL(feed, origin).href);
      expect(links[0]!.getAttribute('title'), path).toBeTruthy();
    }
  });

  it('is linked, visibly, from the log itself', () => {
    const list = page('/updates/').querySelector('#corrections-log')!;
    expect(list).toBeTruthy();
    const link = page('/updates/').querySelectorAll('a[href="/updates.xml"]');
    expect(link.map((a) => a.text.trim())).toContain('Follow updates (Atom feed)');
  });
});
