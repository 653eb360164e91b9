// Loads one JSON file per language, content/<locale>/<name>.json, as one entry per language (id =
// the locale). The glob loader wants objects; these files may be arrays (the log), and a test may
// point one language at a fixture file.
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * @param name file name in each language folder, e.g. "summary.json"
 * @param options.skip languages to leave out (the log's English entries load through their own collection)
 * @param options.override a file to load for a language instead of its own (tests)
 * @param options.wrap turns a file that is not an object (an array) into the entry's data
 */
export function localeJsonLoader(
  name: string,
  options: { skip?: string[]; override?: Record<string, string | undefined>; wrap?: (raw: unknown) => Record<string, unknown> } = {},
): Loader {
  return {
    name: `locale-json:${name}`,
    load: async ({ store, parseData }) => {
      store.clear();
      const root = './content';
      for (const locale of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name)).map((d) => d.name)) {
        if (options.skip?.includes(locale)) continue;
        const path = options.override?.[locale] ?? join(root, locale, name);
        if (!existsSync(path)) continue;
        const filePath = relative(process.cwd(), path);
        let raw: unknown;
        try {
          raw = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          throw new Error(`${filePath}: not valid JSON (${(error as Error).message})`);
        }
        // The schema sees the file as written (a log's array wrapped as { entries }), so errors name its own fields.
        const data = await parseData({ id: locale, data: options.wrap ? options.wrap(raw) : (raw as Record<string, unknown>), filePath });
        store.set({ id: locale, data, filePath });
      }
    },
  };
}
