import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrl } from '../../src/lib/site-url.mjs';

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
