// The site's public origin. Canonical, Open Graph and share URLs are built from it,
// so a deploy must set SITE_URL to the address readers will use.
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** @param {string | undefined} value */
export function siteUrl(value) {
  const raw = (value ?? '').trim() || DEFAULT_SITE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  if (url.search || url.hash) {
    throw new Error(`SITE_URL must not carry a query or fragment, got "${raw}"`);
  }
  return url.origin + url.pathname.replace(/\/?$/, '/');
}
