import { describe, expect, it } from 'vitest';
import { buildCopy } from '../setup/build-fixture';

// `npm run build:prod` (DEPLOY=1) is the build for a real host: it must never ship the localhost
// addresses a plain `npm run build` falls back to. The rule itself is unit-tested in test/unit/site-url.
describe('a deployment build', () => {
  it('stops, naming SITE_URL and the command to run, when SITE_URL is unset or not https', () => {
    const saved = { DEPLOY: process.env.DEPLOY, SITE_URL: process.env.SITE_URL };
    try {
      process.env.DEPLOY = '1';
      delete process.env.SITE_URL;
      const unset = buildCopy(() => {});
      expect(unset.status).not.toBe(0);
      expect(unset.output).toMatch(/SITE_URL is not set.*npm run build:prod/);
      process.env.SITE_URL = 'http://explainer.example.org';
      const plain = buildCopy(() => {});
      expect(plain.status).not.toBe(0);
      expect(plain.output).toMatch(/SITE_URL must use https/);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('stops before writing anything, naming CONTACT_EMAIL and CONTACT_URL, when readers would have no way to report an error', () => {
    const saved = {
      DEPLOY: process.env.DEPLOY,
      SITE_URL: process.env.SITE_URL,
      CONTACT_EMAIL: process.env.CONTACT_EMAIL,
      CONTACT_URL: process.env.CONTACT_URL,
    };
    try {
      process.env.DEPLOY = '1';
      process.env.SITE_URL = 'https://explainer.example.org';
      delete process.env.CONTACT_EMAIL;
      delete process.env.CONTACT_URL;
      const none = buildCopy(() => {});
      expect(none.status).not.toBe(0);
      expect(none.output).toMatch(/needs CONTACT_EMAIL or CONTACT_URL/);
      expect(none.output).not.toMatch(/\[build\] Complete/);
      process.env.CONTACT_URL = 'http://tracker.example.org/new';
      const plain = buildCopy(() => {});
      expect(plain.status).not.toBe(0);
      expect(plain.output).toMatch(/CONTACT_URL must use https/);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
