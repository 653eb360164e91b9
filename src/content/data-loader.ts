// The datasets collection's loader: every file in content/data/ is checked with parseDataset() before
// the content layer stores it, so a bad file stops the build with one message listing every problem.
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import { parseDataset } from './data-schema';

/**
 * The glob loader over `<base>/*.json`, checking every file with `parseDataset` first so the
 * build stops with the file name, the row index and the field of the first bad rows.
 */
export function datasetLoader(base: string): Loader {
  const inner = glob({ pattern: '*.json', base });
  return {
    name: 'datasets-loader',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (entry) => {
          const near = entry.filePath ? relative(process.cwd(), entry.filePath) : `${entry.id}.json`;
          const file = near.startsWith('..') && entry.filePath ? entry.filePath : near;
          parseDataset(entry.data, file);
          return context.parseData(entry);
        },
      }),
  };
}
