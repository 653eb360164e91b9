import { z } from 'astro/zod';

/** Frontmatter of one explainer section (`content/sections/*.mdx`). */
export const sectionSchema = z
  .object({
    /**
     * Stable, URL-safe id: the `#anchor` on `/` and the share URL `/s/<id>/`.
     * Changing it breaks every link people have already shared; test/section-ids pins the list.
     */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "in-court"'),
    /** Heading shown on the page, in the table of contents and on the share card. */
    title: z.string().min(3).max(90),
    /** Short label for the table of contents; defaults to the title. */
    navTitle: z.string().min(2).max(40).optional(),
    /** Position on the page, 1 = first. Must be unique. */
    order: z.number().int().positive(),
    /** One or two plain sentences; becomes the share card's description (at most 200 characters). */
    summary: z.string().min(20).max(200, 'must be at most 200 characters (it becomes the share description)'),
    /** Optional key figure for the share image, e.g. { value: "47,289", label: "addresses handed to ICE" }. */
    keyFigure: z
      .object({
        /** The figure as printed, e.g. "$96.7 billion". */
        value: z.string().min(1).max(24),
        /** What the figure counts, in a few words. */
        label: z.string().min(3).max(90),
      })
      .strict()
      .optional(),
    /** Date of the last substantive change to this section (YYYY-MM-DD). */
    updated: z.coerce.date(),
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
