import { describe, expect, it } from 'vitest';
import { contactRoute } from '../../src/lib/contact';
import { paths } from '../../src/i18n/paths';

const CORRECTIONS_LOG = paths('en').updates;

describe('contactRoute (CONTACT_EMAIL)', () => {
  it('falls back to the public corrections log when CONTACT_EMAIL is unset or blank', () => {
    expect(contactRoute(undefined)).toEqual({ href: CORRECTIONS_LOG, label: 'Report an error', kind: 'log' });
    expect(contactRoute('  ').href).toBe(CORRECTIONS_LOG);
  });

  it('turns an address into a mailto: link that shows the address', () => {
    expect(contactRoute(' corrections@example.org ')).toEqual({
      href: 'mailto:corrections@example.org', label: 'corrections@example.org', kind: 'email',
    });
  });

  it('rejects a setting that is not one address, naming the variable and the value', () => {
    for (const bad of ['corrections', 'a@b', 'a b@example.org', 'a@example.org, b@example.org', 'mailto:<a@example.org>']) {
      expect(() => contactRoute(bad), bad).toThrow(/CONTACT_EMAIL must be one e-mail address.*got "/);
    }
  });
});
