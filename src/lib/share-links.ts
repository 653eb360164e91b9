// Share URLs for one section: its own page (/s/<id>/) and plain links to the composers of social
// networks and to e-mail. No network script, no tracking parameter: each link is a URL the reader
// follows, pre-filled with the section's share headline and its absolute share URL.

export interface ShareInput {
  /** The section's share headline (frontmatter shareTitle), the text of the post. */
  title: string;
  /** Absolute share URL. */
  url: string;
}

export type Network = 'x' | 'bluesky' | 'facebook' | 'linkedin' | 'reddit' | 'email';

export interface ShareLink {
  network: Network;
  /** Visible name of the service. */
  label: string;
  href: string;
}

const enc = encodeURIComponent;

/** What a post says: the title, then the link (networks turn the link into the section's card). */
export const postText = ({ title, url }: ShareInput) => `${title} ${url}`;

/**
 * The share links, in display order. Each service's own documented "share" or "compose" URL:
 * X web intent (text, url), Bluesky compose intent (text), Facebook sharer (u), LinkedIn share-offsite
 * (url), Reddit submit (url, title), and a mailto: with subject and body. Facebook and LinkedIn take
 * only the URL; they read the title from the page's Open Graph card.
 */
export function shareLinks(input: ShareInput, emailLabel = 'Email'): ShareLink[] {
  const { title, url } = input;
  return [
    { network: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${enc(title)}&url=${enc(url)}` },
    { network: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${enc(postText(input))}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}` },
    { network: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?url=${enc(url)}&title=${enc(title)}` },
    { network: 'email', label: emailLabel, href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}` },
  ];
}

/**
 * Mastodon has no central site: every reader posts from their own server. Given what the reader
 * typed ("mastodon.social", "@me@example.social", "https://example.social/"), returns that
 * server's share page (https://<server>/share?text=…), or null if it is not a plausible host name.
 */
export function mastodonShareUrl(server: string, text: string): string | null {
  let host = server.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  host = host.replace(/^@?[^@/\s]+@/, ''); // @user@ in a full handle
  host = host.replace(/[/?#].*$/, ''); // path
  const hostname = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?$/;
  if (!hostname.test(host)) return null;
  return `https://${host}/share?text=${enc(text)}`;
}
