import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedInput } from '../../src/lib/atom-feed';
import { ui } from '../../src/i18n/ui';
import { child, childrenNamed, parseXml } from '../setup/xml';

const input: FeedInput = {
  locale: 'en',
  site: 'https://explainer.example.org/',
  feedPath: '/updates.xml',
  logPath: '/#corrections-log',
  siteName: 'The Explainer',
  author: 'The Explainer project',
  entries: [
    { id: 'first', date: new Date('2026-11-25'), kind: 'update', scope: 'development', text: 'First published.' },
    {
      id: 'later',
      date: new Date('2026-12-01'),
      kind: 'correction',
      scope: 'development',
      text: 'Fixed <a> & “b”.',
      section: { title: 'What ICE asked for', path: '/s/the-data/' },
    },
    {
      id: 'same-day',
      date: new Date('2026-11-25'),
      kind: 'update',
      scope: 'development',
      text: 'Added to the log after “first”.',
    },
  ],
};
const feed = parseXml(atomFeed(input));

describe('the Atom feed of the log', () => {
  it('is a well-formed Atom document with id, title, updated, author and self and alternate links', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' });
    expect(child(feed, 'id').text).toBe('https://explainer.example.org/updates.xml');
    expect(child(feed, 'title').text).toBe(ui('en').feed.title);
    expect(child(feed, 'updated').text).toBe('2026-12-01T00:00:00Z');
    expect(child(child(feed, 'author'), 'name').text).toBe('The Explainer project');
    const links = childrenNamed(feed, 'link').map((l) => l.attrs);
    expect(links).toContainEqual({
      rel: 'self',
      type: 'application/atom+xml',
      href: 'https://explainer.example.org/updates.xml',
    });
    expect(links).toContainEqual({
      rel: 'alternate',
      type: 'text/html',
      href: 'https://explainer.example.org/#corrections-log',
    });
  });

  it('has one entry per log entry, newest first, same-day entries latest-added first, as the page lists them', () => {
    const ids = childrenNamed(feed, 'entry').map((e) => child(e, 'id').text);
    expect(ids).toEqual(['later', 'same-day', 'first'].map((id) => `https://explainer.example.org/#log-${id}`));
  });

  it('gives each entry its kind, date, a link to what changed and the text, escaped', () => {
    const [later, sameDay] = childrenNamed(feed, 'entry');
    expect(child(later!, 'title').text).toBe('Correction: What ICE asked for');
    expect(child(later!, 'updated').text).toBe('2026-12-01T00:00:00Z');
    expect(child(later!, 'published').text).toBe('2026-12-01T00:00:00Z');
    expect(child(later!, 'link').attrs).toMatchObject({
      rel: 'alternate',
      href: 'https://explainer.example.org/s/the-data/',
    });
    expect(childrenNamed(later!, 'category').map((c) => c.attrs)).toEqual([
      { term: 'correction', label: 'Correction' },
      { term: 'development', label: 'News and corrections' },
    ]);
    expect(child(later!, 'content').attrs.type).toBe('text');
    expect(child(later!, 'content').text).toBe('Fixed <a> & “b”.');
    // Without a section, the entry links to its own place in the log.
    expect(child(sameDay!, 'title').text).toBe('Update: The Explainer');
    expect(child(sameDay!, 'link').attrs.href).toBe('https://explainer.example.org/#log-same-day');
  });

  it('speaks the language it is given: Spanish title, kinds and xml:lang', () => {
    const feed = parseXml(atomFeed({ ...input, locale: 'es' }));
    expect(feed.attrs['xml:lang']).toBe('es');
    expect(child(feed, 'title').text).toBe(ui('es').feed.title);
    const kinds = childrenNamed(feed, 'entry').flatMap((e) => childrenNamed(e, 'category').map((c) => c.attrs.label));
    expect(kinds).toContain('Corrección');
    expect(kinds).toContain('Actualización');
    expect(kinds).toContain('Novedades y correcciones');
  });

  it('leads with developments, newest first, then site changes, titled as such, though a site change is newer', () => {
    const siteChange = {
      id: 'layout',
      date: new Date('2026-12-05'),
      kind: 'update',
      scope: 'site',
      text: 'New layout.',
    } as const;
    const feed = parseXml(atomFeed({ ...input, entries: [...input.entries, siteChange] }));
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => child(e, 'id').text.split('#log-')[1])).toEqual(['later', 'same-day', 'first', 'layout']);
    expect(child(entries[3]!, 'title').text).toBe('Site change: The Explainer');
    expect(child(feed, 'updated').text).toBe('2026-12-05T00:00:00Z');
  });

  it('refuses an empty log and two entries with one id', () => {
    expect(() => atomFeed({ ...input, entries: [] })).toThrow(/no entries/);
    expect(() => atomFeed({ ...input, entries: [input.entries[0]!, input.entries[0]!] })).toThrow(
      /two log entries share the id "first"/,
    );
  });
});

describe('the strict XML reader the feed tests use', () => {
  it('rejects what an XML parser rejects: a mismatched tag, a raw ampersand, an unclosed element, no prolog', () => {
    const head = '<?xml version="1.0" encoding="utf-8"?>';
    expect(() => parseXml(`${head}<a><b></a></b>`)).toThrow(/closes/);
    expect(() => parseXml(`${head}<a>Fish & chips</a>`)).toThrow(/raw/);
    expect(() => parseXml(`${head}<a><b/>`)).toThrow(/never closed/);
    expect(() => parseXml('<a/>')).toThrow(/declaration/);
    expect(() => parseXml(`${head}<a x="1" x="2"/>`)).toThrow(/repeated/);
    expect(parseXml(`${head}<a x='&lt;'>&#x41;&amp;</a>`)).toMatchObject({ name: 'a', attrs: { x: '<' }, text: 'A&' });
  });
});
