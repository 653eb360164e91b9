// The message `astro build` prints when a content entry fails its collection's schema, made without a
// build, so a unit test reads what a maintainer reads in the terminal ("sections → long-summary data
// does not match collection schema. … summary: must be at most 200 …"), not zod's issue objects. Our
// own small formatting (as Starlight keeps its own error map) rather than a deep import of Astro's
// internals; test/build/bad-content.test.ts checks one real build per loader against this text, so a
// change in Astro's wording fails there. The build prints the file under "Location:"; here it leads.
import { basename } from 'node:path';
import type { ZodType } from 'astro/zod';

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

/** Astro's words where a schema gives none: a missing field is "Required", a wrong type says what it got. Like
 *  Astro's, they lead with the field, which the message then names again ("shareTitle: shareTitle: Required"). */
function astroWords(issue: {
  code: string;
  input?: unknown;
  expected?: unknown;
  path?: PropertyKey[];
}): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const field = (issue.path ?? []).map(String).join('.');
  const words =
    issue.input === undefined
      ? 'Required'
      : `Expected type \`${shown(issue.expected)}\`, received \`${shown(typeof issue.input)}\``;
  return field ? `${field}: ${words}` : words;
}

/** "" when the data passes; otherwise "<file>: <what astro build prints>", markdown bold removed as in the terminal. */
export function contentError(
  schema: ZodType,
  data: unknown,
  where: { collection: string; file: string; id?: string },
): string {
  const result = schema.safeParse(data, { error: astroWords });
  if (result.success) return '';
  // The entry id the build names: sections are "en/sections/08-in-court", a summary is its language, "en".
  const id = where.id ?? basename(where.file).replace(/\.[^.]+$/, '');
  const lines = result.error.issues.map((issue) => `  ${issue.path.map(String).join('.')}: ${issue.message}`);
  return `${where.file}: ${[`${where.collection} → ${id} data does not match collection schema.\n`, ...lines, ''].join('\n')}`;
}

/** The "field: reason" lines of such a message, as the build prints them (one per problem). */
export const reasons = (message: string) =>
  message
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim());
