// /updates.xml: the Atom feed of the updates and corrections log (content/corrections.json), each
// entry linked to the share page of the section it concerns. Same origin, built with the site.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSections } from '../lib/sections';
import { sharePath } from '../lib/share-links';
import { FEED_PATH, LOG_PATH, atomFeed } from '../lib/atom-feed';
import { SITE } from '../site';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('updates.xml: the feed needs absolute addresses; set `site` in astro.config.mjs');
  const sections = new Map((await getSections()).map((s) => [s.data.id, s.data]));
  const log = await getCollection('corrections');
  const entries = log.map(({ data }) => {
    // An entry whose section is not built (fixture builds swap the sections out) links to its own
    // place in the log instead; test/build/links.test.ts checks the log's section links on the real site.
    const section = data.section ? sections.get(data.section) : undefined;
    return {
      id: data.id,
      date: data.date,
      kind: data.kind,
      text: data.text,
      // The share headline stands alone in a feed reader, as it does in a social feed.
      section: section && { title: section.shareTitle, path: sharePath(section.id) },
    };
  });
  const xml = atomFeed({
    lang: SITE.lang,
    site,
    feedPath: FEED_PATH,
    logPath: LOG_PATH,
    siteName: SITE.name,
    author: SITE.publisher,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
