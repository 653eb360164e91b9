import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The Spanish edition's copy-desk rules that a machine can check, so a later edit cannot bring back a form the
// desk removed (content/AUTHORING.md, "Translating a section"). Each hit is named by file and line.
const FILES = [
  ...['content/es/sections', 'content/es/data'].flatMap((dir) => readdirSync(dir).map((f) => join(dir, f))),
  'content/es/summary.json',
  'content/es/corrections.json',
  'content/es/guide.mdx',
  'content/es/help.json',
  'src/i18n/ui/es.ts',
  'src/i18n/charts/es.ts',
];

/** Forms the desk replaced, each with what a U.S. Spanish newsroom writes instead. */
const RULES: [RegExp, string][] = [
  [/EE\.(?!\u00a0UU\.)\s*UU\./, '"EE. UU." with a non-breaking space, so it never splits across lines'],
  [
    /\b[Rr]eport(?:ar|a|an|ó|ado|ada|ados|adas|e|es)\b/,
    '"informar" / "informe" ("reportaje" and "reportero" are fine)',
  ],
  [/(?<=[\p{Ll},] )Sección \d/u, '"sección 6103": lower case inside a sentence'],
  [
    /abusó de su discreción|potencialmente|El punto simple|integridad y validez|hospitalidad/,
    'plain Spanish, not a calque of the English',
  ],
  [/«trad\.»/, '"(trad.)", as the pages print it'],
  [
    /información del contribuyente/,
    '"información tributaria" (return information) or "información aportada por el contribuyente" (taxpayer return information)',
  ],
  [/exhibición de pruebas/, '"descubrimiento de pruebas" (discovery), the one term'],
  [/medida cautelar/, '"orden judicial preliminar" (preliminary injunction), the one term'],
  [/Código de Impuestos Internos/, '"código tributario" (the code\'s one name)'],
];

function hits(file: string): string[] {
  // The dictionaries write the non-breaking space as an escape; read it as the character it prints.
  const lines = readFileSync(file, 'utf8').replaceAll('\\u00a0', '\u00a0').split('\n');
  return lines.flatMap((line, i) => {
    if (line.trimStart().startsWith('//')) return [];
    // English left in place (titles in notes, names) is not Spanish copy.
    const spanish = line.replace(/<span lang="en">.*?<\/span>/g, '').replace(/https:\/\/\S+?(?=[)"\s])/g, '');
    return RULES.filter(([re]) => re.test(spanish)).map(([, want]) => `${file}:${i + 1}: ${want}`);
  });
}

describe('the Spanish edition', () => {
  it('keeps the copy desk’s forms: EE. UU. unbroken, informar, sección, no calques, one term per thing', () => {
    expect(FILES.flatMap(hits)).toEqual([]);
  });
});
