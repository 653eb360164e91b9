// How readers reach the editors. A deploy sets CONTACT_EMAIL (e.g. corrections@example.org) to get a
// mailto: link; without it the route is the public corrections and updates log (/updates/),
// whose "About this explainer" note follows it.

import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { ui } from '../i18n/ui';

export interface ContactRoute {
  href: string;
  /** Link text: the address, or a description of the log. */
  label: string;
  kind: 'email' | 'log';
}

// Deliberately simple: one @, no spaces, a dot in the domain. Enough to catch a typo'd setting.
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/;

/** The contact route for a CONTACT_EMAIL value; throws a clear error for a malformed address. */
export function contactRoute(value: string | undefined, locale: Locale = DEFAULT_LOCALE): ContactRoute {
  const email = (value ?? '').trim();
  if (!email) return { href: paths(locale).updates, label: ui(locale).home.reportError, kind: 'log' };
  if (!EMAIL.test(email)) {
    throw new Error(`CONTACT_EMAIL must be one e-mail address like corrections@example.org, got "${email}"`);
  }
  return { href: `mailto:${email}`, label: email, kind: 'email' };
}
