// How readers reach the editors ("Report an error"). A deploy sets one of:
//   CONTACT_EMAIL=corrections@example.org            → a mailto: link showing the address
//   CONTACT_URL=https://github.com/org/repo/issues/new → a link to an issue tracker or a form
// A deployment build (DEPLOY=1, `npm run build:prod`) without either stops before writing anything
// (astro.config.mjs calls contactSetting first), as it does without SITE_URL: a published explainer must
// offer a working way to report an error. A local build falls back to the public corrections log.

import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { ui } from '../i18n/ui';

export interface ContactRoute {
  href: string;
  /** Link text: the address, or "Report an error". */
  label: string;
  /** email: CONTACT_EMAIL; url: CONTACT_URL; log: no setting (local builds only), the corrections log. */
  kind: 'email' | 'url' | 'log';
}

/** The environment variables the contact route reads. */
export interface ContactEnv {
  CONTACT_EMAIL?: string;
  CONTACT_URL?: string;
}

export type ContactSetting = { kind: 'email'; email: string } | { kind: 'url'; url: string };

// Deliberately simple: one @, no spaces, a dot in the domain. Enough to catch a typo'd setting.
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/;
/** Hosts that only ever mean "this machine": a reader's browser would find nothing there. */
const LOCAL_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

const HOW =
  'Set CONTACT_EMAIL (e.g. CONTACT_EMAIL=corrections@example.org) or CONTACT_URL (an https issue tracker or form, e.g. CONTACT_URL=https://github.com/<org>/<repo>/issues/new)';

/**
 * Reads and checks CONTACT_EMAIL / CONTACT_URL. Returns undefined when neither is set, except in a
 * deployment build (deploy: true), which throws naming both variables. A malformed value always throws.
 */
export function contactSetting(
  env: ContactEnv,
  { deploy = false }: { deploy?: boolean } = {},
): ContactSetting | undefined {
  const email = (env.CONTACT_EMAIL ?? '').trim();
  const url = (env.CONTACT_URL ?? '').trim();
  if (email && url) {
    throw new Error(
      `CONTACT_EMAIL and CONTACT_URL are both set ("${email}", "${url}"); set only one: it is the single "Report an error" route readers get`,
    );
  }
  if (email) {
    if (!EMAIL.test(email))
      throw new Error(`CONTACT_EMAIL must be one e-mail address like corrections@example.org, got "${email}"`);
    return { kind: 'email', email };
  }
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`CONTACT_URL must be an absolute https address (an issue tracker or a form), got "${url}"`);
    }
    if (parsed.protocol !== 'https:') throw new Error(`CONTACT_URL must use https, got "${url}"`);
    if (parsed.username || parsed.password)
      throw new Error(`CONTACT_URL must not carry a user name or password, got "${url}"`);
    if (LOCAL_HOST.test(parsed.hostname) || !parsed.hostname.includes('.')) {
      throw new Error(`CONTACT_URL must be a public address readers can reach, got "${url}"`);
    }
    return { kind: 'url', url: parsed.href };
  }
  if (deploy) {
    throw new Error(
      `No way for readers to report an error: a deployment build (npm run build:prod, DEPLOY=1) needs CONTACT_EMAIL or CONTACT_URL. ${HOW}.`,
    );
  }
  return undefined;
}

/**
 * The "Report an error" link in a language. Takes the environment (CONTACT_EMAIL, CONTACT_URL), or,
 * as before, a CONTACT_EMAIL value alone. Throws a clear error for a malformed setting.
 */
export function contactRoute(env: ContactEnv | string | undefined, locale: Locale = DEFAULT_LOCALE): ContactRoute {
  const setting = contactSetting(typeof env === 'object' ? env : { CONTACT_EMAIL: env });
  const t = ui(locale);
  if (setting?.kind === 'email') return { href: `mailto:${setting.email}`, label: setting.email, kind: 'email' };
  if (setting?.kind === 'url') return { href: setting.url, label: t.home.reportError, kind: 'url' };
  return { href: paths(locale).updates, label: t.home.reportError, kind: 'log' };
}

/** The contact route of this build (process.env) in a language: what pages and components use. */
export const buildContact = (locale: Locale = DEFAULT_LOCALE): ContactRoute =>
  contactRoute({ CONTACT_EMAIL: process.env.CONTACT_EMAIL, CONTACT_URL: process.env.CONTACT_URL }, locale);
