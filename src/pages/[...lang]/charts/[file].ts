// /charts/<id>.png and /charts/<id>.svg: every chart as a file to download, drawn at build time from the
// same rows as the page. The SVG stands alone (its own <style>, text as text, no external reference); the
// PNG is that SVG rendered by resvg at 2× (1200 px wide), light colours, for slides and documents.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { eachLocale } from '../../../i18n/page';
import { SVG_WIDTH, standaloneSvg } from '../../../charts/standalone-svg';
import { chartAssets, standaloneInput } from '../../../lib/chart-assets';
import { svgToPng } from '../../../lib/chart-png';

/** The PNG's scale over the SVG's size: 2× (600 → 1200 px wide), sharp on a projector or a retina screen. */
export const PNG_SCALE = 2;

export const getStaticPaths = (async () =>
  eachLocale(async (locale, params) =>
    (await chartAssets(locale)).flatMap((asset) => [
      { params: { ...params, file: `${asset.id}.svg` }, props: { locale, asset, kind: 'svg' as const } },
      { params: { ...params, file: `${asset.id}.png` }, props: { locale, asset, kind: 'png' as const } },
    ]),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const svg = standaloneSvg(standaloneInput(props.asset, site ?? url.origin, props.locale));
  return props.kind === 'svg'
    ? new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } })
    : new Response(svgToPng(svg, SVG_WIDTH * PNG_SCALE), { headers: { 'Content-Type': 'image/png' } });
};
