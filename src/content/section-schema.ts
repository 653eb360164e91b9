import { z } from 'astro/zod';

/** Ids a section cannot take: /og/<id>.png already names the share images of the home page, the summary and the ITIN guide. */
export const RESERVED_IDS: readonly string[] = ['home', 'summary', 'itin'];

/** Frontmatter of one explainer section (`content/en/sections/*.mdx`). */
export const sectionSchema = z
  .object({
    /**
     * Stable, URL-safe id: the `#anchor` on `/` and the share URL `/s/<id>/`.
     * Changing it breaks every link people have already shared; test/section-ids pins the list.
     */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "in-court"')
      .refine((id) => !RESERVED_IDS.includes(id), 'is reserved for the share images of the home page, the summary and the ITIN guide (/og/<id>.png); choose another id'),
    /** Heading shown on the page and in the table of contents; may be short ("In court"). */
    title: z.string().min(3).max(90),
    /** Share headline that stands alone in a feed: og:title, the card's title and the post text (20–80 characters). */
    shareTitle: z
      .string()
      .min(20, 'must be at least 20 characters: a share headline has to say what the section is about on its own')
      .max(80, 'must be at most 80 characters (it is the share card’s title and the post text)'),
    /** Short label for the table of contents; defaults to the title. */
    navTitle: z.string().min(2).max(40).optional(),
    /** Position on the page, 1 = first. Must be unique. */
    order: z.number().int().positive(),
    /** One or two plain sentences; becomes the share card's description (at most 200 characters). */
    summary: z.string().min(20).max(200, 'must be at most 200 characters (it becomes the share description)'),
    /**
     * Optional key figure for the share image, e.g. { value: "47,289", label: "addresses handed to ICE" }.
     * It must appear in the section's text, with its note, and no two sections may lead with the same number
     * (src/content/key-figures.ts checks both at build time).
     */
    keyFigure: z
      .object({
        /** The source's own qualifier, drawn small before the number: "approximately", "more than". */
        qualifier: z.string().min(2).max(24).optional(),
        /** The figure as printed, starting with its number, e.g. "$96.7 billion". */
        value: z.string().min(1).max(24).regex(/^\D{0,2}\d/, 'must start with the number (put "about", "nearly" … in qualifier)'),
        /** The range the text gives with the figure, as worded there: "range $147 billion to $479 billion". */
        range: z.string().min(3).max(48).optional(),
        /** What the figure counts, in a few words (100 characters at most: Spanish runs about a sixth longer). */
        label: z.string().min(3).max(100),
      })
      .strict()
      .optional(),
    /**
     * How the home page shows the section: "full" (the default), or "brief" for back matter such as the
     * methods: heading, summary and links to its own page (/s/<id>/, always in full), so / stays short.
     */
    onHome: z.enum(['full', 'brief']).default('full'),
    /** Date of the last substantive change to this section (YYYY-MM-DD). */
    updated: z.coerce.date({ error: 'must be a date like 2026-11-25' }),
  })
  .strict();

export type SectionData = z.infer<typeof sectionSchema>;

/** Throws if two sections share an id or an order; names the files involved. */
export function assertUniqueSections(entries: { filePath?: string; data: SectionData }[]): void {
  for (const key of ['id', 'order'] as const) {
    const seen = new Map<string | number, string>();
    for (const entry of entries) {
      const value = entry.data[key];
      const file = entry.filePath ?? '(unknown file)';
      const other = seen.get(value);
      if (other) {
        throw new Error(`Duplicate section ${key} "${value}" in ${other} and ${file}; each section needs its own ${key}`);
      }
      seen.set(value, file);
    }
  }
}
