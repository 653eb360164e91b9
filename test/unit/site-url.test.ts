import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, isDeployBuild, siteUrl } from '../../src/lib/site-url.mjs';

describe('siteUrl', () => {
  it('defaults to the local preview address when SITE_URL is unset or blank', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL + '/');
    expect(siteUrl('  ')).toBe(DEFAULT_SITE_URL + '/');
  });

  it('normalises a host to an origin with one trailing slash', () => {
    expect(siteUrl('https://explainer.example.org')).toBe('https://explainer.example.org/');
    expect(siteUrl('https://example.org/irs-ice/')).toBe('https://example.org/irs-ice/');
  });

  it('rejects what is not an absolute http(s) URL, saying what it got', () => {
    expect(() => siteUrl('explainer.example.org')).toThrow(/absolute http\(s\) URL, got "explainer.example.org"/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/http or https/);
    expect(() => siteUrl('https://example.org/?a=1')).toThrow(/query or fragment/);
  });
});

describe('siteUrl for a deployment build', () => {
  const deploy = { deploy: true };

  it('refuses to fall back to the local preview address, and says which command to run', () => {
    expect(() => siteUrl(undefined, deploy)).toThrow(/SITE_URL is not set.*SITE_URL=https:\/\/.* npm run build:prod/);
    expect(() => siteUrl(' ', deploy)).toThrow(/SITE_URL is not set/);
  });

  it('refuses a plain-http address and one that only means this machine', () => {
    expect(() => siteUrl('http://explainer.example.org', deploy)).toThrow(/must use https for a deployment build/);
    for (const local of ['https://localhost/', 'https://127.0.0.1:4321', 'https://[::1]/']) {
      expect(() => siteUrl(local, deploy), local).toThrow(/points at this machine/);
    }
  });

  it('accepts a public https address', () => {
    expect(siteUrl('https://explainer.example.org', deploy)).toBe('https://explainer.example.org/');
  });
});

describe('isDeployBuild', () => {
  it('is on only when DEPLOY says so, so `npm start` and the tests need no setting', () => {
    expect(isDeployBuild({})).toBe(false);
    expect(isDeployBuild({ DEPLOY: '' })).toBe(false);
    expect(isDeployBuild({ DEPLOY: '0' })).toBe(false);
    expect(isDeployBuild({ NODE_ENV: 'production' })).toBe(false);
    for (const on of ['1', 'true', 'YES']) expect(isDeployBuild({ DEPLOY: on }), on).toBe(true);
  });
});
