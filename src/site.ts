/** Site-wide constants. The site's URL comes from SITE_URL (see src/lib/site-url.mjs), the reader
 * contact from CONTACT_EMAIL (see src/lib/contact.ts). */
import { contactRoute } from './lib/contact';

export const SITE = {
  /** Name shown in the header, on share cards and in <title>. */
  name: 'The IRS–ICE Data Agreement, Explained',
  /** Short name for tight spaces (share images, manifest). */
  shortName: 'IRS–ICE data, explained',
  /** Default description for pages without their own. */
  description:
    'How the IRS agreed in April 2025 to check ICE’s lists against taxpayer records, the law behind it, what the courts said, what data moved, and what undocumented immigrants pay in taxes.',
  /** Language of every page. */
  lang: 'en',
  /** Publisher named in JSON-LD and the footer. */
  publisher: 'The IRS–ICE Data Explainer project',
  /** Date the explainer was first published (YYYY-MM-DD). */
  published: '2026-11-25',
  /** The home page's headline (h1): describes, does not conclude. The header bar keeps `name`. */
  headline: 'What the IRS agreed to share with ICE, and what the courts have said since',
  /** The home page's dek, under the headline: short enough to leave a key number on a phone's first screen. */
  dek: 'In April 2025, the IRS agreed to check names sent by Immigration and Customs Enforcement against its records and provide last known addresses. Here is what the law allows, what data moved and where the court cases stand.',
  /** Byline under the home page headline. */
  byline: 'By the IRS–ICE Data Explainer project',
  /** Newest date up to which the cited sources were re-read (YYYY-MM-DD); shown beside "Updated". */
  sourcesCheckedThrough: '2026-12-01',
  /** Where readers report errors: mailto:CONTACT_EMAIL when set, else the public corrections log. */
  contact: contactRoute(process.env.CONTACT_EMAIL),
} as const;
