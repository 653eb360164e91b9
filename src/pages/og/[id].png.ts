// /og/<id>.png: the 1200×630 share image of every section, of the home page (/og/home.png) and of
// the one-page summary (/og/summary.png), drawn at build time from the same frontmatter the pages show.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSections } from '../../lib/sections';
import { assertDistinctLeadNumbers, assertKeyFigureInText } from '../../content/key-figures';
import { HOME_CARD, SUMMARY_CARD, interFontFiles, renderCardPng, sectionCard } from '../../lib/og-image';

export const getStaticPaths = (async () => {
  const sections = await getSections();
  // A card is seen without its section: its figure must be one the text prints, and no two cards may lead alike.
  sections.forEach(assertKeyFigureInText);
  assertDistinctLeadNumbers(sections);
  const pages = [
    ...sections.map((s) => ({ params: { id: s.data.id }, props: { card: sectionCard(s.data) } })),
    { params: { id: 'home' }, props: { card: HOME_CARD } },
    { params: { id: 'summary' }, props: { card: SUMMARY_CARD } },
  ];
  const clash = sections.find((s) => s.data.id === 'home' || s.data.id === 'summary');
  if (clash) throw new Error(`Section id "${clash.data.id}" (${clash.filePath}) is reserved for a share image; choose another id`);
  return pages;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

let fonts: ReturnType<typeof interFontFiles> | undefined;

export const GET: APIRoute<Props> = async ({ props }) => {
  fonts ??= interFontFiles();
  const png = await renderCardPng(props.card, fonts);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
