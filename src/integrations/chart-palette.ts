// The chart colours as CSS, generated from the palette table (src/charts/palette.ts) whenever the site
// is built or served: components import 'virtual:chart-palette.css' and get paletteCss(), so the
// stylesheet can never drift from the table, and nothing writes it to disk.
import type { AstroIntegration } from 'astro';
import { paletteCss } from '../charts/palette';

/** What components import. */
export const PALETTE_CSS = 'virtual:chart-palette.css';
// A path-like id ending in .css, so Vite's CSS pipeline bundles it into the one stylesheet.
const RESOLVED = '/__chart-palette.css';

/** The Vite plugin behind the virtual module (exported for the unit test). The table is read when the
 *  config loads, so after editing a colour restart `npm run dev` (a build always reads it afresh). */
export function chartPaletteVitePlugin() {
  return {
    name: 'chart-palette-css',
    resolveId: (id: string) => (id === PALETTE_CSS ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? paletteCss() : undefined),
  };
}

/** Adds the plugin to the site's Vite config (astro.config.mjs). */
export const chartPalette = (): AstroIntegration => ({
  name: 'chart-palette',
  hooks: {
    'astro:config:setup': ({ updateConfig }) => {
      updateConfig({ vite: { plugins: [chartPaletteVitePlugin()] } });
    },
  },
});
