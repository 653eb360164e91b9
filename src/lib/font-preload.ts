// The URL of the one web font file, for <link rel="preload"> (Vite emits it under /_astro/, the same
// file the @font-face in src/styles/type.css points at). Kept apart from fonts.ts, which Node reads at
// build time without Vite.
import headFont from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2?url';
export const HEAD_FONT_URL: string = headFont;
