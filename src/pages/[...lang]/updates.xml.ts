// /updates.xml (and /es/updates.xml): the Atom feed of the updates and corrections log in one
// language, each entry linked to the share page of the section it concerns. Same origin, built with the site.
import type { APIRoute } from 'astro';
import { getCorrections, getSections } from '../../content/load';
import { atomFeed } from '../../lib/atom-feed';
import { language, localeRoutes } from '../../i18n/page';
import type { Locale } from '../../i18n/locales';

export const getStaticPaths = localeRoutes;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props }) => {
  if (!site) throw new Error('updates.xml: the feed needs absolute addresses; set `site` in astro.config.mjs');
  const { locale } = props;
  const { t, p } = language(locale);
  const sections = new Map((await getSections(locale)).map((s) => [s.data.id, s.data]));
  const entries = (await getCorrections(locale)).map((entry) => {
    // An entry whose section is not built (fixture builds swap the sections out) links to its own
    // place in the log instead; test/build/links.test.ts checks the log's section links on the real site.
    const section = entry.section ? sections.get(entry.section) : undefined;
    return {
      id: entry.id,
      date: entry.date,
      kind: entry.kind,
      scope: entry.scope,
      text: entry.text,
      // The share headline stands alone in a feed reader, as it does in a social feed.
      section: section && { title: section.shareTitle, path: p.share(section.id) },
    };
  });
  const xml = atomFeed({
    locale,
    site,
    feedPath: p.feed,
    logPath: p.updates,
    siteName: t.site.name,
    author: t.site.publisher,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
