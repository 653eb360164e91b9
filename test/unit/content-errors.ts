// The message `astro build` prints when a content entry fails its collection's schema, made without a
// build: the schema runs with Astro's own error map and the text comes from Astro's own
// InvalidContentEntryDataError, so a unit test reads what a maintainer reads in the terminal
// ("sections → long-summary data does not match collection schema. … summary: must be at most 200 …"),
// not zod's issue objects. The build prints the file under "Location:"; here it leads the message.
// test/build/bad-content.test.ts checks one real build per loader against this text.
import { basename } from 'node:path';
import type { ZodType } from 'astro/zod';
// Not in Astro's public exports; if Astro moves these, this import fails loudly rather than silently.
import { AstroErrorData, errorMap } from '../../node_modules/astro/dist/core/errors/index.js';

/** "" when the data passes; otherwise "<file>: <what astro build prints>", markdown bold removed as in the terminal. */
export function contentError(schema: ZodType, data: unknown, where: { collection: string; file: string; id?: string }): string {
  const result = schema.safeParse(data, { error: errorMap });
  if (result.success) return '';
  // The entry id the build names: sections are "en/sections/08-in-court", a summary is its language, "en".
  const id = where.id ?? basename(where.file).replace(/\.[^.]+$/, '');
  const message = AstroErrorData.InvalidContentEntryDataError.message(where.collection, id, result.error);
  return `${where.file}: ${message.replace(/\*\*/g, '')}`;
}

/** The "field: reason" lines of such a message, as the build prints them (one per problem). */
export const reasons = (message: string) =>
  message
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim());
