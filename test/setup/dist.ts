import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Parsed HTML of a built page, by site path ("/", "/s/in-court/"). */
export function page(path: string): HTMLElement {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`dist has no page for ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** Every built HTML page as a site path. */
export function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + relative(DIST, full).replace(/index\.html$/, '');
        out.push(rel);
      }
    }
  };
  walk(DIST);
  return out.sort();
}
