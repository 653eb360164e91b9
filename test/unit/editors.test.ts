import { describe, expect, it } from 'vitest';
import { byline, parseEditors } from '../../src/lib/editors';
import { ui } from '../../src/i18n/ui';

describe('the byline (EDITORS)', () => {
  it('names the project, in each language, when EDITORS is unset or blank', () => {
    expect(byline(parseEditors(undefined))).toBe(ui('en').site.byline);
    expect(byline(parseEditors('   '), 'es')).toBe(ui('es').site.byline);
  });

  it('names the editors, joined as each language joins a list', () => {
    const editors = parseEditors(' Ana Ruiz,Sam Lee , José Núñez ');
    expect(editors).toEqual(['Ana Ruiz', 'Sam Lee', 'José Núñez']);
    expect(byline(editors)).toBe('By Ana Ruiz, Sam Lee, and José Núñez');
    expect(byline(editors.slice(0, 2), 'es')).toBe('Por Ana Ruiz y Sam Lee');
  });

  it('rejects a setting that is not a list of names, naming the variable', () => {
    for (const bad of ['Ana Ruiz,, Sam Lee', 'Ana <b>Ruiz</b>', 'ana@example.org', 'Ana Ruiz,']) {
      expect(() => parseEditors(bad), bad).toThrow(/EDITORS must be names separated by commas/);
    }
  });
});
