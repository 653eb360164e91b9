import { z } from 'astro/zod';

/** The front page's file id: its note ids are scoped by it ("front-fn-1"). */
export const FRONT_ID = 'front';

/** The front page's own words, content/<locale>/front.mdx: the key numbers and the short version. */
export const frontSchema = z
  .object({
    /** Always "front": scopes the file's note and heading ids on the page (rehype-scope-ids). */
    id: z.literal('front'),
    /** Day the front page's words last changed (YYYY-MM-DD). */
    updated: z.coerce.date(),
  })
  .strict();

/** Most bullets in the short version, and most words in an English bullet (a translation may run 20% longer). */
export const FRONT_BULLETS = 6;
export const FRONT_BULLET_WORDS = 30;
export const TRANSLATION_SLACK = 1.2;

/** The short version's bullets in an MDX source: each "- **[Title](/#id).** text" line, as words a reader sees and the section it links. */
export function frontBullets(source: string): { section: string | undefined; words: number; text: string }[] {
  return source
    .split('\n')
    .filter((line) => /^- \*\*\[/.test(line))
    .map((line) => {
      const text = line
        .slice(2)
        .replace(/\[\^[^\]]+\]/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/<[^>]+>/g, '')
        .replace(/[*[\]]/g, '');
      return { section: /^- \*\*\[[^\]]+\]\(\/#([a-z0-9-]+)\)/.exec(line)?.[1], words: text.split(/\s+/).filter(Boolean).length, text };
    });
}
