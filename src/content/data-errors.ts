// How a dataset's problems read in the terminal: one line per problem, "file: row 3 ("Federal"), field
// "value": why", so a maintainer goes straight to the row.
import type { z } from 'astro/zod';

/** Words zod would not choose: a missing field reads "Required", as Astro words it for the other collections. */
export const datasetErrorWords = (issue: { code: string; input?: unknown }) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined;

/** Turns one zod issue into "file: row 3 ("Federal"), field "value": message". */
export function formatIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const [top, index, field, ...rest] = issue.path;
  const where = (() => {
    if (top === 'rows' && typeof index === 'number') {
      const rows = (data as { rows?: unknown })?.rows;
      const label = Array.isArray(rows) ? (rows[index] as { label?: unknown } | undefined)?.label : undefined;
      const name = typeof label === 'string' ? ` ("${label}")` : '';
      const key = field === undefined ? 'the row' : `field "${[field, ...rest].join('.')}"`;
      return `row ${index}${name}, ${key}`;
    }
    return issue.path.length ? `field "${issue.path.join('.')}"` : 'the file';
  })();
  return `${file}: ${where}: ${issue.message}`;
}

