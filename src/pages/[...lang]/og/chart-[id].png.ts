// /og/chart-<id>.png: the 1200×630 share card of a chart's page (/c/<id>/): the takeaway over the chart's
// key marks, from the same rows as the chart, drawn at build time like every card (src/lib/og-image.ts).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartRoutes, standaloneInput } from '../../../lib/chart-assets';
import { chartCard, renderCardPng } from '../../../lib/og-image';

export const getStaticPaths = chartRoutes satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const png = await renderCardPng(chartCard(standaloneInput(props.asset, site ?? url.origin, props.locale)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
