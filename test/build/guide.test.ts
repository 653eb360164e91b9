import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { page } from '../setup/dist';
import { sitemapPages } from '../bench/measure.mjs';
import { paths } from '../../src/i18n/paths';
import { LOCALES } from '../../src/i18n/locales';
import { contactRoute } from '../../src/lib/contact';
import { deployEnv } from '../setup/deploy-env';

// The guide for ITIN filers (/itin/, /es/itin/), the home page's ITIN box and the contents' first entry,
// as a reader of each edition meets them in the built site.
interface HelpEntry {
  id: string;
  label: string;
  short: string;
  url: string;
  printed: string;
  phone?: string;
  englishOnly?: boolean;
}
const editions = LOCALES.filter((l) => existsSync(`content/${l}/guide.mdx`));
const help = (locale: string): HelpEntry[] => JSON.parse(readFileSync(`content/${locale}/help.json`, 'utf8')).entries;
const english = help('en');

describe.each(editions)('the %s edition', (locale) => {
  const p = paths(locale);
  const doc = page(p.guide);
  const body = doc.querySelector('main article')!;
  const mine = help(locale);

  it('has the guide at its own address, in its language, with an h1 that names the ITIN', () => {
    expect(doc.querySelector('html')?.getAttribute('lang')).toMatch(new RegExp(`^${locale}`));
    const h1 = doc.querySelectorAll('h1');
    expect(h1).toHaveLength(1);
    expect(h1[0].text).toMatch(/\bITIN\b/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${p.guide}$`));
  });

  it('is listed in the sitemap and has its own share card', () => {
    expect(sitemapPages()).toContain(p.guide);
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
      new RegExp(`${p.card('itin')}$`),
    );
    expect(existsSync(`dist${p.card('itin')}`)).toBe(true);
  });

  it('says plainly, once, that it is not legal advice', () => {
    const said = body.querySelectorAll('.not-advice').map((a) => a.text);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(locale === 'en' ? /This is not legal advice\./ : /Esto no es asesoría legal\./);
  });

  it('cites a note in every paragraph and list item that has a figure', () => {
    const blocks = body
      .querySelectorAll('p, li')
      .filter(
        (el) =>
          !el.closest('.footnotes, .official-help, .not-advice, .meta') &&
          /\d/.test(el.text.replace(/Note \d+|Nota \d+/g, '')),
      );
    expect(blocks.length).toBeGreaterThan(5);
    const uncited = blocks.filter((el) => !el.querySelector('a[data-footnote-ref]')).map((el) => el.text.slice(0, 80));
    expect(uncited).toEqual([]);
  });

  it('links every official page of its help list, in its own language where the office publishes one', () => {
    const links = body.querySelectorAll('#official-help li > a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(mine.map((h) => h.url));
    if (locale !== 'en') {
      const englishUrls = new Set(english.map((h) => h.url));
      const shared = mine.filter((h) => englishUrls.has(h.url));
      // A page only in English is marked so for the reader.
      for (const h of shared) expect(h.englishOnly, h.id).toBe(true);
      expect(body.querySelector('#official-help')!.text).toContain('(en inglés)');
    }
  });

  it('gives the Taxpayer Advocate’s toll-free number as a link a phone can call', () => {
    const advocate = body.querySelector('#official-help li[data-help="taxpayer-advocate"]')!;
    expect(advocate.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:+18777774778');
    expect(advocate.text).toContain('877-777-4778');
  });

  it('puts an "If you file with an ITIN" box on the home page, right after the key numbers, with the official links and the guide', () => {
    const home = page(p.home);
    const box = home.querySelector('.itin-box')!;
    expect(box, 'ITIN box').toBeTruthy();
    expect(box.querySelector('h2')?.text).toMatch(/ITIN/);
    expect(box.previousElementSibling?.classList.contains('story-numbers'), "right after the story's key numbers").toBe(
      true,
    );
    expect(box.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining([p.guide, ...mine.map((h) => h.url)]),
    );
  });

  it('lists the guide first in the contents of the reading pages (each section and the whole explainer)', () => {
    for (const path of [p.share('the-law'), p.all]) {
      const first = page(path).querySelector('nav.toc a');
      expect(first?.getAttribute('href'), path).toBe(p.guide);
    }
  });

  it('prints the same official help on the one-page summary, with addresses and phone numbers', () => {
    const printed = page(p.summary).querySelector('.summary-help')!.text.replace(/\s+/g, ' ');
    for (const h of mine) {
      expect(printed, h.id).toContain(`${h.short}: ${h.printed}`);
      if (h.phone) expect(printed, h.id).toContain(h.phone);
    }
  });
});

describe('the official help list', () => {
  it('names the same offices in every edition', () => {
    for (const locale of editions) expect(help(locale).map((h) => h.id)).toEqual(english.map((h) => h.id));
  });
});

describe.each(editions)('how a reader of the %s edition reports an error', (locale) => {
  // The build's own route (CONTACT_EMAIL or CONTACT_URL), from the environment the suite builds with.
  const env = deployEnv(process.env);
  const route = contactRoute({ CONTACT_EMAIL: env.CONTACT_EMAIL, CONTACT_URL: env.CONTACT_URL }, locale);

  it('finds the way in Sources and methods, as a sentence with a working link', () => {
    const sentence = page(paths(locale).share('sources-and-methods')).querySelector('.report-error')!;
    expect(sentence, 'the report-an-error sentence').toBeTruthy();
    expect(sentence.querySelector('a')?.getAttribute('href')).toBe(route.href);
    // The words around the link keep their spaces: "write to corrections@example.org."
    if (route.kind === 'email')
      expect(sentence.text.replace(/\s+/g, ' ')).toMatch(new RegExp(`[a-z] ${route.label.replace(/\./g, '\\.')}\\.`));
  });
});
