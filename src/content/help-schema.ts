import { z } from 'astro/zod';

// Where readers get official help (content/<locale>/help.json): one list per language, read by the ITIN
// guide, the home page's ITIN box and the printed one-page summary, so all three give the same places.
// Each language points at the official pages in that language where they exist.

/** A North American phone number as printed: 877-777-4778. */
const PHONE = /^\d{3}-\d{3}-\d{4}$/;

export const helpEntrySchema = z
  .object({
    /** Stable id, the same in every language: "irs-itin", "taxpayer-advocate". */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    /** Who or what it is, in the reader's words: "Taxpayer Advocate Service". */
    label: z.string().trim().min(3).max(80),
    /** The label on paper, where a line costs: "Taxpayer Advocate". */
    short: z.string().trim().min(3).max(48),
    /** The official page (https, a government site). */
    url: z
      .url({ error: 'must be an absolute URL' })
      .regex(/^https:\/\/([a-z0-9-]+\.)*(irs|justice|uscis)\.gov\//, 'must be an https page on irs.gov, justice.gov or uscis.gov'),
    /** The address as printed on paper, without https://: the office's own page address, as the link goes. */
    printed: z.string().trim().min(5).max(80).regex(/^[a-z0-9.-]+\.gov(\/\S*)?$/, 'must be an address like taxpayeradvocate.irs.gov, without https://'),
    /** Toll-free number, if the office gives one. */
    phone: z.string().regex(PHONE, 'must be written like 877-777-4778').optional(),
    /** What it is for, in one short sentence. */
    note: z.string().trim().min(10).max(160),
    /** The page is in English although the list is not (said to the reader). */
    englishOnly: z.boolean().optional(),
  })
  .strict();

export const helpSchema = z.object({ entries: z.array(helpEntrySchema).min(3).max(6) });

export type HelpEntry = z.infer<typeof helpEntrySchema>;
