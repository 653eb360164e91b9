import { z } from 'astro/zod';

/** One entry of the public corrections and updates log (`content/en/corrections.json`). */
export const correctionSchema = z
  .object({
    /** Stable id, e.g. "2026-11-25-published". */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Day the change was published (YYYY-MM-DD). */
    date: z.coerce.date({ error: 'must be a date like 2026-11-25' }),
    /** "correction" fixes an error; "update" adds or revises for new facts. */
    kind: z.enum(['correction', 'update']),
    /**
     * Who the entry is for. "development": the story moved or a fact we printed changed (news added: a
     * ruling, a filing, a report, a statement, a new figure; or a correction of a figure, date, name, quote,
     * attribution or description). "site": nothing a reader relies on changed (layout, charts redrawn,
     * translation, notes re-pointed to an original, a typo or stray note text). The home's Latest line and
     * the feed lead with developments. Rule of thumb: would someone who read the page last week now know
     * something different about the IRS and ICE? Then "development".
     */
    scope: z.enum(['development', 'site'], {
      message: 'say whether the entry is a "development" (news added, or a fact corrected) or a "site" change (layout, charts, translation, sourcing housekeeping); see content/AUTHORING.md',
    }),
    /** Optional one-line version for the home page's Latest line (development entries; at most 140 characters). */
    headline: z.string().min(10).max(140).optional(),
    /** Section id the change affects, if one. */
    section: z.string().optional(),
    /** What changed, in one or two plain sentences. */
    text: z.string().min(10),
    /** Place in the file, oldest first; set by the loader (src/content.config.ts), never written by hand. */
    position: z.number().int().nonnegative(),
  })
  .strict();

/** One entry of the log in another language (content/<locale>/corrections.json): its English entry's id and the text. */
export const correctionTextSchema = z
  .object({
    /** Id of the English entry this translates. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The entry's text in this language. */
    text: z.string().min(10),
    /** The entry's headline in this language, when the English entry has one. */
    headline: z.string().min(10).max(140).optional(),
  })
  .strict();
