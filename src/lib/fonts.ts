// The site's typeface files. The web page gets Source Serif 4 Bold as one WOFF2 (src/styles/type.css
// declares it; Vite emits it once under /_astro/). Share cards
// (satori) read the same Latin subset from @fontsource/source-serif-4 as WOFF; chart PNGs (resvg, which
// reads only TrueType) take the family's TTF files from @expo-google-fonts/source-serif-4. Both libraries
// take the files as they are: nothing here parses fonts.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

/** The family's name, as the page's CSS, the cards and the standalone SVGs name it. */
export const FAMILY = 'Source Serif 4';

export type Weight = 400 | 600 | 700;

const TTF: Record<Weight, string> = {
  400: '400Regular/SourceSerif4_400Regular.ttf',
  600: '600SemiBold/SourceSerif4_600SemiBold.ttf',
  700: '700Bold/SourceSerif4_700Bold.ttf',
};

/** Absolute path of the TrueType file of one weight (resvg loads fonts from files). */
export const ttfPath = (weight: Weight, root = process.cwd()) =>
  join(root, 'node_modules/@expo-google-fonts/source-serif-4', TTF[weight]);

const cache = new Map<string, Buffer>();
/** The TrueType bytes of one weight, read once (satori takes buffers). */
export function ttf(weight: Weight, root = process.cwd()): Buffer {
  const path = ttfPath(weight, root);
  if (!cache.has(path)) cache.set(path, readFileSync(path));
  return cache.get(path)!;
}

/** The Latin-subset WOFF of one weight, as the site serves it (satori reads WOFF, not WOFF2). */
export function webFont(weight: Weight, root = process.cwd()): Buffer {
  const path = join(
    root,
    'node_modules/@fontsource/source-serif-4/files',
    `source-serif-4-latin-${weight}-normal.woff`,
  );
  if (!cache.has(path)) cache.set(path, readFileSync(path));
  return cache.get(path)!;
}
