// /og/chart-<id>.png: the 1200×630 share card of a chart's page (/c/<id>/), which is the chart itself:
// the same wide drawing from the same rows, under its takeaway, rendered at build time with resvg.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { CARD_BOX, chartCardSvg } from '../../../charts/standalone-svg';
import { chartRoutes, standaloneInput } from '../../../lib/chart-assets';
import { svgToPng } from '../../../lib/chart-png';
import { CARD } from '../../../lib/og-image';

export const getStaticPaths = chartRoutes satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  if (CARD_BOX.width * 2 !== CARD.width || CARD_BOX.height * 2 !== CARD.height) throw new Error('Chart card: CARD_BOX must be half the share card size');
  const svg = chartCardSvg(standaloneInput(props.asset, site ?? url.origin, props.locale));
  return new Response(svgToPng(svg, CARD.width), { headers: { 'Content-Type': 'image/png' } });
};
