import { describe, expect, it } from 'vitest';
import { contactRoute, contactSetting } from '../../src/lib/contact';
import { paths } from '../../src/i18n/paths';
import { ui } from '../../src/i18n/ui';

const CORRECTIONS_LOG = paths('en').updates;

describe('the reader contact route (CONTACT_EMAIL or CONTACT_URL)', () => {
  it('falls back to the public corrections log in a local build when neither is set', () => {
    expect(contactRoute(undefined)).toEqual({ href: CORRECTIONS_LOG, label: 'Report an error', kind: 'log' });
    expect(contactRoute({ CONTACT_EMAIL: '  ', CONTACT_URL: '' }).href).toBe(CORRECTIONS_LOG);
    expect(contactSetting({})).toBeUndefined();
  });

  it('stops a deployment build that has neither, naming both variables', () => {
    expect(() => contactSetting({}, { deploy: true })).toThrow(/deployment build.*needs CONTACT_EMAIL or CONTACT_URL/);
    expect(() => contactSetting({ CONTACT_EMAIL: ' ', CONTACT_URL: ' ' }, { deploy: true })).toThrow(
      /CONTACT_EMAIL=corrections@example\.org.*CONTACT_URL=https:/,
    );
  });

  it('lets a deployment build through with either one', () => {
    expect(contactSetting({ CONTACT_EMAIL: 'corrections@example.org' }, { deploy: true })).toEqual({
      kind: 'email',
      email: 'corrections@example.org',
    });
    expect(contactSetting({ CONTACT_URL: 'https://github.com/org/repo/issues/new' }, { deploy: true })).toEqual({
      kind: 'url',
      url: 'https://github.com/org/repo/issues/new',
    });
  });

  it('turns an address into a mailto: link that shows the address', () => {
    expect(contactRoute(' corrections@example.org ')).toEqual({
      href: 'mailto:corrections@example.org',
      label: 'corrections@example.org',
      kind: 'email',
    });
    expect(contactRoute({ CONTACT_EMAIL: 'corrections@example.org' }, 'es').label).toBe('corrections@example.org');
  });

  it('turns an https address into a "Report an error" link in the reader’s language', () => {
    expect(contactRoute({ CONTACT_URL: 'https://forms.example.org/corrections' })).toEqual({
      href: 'https://forms.example.org/corrections',
      label: 'Report an error',
      kind: 'url',
    });
    expect(contactRoute({ CONTACT_URL: 'https://forms.example.org/corrections' }, 'es').label).toBe(
      ui('es').home.reportError,
    );
  });

  it('rejects an e-mail setting that is not one address, naming the variable and the value', () => {
    for (const bad of [
      'corrections',
      'a@b',
      'a b@example.org',
      'a@example.org, b@example.org',
      'mailto:<a@example.org>',
    ]) {
      expect(() => contactRoute(bad), bad).toThrow(/CONTACT_EMAIL must be one e-mail address.*got "/);
    }
  });

  it('rejects a CONTACT_URL that is not a public https address, naming the variable and the value', () => {
    const cases: [string, RegExp][] = [
      ['github.com/org/repo/issues', /CONTACT_URL must be an absolute https address.*got "/],
      ['http://example.org/form', /CONTACT_URL must use https, got "/],
      ['mailto:corrections@example.org', /CONTACT_URL must use https/],
      ['https://user:secret@example.org/form', /CONTACT_URL must not carry a user name or password/],
      ['https://localhost:4321/report', /CONTACT_URL must be a public address/],
      ['https://127.0.0.1/report', /CONTACT_URL must be a public address/],
    ];
    for (const [bad, message] of cases)
      expect(() => contactSetting({ CONTACT_URL: bad }, { deploy: true }), bad).toThrow(message);
  });

  it('refuses both at once rather than pick one silently', () => {
    expect(() => contactSetting({ CONTACT_EMAIL: 'a@example.org', CONTACT_URL: 'https://example.org/form' })).toThrow(
      /CONTACT_EMAIL and CONTACT_URL are both set/,
    );
  });
});
