// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { DEFAULT_SITE_URL, isDeployBuild, siteUrl } from './src/lib/site-url.mjs';
import { remarkCitations } from './src/lib/remark-citations.mjs';
import { rehypeScopeIds } from './src/lib/rehype-scope-ids.mjs';
import { remarkQuoteOriginals } from './src/lib/remark-quote-originals.mjs';
import { rehypePrintHosts } from './src/lib/print-hosts.mjs';
import { DEFAULT_LOCALE, LOCALE_INFO, PUBLISHED } from './src/i18n/locales.ts';
import { ui } from './src/i18n/ui/index.ts';
import { chartPalette } from './src/integrations/chart-palette.ts';
import { inlineFront } from './src/integrations/inline-front.ts';
import { paths } from './src/i18n/paths.ts';
import { contactSetting } from './src/lib/contact.ts';

// Without SITE_URL every absolute address (canonical, share links, social cards, the feed, the summary's
// QR code) points at the local preview server. Fine for `npm start` and tests; wrong for a deploy, so a
// deployment build (`npm run build:prod`, i.e. DEPLOY=1) stops instead: siteUrl() throws without an https SITE_URL.
const deploy = isDeployBuild(process.env);
if (!deploy && !process.env.SITE_URL?.trim()) {
  console.warn(
    `[site] SITE_URL is not set, so shared links and the summary's QR code point to ${DEFAULT_SITE_URL}/. Fine for a local preview; to deploy, run SITE_URL=https://<your host>/ npm run build:prod.`,
  );
}

// Checked here, before anything is written: SITE_URL first, then the reader contact (src/lib/contact.ts), which a
// deployment build requires (CONTACT_EMAIL or CONTACT_URL) and which fails on a malformed value in any build.
const site = siteUrl(process.env.SITE_URL, { deploy });
if (!contactSetting(process.env, { deploy })) {
  // Worded without "error": fixture builds treat that word in the output as a failure.
  console.warn(
    '[site] Neither CONTACT_EMAIL nor CONTACT_URL is set, so readers who want to write to the editors are sent to the corrections log. Fine for a local preview; a deployment build (npm run build:prod) needs one of them.',
  );
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace around elements that a line break separates, which
  // glues inline links and separators together ("updates ·Report an error"); `true` is the lossless
  // compression the components were written for.
  compressHTML: true,
  // Fixture builds in the tests set their own cache so they never share a content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // One stylesheet for the whole site, as a file: cached after the first page, and kept out of each page's
  // HTML (/all/ stays within its 80 kB brotli budget). The front pages alone carry it inline (inlineFront
  // below), so their first paint waits for no second file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // sitemap(): /sitemap-index.xml lists every page, including each section's share page /s/<id>/ and each chart's
  // page /c/<id>/, with its other-language versions (i18n: English at the root, other languages under /<locale>/),
  // but not the chart embeds /embed/<id>/ (noindex, canonical to their section).
  integrations: [
    mdx(),
    // The chart colours' stylesheet, generated from src/charts/palette.ts ('virtual:chart-palette.css').
    chartPalette(),
    sitemap({
      filter: (page) => !new URL(page).pathname.includes('/embed/'),
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(PUBLISHED.map((l) => [l, LOCALE_INFO[l].intl])),
      },
    }),
    // The front pages' stylesheet and script, inlined after the build with their CSP hashes
    // (src/integrations/inline-front.ts).
    inlineFront(PUBLISHED.map((l) => paths(l).home)),
  ],
  // Scripts ship as files, so the CSP can say script-src 'self' (the front pages add their inline copy's hash).
  // cssCodeSplit off gives the single stylesheet (in import order: global, print, components), not one per page.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Every page gets <meta http-equiv="content-security-policy">: script-src 'self' plus hashes of Astro's own
  // inline scripts (never 'unsafe-inline'), style-src 'self' plus a hash of each inlined <style>. The header
  // version in public/_headers adds what a meta tag cannot carry (frame-ancestors). See test/browser/privacy.test.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  // The MDX plugins are remark/rehype plugins, so .mdx runs on the unified processor (Astro 7's default,
  // Sätteri, runs no remark plugins). Footnote words are set once here, in the default language;
  // rehype-scope-ids gives each other language its own (the options apply to every file alike).
  // No code blocks in the content, so no highlighter: Shiki's inline styles would need 'unsafe-inline'.
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkCitations, remarkQuoteOriginals],
      rehypePlugins: [rehypeScopeIds, rehypePrintHosts],
      remarkRehype: {
        footnoteLabel: ui(DEFAULT_LOCALE).notes.heading,
        footnoteBackLabel: (/** @type {number} */ i, /** @type {number} */ again) =>
          ui(DEFAULT_LOCALE).notes.backLabel(`${i + 1}${again > 1 ? `-${again}` : ''}`),
      },
    }),
  },
});
