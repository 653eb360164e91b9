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
  })
  .strict();
