/** Site-wide constants. The site's URL comes from SITE_URL (see src/lib/site-url.mjs). */
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
} as const;
