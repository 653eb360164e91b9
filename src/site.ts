/** Site-wide facts that are the same in every language. The site's URL comes from SITE_URL (see
 * src/lib/site-url.mjs), the reader contact from CONTACT_EMAIL or CONTACT_URL (see src/lib/contact.ts); the site's
 * name, headline, dek and byline are words, so they live in each language's dictionary (src/i18n/ui/). */
import { buildContact } from './lib/contact';
import { parseEditors } from './lib/editors';
import { en } from './i18n/ui/en';

export const SITE = {
  /** Date the explainer was first published (YYYY-MM-DD). */
  published: '2026-11-25',
  /** Newest date up to which the cited sources were re-read (YYYY-MM-DD); shown beside "Updated". */
  sourcesCheckedThrough: '2026-12-07',
  /** Where readers report errors: mailto:CONTACT_EMAIL or CONTACT_URL when set, else (local builds) the corrections log. */
  contact: buildContact(),
  /** The editors named in the byline, from EDITORS ("Name One, Name Two"); [] names the project instead. */
  editors: parseEditors(process.env.EDITORS),
  /** The English words of the site (name, headline, dek, byline…), for code and tests that run in English. */
  ...en.site,
} as const;
