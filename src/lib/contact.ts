// How readers reach the editors. A deploy sets CONTACT_EMAIL (e.g. corrections@example.org) to get a
// mailto: link; without it the route is the public corrections and updates log (/updates/),
// whose "About this explainer" note follows it.

import { LOG_PATH } from './atom-feed';

/** The page that holds the whole public corrections and updates log (the feed's alternate link too). */
export const CORRECTIONS_LOG = LOG_PATH;

export interface ContactRoute {
  href: string;
  /** Link text: the address, or a description of the log. */
  label: string;
  kind: 'email' | 'log';
}

// Deliberately simple: one @, no spaces, a dot in the domain. Enough to catch a typo'd setting.
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/;

/** The contact route for a CONTACT_EMAIL value; throws a clear error for a malformed address. */
export function contactRoute(value: string | undefined): ContactRoute {
  const email = (value ?? '').trim();
  if (!email) return { href: CORRECTIONS_LOG, label: 'Report an error', kind: 'log' };
  if (!EMAIL.test(email)) {
    throw new Error(`CONTACT_EMAIL must be one e-mail address like corrections@example.org, got "${email}"`);
  }
  return { href: `mailto:${email}`, label: email, kind: 'email' };
}
