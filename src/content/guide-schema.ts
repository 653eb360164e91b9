import { z } from 'astro/zod';

/** Frontmatter of the guide for ITIN filers (content/<locale>/guide.mdx), shown at /itin/ and /es/itin/. */
export const guideSchema = z
  .object({
    /** Always "itin": scopes the page's heading and note ids (rehype-scope-ids) and names its share card. */
    id: z.literal('itin'),
    /** The page's h1: names the ITIN and the agreement, in the reader's words (max 110 characters). */
    title: z.string().min(10).max(110).regex(/\bITIN\b/, 'must name the ITIN: it is what the reader searches for'),
    /** Share headline for feeds and the card (20–80 characters), like a section's shareTitle. */
    shareTitle: z.string().min(20).max(80),
    /** One or two sentences: the card's and the search result's description (max 200 characters). */
    summary: z.string().min(20).max(200),
    /** Short label in the contents and the home page's box (max 40 characters). */
    navTitle: z.string().min(2).max(40),
    /**
     * The short answer the home page's ITIN box gives, 2–3 plain sentences (max 420 characters). No figures:
     * the box carries no notes, so every number stays on the guide page with its source.
     */
    answer: z
      .string()
      .min(40)
      .max(420)
      .refine((s) => !/\d/.test(s), 'must not contain figures or dates: the home box has no notes; put them in the guide with their sources'),
    /** Date of the last substantive change (YYYY-MM-DD). */
    updated: z.coerce.date(),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
