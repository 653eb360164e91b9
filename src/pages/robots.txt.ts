// /robots.txt: everything may be crawled; the sitemap's address must be absolute, so it is
// built from the site URL (SITE_URL) rather than kept as a static file in public/.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
