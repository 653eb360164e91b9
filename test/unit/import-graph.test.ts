import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

// The layers of src/ as a maintainer relies on them: chart maths take words as input and never pick
// a language (src/chart-registry.ts joins the two), and no module reaches itself through its imports.
// The import graph is read with TypeScript's own parser (type-only and dynamic imports included).
const SRC = resolve('src');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.(ts|mts|mjs|js)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.mjs`,
    `${base}.js`,
    join(base, 'index.ts'),
    base.replace(/\.js$/, '.ts'),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const graph = new Map(
  modules(SRC).map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((d): d is string => d !== undefined);
    return [file, deps] as const;
  }),
);
const rel = (path: string) => relative(process.cwd(), path);

/** Every import cycle, each as the path from a module back to itself. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') found.push([...stack.slice(stack.indexOf(dep)), dep].map(rel));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  it('reads the modules it checks', () => {
    expect([...graph.keys()].map(rel)).toContain(join('src', 'charts', 'common.ts'));
    expect(graph.get(join(SRC, 'chart-registry.ts'))?.map(rel)).toContain(join('src', 'i18n', 'charts', 'index.ts'));
  });

  it('keeps the chart maths free of dictionaries: no module in src/charts/ imports src/i18n/', () => {
    const charts = join(SRC, 'charts');
    const i18n = join(SRC, 'i18n');
    const crossings = [...graph].flatMap(([file, deps]) =>
      file.startsWith(charts) ? deps.filter((d) => d.startsWith(i18n)).map((d) => `${rel(file)} → ${rel(d)}`) : [],
    );
    expect(crossings).toEqual([]);
  });

  it('has no import cycles, type-only imports included', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([]);
  });
});
