// /og/<id>.png (and /es/og/<id>.png): the 1200×630 share image of every section, of the home page
// (home.png) and of the one-page summary (summary.png), drawn at build time from the same frontmatter
// the pages show, in the page's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuide, getSections } from '../../../content/load';
import { assertDistinctLeadNumbers, assertKeyFigureInText } from '../../../content/key-figures';
import { guideCard, homeCard, interFontFiles, renderCardPng, sectionCard, summaryCard, type CardInput } from '../../../lib/og-image';
import { eachLocale } from '../../../i18n/page';

export const getStaticPaths = (async () =>
  eachLocale(async (locale, params) => {
        const sections = await getSections(locale);
        // A card is seen without its section: its figure must be one the text prints, and no two cards may lead alike.
        sections.forEach(assertKeyFigureInText);
        assertDistinctLeadNumbers(sections);
        const clash = sections.find((s) => ['home', 'summary', 'itin'].includes(s.data.id));
        if (clash) throw new Error(`Section id "${clash.data.id}" (${clash.filePath}) is reserved for a share image; choose another id`);
        return [
          ...sections.map((s) => ({ params: { ...params, id: s.data.id }, props: { card: sectionCard(s.data, locale) } })),
          { params: { ...params, id: 'home' }, props: { card: homeCard(locale) } },
          { params: { ...params, id: 'summary' }, props: { card: summaryCard(locale) } },
          { params: { ...params, id: 'itin' }, props: { card: guideCard((await getGuide(locale)).data, locale) } },
        ];
  })) satisfies GetStaticPaths;

let fonts: ReturnType<typeof interFontFiles> | undefined;

export const GET: APIRoute<{ card: CardInput }> = async ({ props }) => {
  fonts ??= interFontFiles();
  const png = await renderCardPng(props.card, fonts);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
