// The site's public origin. Canonical, Open Graph, feed and share URLs are built from it,
// so a deploy must set SITE_URL to the address readers will use.
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** Hosts that only ever mean "this machine": a deployment built with one would hand out dead links. */
const LOCAL_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * True when the build is for deployment (`npm run build:prod`, or DEPLOY=1 / DEPLOY=true in the
 * environment). Astro sets NODE_ENV=production for every build, local ones included, so it cannot tell.
 * @param {Record<string, string | undefined>} env
 */
export const isDeployBuild = (env) => /^(1|true|yes)$/i.test((env.DEPLOY ?? '').trim());

/**
 * The site URL with one trailing slash. Without a value it is the local preview address, which is
 * what `npm start` and the tests serve; a deployment build (deploy: true) instead requires an https
 * address that is not this machine, and says how to give one.
 * @param {string | undefined} value
 * @param {{ deploy?: boolean }} [options]
 */
export function siteUrl(value, { deploy = false } = {}) {
  const given = (value ?? '').trim();
  if (deploy && !given) {
    throw new Error(
      'SITE_URL is not set. A deployment build (npm run build:prod, DEPLOY=1) needs the https address readers will use, e.g. SITE_URL=https://explainer.example.org/ npm run build:prod',
    );
  }
  const raw = given || DEFAULT_SITE_URL;
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
  if (deploy && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use https for a deployment build (DEPLOY=1), got "${raw}"`);
  }
  if (deploy && LOCAL_HOST.test(url.hostname)) {
    throw new Error(
      `SITE_URL points at this machine ("${url.hostname}"); a deployment build (DEPLOY=1) needs the public address, got "${raw}"`,
    );
  }
  return url.origin + url.pathname.replace(/\/?$/, '/');
}
