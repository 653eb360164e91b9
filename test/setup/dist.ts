import { existsSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileForPath, htmlPages } from '../bench/measure.mjs';

export const DIST = 'dist';

/** Parsed HTML of a built page, by site path ("/", "/s/in-court/", "/404.html"). */
export function page(path: string): HTMLElement {
  const file = fileForPath(path, DIST);
  if (!existsSync(file)) throw new Error(`dist has no page for ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** Every built HTML page as a site path (the same walk the byte budgets and the bench use). */
export const allPages = (): string[] => htmlPages(DIST);
