import { describe, expect, it } from 'vitest';
import { mastodonShareUrl, postText, shareLinks } from '../../src/lib/share-links';
import { paths } from '../../src/i18n/paths';

const input = {
  title: 'Taxes & the “IRS–ICE” deal: 100% explained?',
  url: 'https://explainer.example.org/s/taxes-paid/',
};
const links = shareLinks(input);
const link = (network: string) => new URL(links.find((l) => l.network === network)!.href);

describe('share paths', () => {
  it('gives each section one share page per language, English at the root and Spanish under /es/', () => {
    expect(paths('en').share('in-court')).toBe('/s/in-court/');
    expect(paths('es').share('in-court')).toBe('/es/s/in-court/');
    expect(new URL(paths('en').share('in-court'), 'https://explainer.example.org/').href).toBe(
      'https://explainer.example.org/s/in-court/',
    );
  });
});

describe('shareLinks', () => {
  it('offers X, Bluesky, Facebook, LinkedIn, Reddit and e-mail, in that order', () => {
    expect(links.map((l) => l.label)).toEqual(['X', 'Bluesky', 'Facebook', 'LinkedIn', 'Reddit', 'Email']);
  });

  it('goes straight to each service over https, with no tracking parameter', () => {
    for (const l of links.filter((l) => l.network !== 'email')) {
      const url = new URL(l.href);
      expect(url.protocol, l.label).toBe('https:');
      expect(
        [...url.searchParams.keys()].filter((k) => /^utm_|ref|source|via/.test(k)),
        l.label,
      ).toEqual([]);
    }
  });

  it('pre-fills the title and the share URL, encoded so that no character breaks the link', () => {
    expect(link('x').searchParams.get('text')).toBe(input.title);
    expect(link('x').searchParams.get('url')).toBe(input.url);
    expect(link('bluesky').searchParams.get('text')).toBe(`${input.title} ${input.url}`);
    expect(link('reddit').searchParams.get('title')).toBe(input.title);
    expect(link('reddit').searchParams.get('url')).toBe(input.url);
    expect(link('facebook').searchParams.get('u')).toBe(input.url);
    expect(link('linkedin').searchParams.get('url')).toBe(input.url);
    for (const l of links) expect(l.href, l.label).not.toMatch(/[\s&]{2}|[“”–]| /);
  });

  it('writes an e-mail with the title as subject and the title and link in the body', () => {
    const mail = links.find((l) => l.network === 'email')!.href;
    expect(mail).toMatch(/^mailto:\?subject=/);
    const params = new URLSearchParams(mail.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(input.title);
    expect(params.get('body')).toBe(`${input.title}\n\n${input.url}`);
    // Spaces as %20, not "+": mail programs do not read "+" as a space.
    expect(mail).not.toContain('+');
  });
});

describe('mastodonShareUrl', () => {
  const text = postText(input);

  it('opens the share page of the server the reader names, however they type it', () => {
    const expected = `https://mastodon.social/share?text=${encodeURIComponent(text)}`;
    for (const typed of [
      'mastodon.social',
      ' Mastodon.Social ',
      'https://mastodon.social/',
      '@someone@mastodon.social',
      'mastodon.social/@someone',
    ]) {
      expect(mastodonShareUrl(typed, text), typed).toBe(expected);
    }
  });

  it('refuses anything that is not a host name, so the form cannot be pointed elsewhere', () => {
    for (const typed of [
      '',
      'mastodon',
      'javascript:alert(1)',
      'exa mple.org',
      '<b>.social',
      'mastodon.social"onclick=x',
    ]) {
      expect(mastodonShareUrl(typed, text), typed).toBeNull();
    }
  });
});
