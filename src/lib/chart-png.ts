// Standalone chart SVGs (src/charts/standalone-svg.ts) rendered to PNG at build time with resvg, in the
// site's typeface from the project's own TrueType files (never the machine's fonts, so every build draws
// the same pixels). resvg loads the files itself.
import { Resvg } from '@resvg/resvg-js';
import { FAMILY, ttfPath } from './fonts';

/** An SVG drawn to PNG `width` px wide (its height follows the viewBox), text in Source Serif 4. */
export function svgToPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: [ttfPath(400), ttfPath(700)],
      defaultFontFamily: FAMILY,
      serifFamily: FAMILY,
      sansSerifFamily: FAMILY,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
