// /og/<id>.png (and /es/og/<id>.png): the 1200×630 share image of every section, of the home page
// (home.png) and of the one-page summary (summary.png), drawn at build time from the same frontmatter
// the pages show, in the page's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuide, getSections } from '../../../content/load';
import { guideCard, homeCard, renderCardPng, sectionCard, summaryCard, type CardInput } from '../../../lib/og-image';
import { eachLocale } from '../../../i18n/page';

export const getStaticPaths = (async () =>
  eachLocale(async (locale, params) => {
    // The content rules the cards rely on (figures the text prints, distinct lead numbers, no section
    // named like the home, summary or guide card) are checked where sections are loaded (src/content/).
    const sections = await getSections(locale);
    return [
      ...sections.map((s) => ({ params: { ...params, id: s.data.id }, props: { card: sectionCard(s.data, locale) } })),
      { params: { ...params, id: 'home' }, props: { card: homeCard(locale) } },
      { params: { ...params, id: 'summary' }, props: { card: summaryCard(locale) } },
      { params: { ...params, id: 'itin' }, props: { card: guideCard((await getGuide(locale)).data, locale) } },
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardInput }> = async ({ props }) => {
  const png = await renderCardPng(props.card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
