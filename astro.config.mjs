// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrl } from './src/lib/site-url.mjs';
import { remarkCitations } from './src/lib/remark-citations.mjs';
import { rehypeScopeIds } from './src/lib/rehype-scope-ids.mjs';

export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  trailingSlash: 'always',
  // Fixture builds in the tests set their own cache so they never share a content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
  // Scripts ship as files, never inline, so the CSP can say script-src 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    remarkPlugins: [remarkCitations],
    rehypePlugins: [rehypeScopeIds],
  },
});
