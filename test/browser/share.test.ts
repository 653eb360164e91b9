import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, pageWithoutJavaScript, site } from '../setup/browser';

// Sharing one section as a reader would: the permalink after the heading, "Copy link" with the mouse
// and the keyboard, the Mastodon form, and the share page itself with JavaScript on and off.
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({ reducedMotion: 'reduce' });
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site('/')).origin });
  page = await browser.newPage();
  // No request may leave the test server: anything else is answered here and recorded.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain', body: 'stub' }),
  );
});
afterAll(async () => browser?.dispose());

/** The canonical URL the share page declares for itself, read from its own head. */
async function canonicalOf(id: string) {
  const other = await browser.newPage();
  await other.goto(site(`/s/${id}/`));
  const href = await other.locator('link[rel="canonical"]').getAttribute('href');
  await other.close();
  return href!;
}

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

describe('sharing a section from /', () => {
  it('“Copy link” puts the absolute share-page URL on the clipboard and says so in the live region', async () => {
    await page.goto(site('/all/'));
    const id = (await page.locator('main section.section').nth(2).getAttribute('id'))!;
    const section = page.locator(`section#${id}`);
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    const button = section.getByRole('button', { name: 'Copy link' });
    await button.scrollIntoViewIfNeeded();
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const expected = await canonicalOf(id);
    expect(expected).toMatch(new RegExp(`^https?://[^/]+/s/${id}/$`));
    await expect.poll(clipboard).toBe(expected);
    const status = section.locator('.share-status[aria-live="polite"]');
    await expect.poll(() => status.textContent()).toMatch(/Link copied/);
    expect(await status.isVisible()).toBe(true);
  });

  it('“Copy link” works from the keyboard too', async () => {
    await page.goto(site('/all/'));
    const id = (await page.locator('main section.section:has(share-controls)').last().getAttribute('id'))!;
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    const button = page.locator(`section#${id}`).getByRole('button', { name: 'Copy link' });
    // Reach the button by Tab from the element just before it, as a keyboard user would.
    await page.locator(`section#${id} .share-label`).evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(await canonicalOf(id));
  });

  it('still copies when the Clipboard API refuses, and otherwise shows the link selected for Ctrl+C', async () => {
    await page.goto(site('/all/'));
    const section = page.locator('main section.section').first();
    const id = (await section.getAttribute('id'))!;
    const expected = await canonicalOf(id);
    const button = section.getByRole('button', { name: 'Copy link' });
    const status = section.locator('.share-status[aria-live="polite"]');
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    // An older browser, or a denied permission: writeText rejects; the copy falls back to execCommand.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await button.click();
    await expect.poll(clipboard).toBe(expected);
    await expect.poll(() => status.textContent()).toMatch(/Link copied/);
    // No way to copy at all: the URL appears in a read-only field, selected, and the page says what to press.
    await page.evaluate(() => {
      Object.defineProperty(document, 'execCommand', { value: () => false });
    });
    await button.click();
    await expect.poll(() => status.textContent()).toMatch(/press Ctrl\+C/);
    const field = section.locator('input.share-fallback');
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(expected);
    expect(
      await field.evaluate(
        (f: HTMLInputElement) => f === document.activeElement && f.selectionEnd! - f.selectionStart! === f.value.length,
      ),
    ).toBe(true);
  });

  it('shows the system share button only where the browser has a share sheet', async () => {
    await page.goto(site('/all/'));
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    const native = page.locator('main section.section').first().getByRole('button', { name: 'Share…' });
    expect(await native.isVisible()).toBe(hasShare);
  });

  it('shows the permalink after a heading when the keyboard reaches it', async () => {
    await page.goto(site('/all/'));
    const anchor = page.locator('main section.section').nth(1).locator('a.anchor');
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    const hoverable = await page.evaluate(() => matchMedia('(hover: hover)').matches);
    if (hoverable) expect(await opacity()).toBe('0');
    await anchor.focus();
    await expect.poll(opacity).toBe('1');
    expect(await anchor.getAttribute('href')).toMatch(/^\/s\/[a-z0-9-]+\/$/);
    expect(await anchor.textContent()).toMatch(/Link to this section: \S/);
  });

  it('sends a Mastodon post to the reader’s own server, and refuses a name that is not a server', async () => {
    // The home page's compact controls point to the section's page, which carries every network.
    const first =
      (await page.goto(site('/all/')), (await page.locator('main section.section').first().getAttribute('id'))!);
    await page.goto(site(`/s/${first}/`));
    const section = page.locator('main section.section').first();
    const heading = (await section.locator('h1, h2').first().textContent())!.trim();
    // The post carries the section's share headline (its og:title), which stands alone in a feed.
    const title = (await section.locator('share-controls').getAttribute('data-title'))!;
    expect(title).not.toBe(heading);
    expect(title).toMatch(/\bIRS\b|\bICE\b|immigrant/);
    await section.locator('.share-mastodon summary').click();
    const server = section.getByLabel('Or open your server’s share page:');
    await server.fill('not a server');
    await server.press('Enter');
    // The error appears under the field (in view above a phone keyboard), is announced, and describes the field.
    const error = page.locator(`[id="${await server.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => error.textContent()).toMatch(/server’s address/);
    expect(await error.getAttribute('aria-live')).toBe('polite');
    expect(await server.getAttribute('aria-invalid')).toBe('true');
    const [field, message] = [(await server.boundingBox())!, (await error.boundingBox())!];
    expect(message.y - (field.y + field.height)).toBeLessThan(40);
    expect(message.y).toBeGreaterThanOrEqual(field.y + field.height - 1);
    expect(page.url()).toBe(site(`/s/${first}/`));
    await server.fill('mastodon.example');
    const [request] = await Promise.all([page.waitForRequest(/mastodon\.example/), server.press('Enter')]);
    const url = new URL(request.url());
    expect(url.origin + url.pathname).toBe('https://mastodon.example/share');
    expect(url.searchParams.get('text')).toMatch(
      new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} https?://\\S+/s/[a-z0-9-]+/$`),
    );
  });
});

describe('a share page with JavaScript off', () => {
  it('shows the section, its text and the way to the full explainer; the plain share links remain', async () => {
    const p = await pageWithoutJavaScript(browser);
    try {
      await p.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await p.goto(site('/all/'));
      const id = (await p.locator('main section.section').nth(4).getAttribute('id'))!;
      const title = (await p.locator(`section#${id} h2`).first().textContent())!.trim();
      await p.goto(site(`/s/${id}/`));
      expect(await p.evaluate(() => !!customElements.get('share-controls')), 'the share script ran').toBe(false);
      await expect(p.locator('h1').textContent()).resolves.toBe(title);
      expect(await p.locator(`section#${id} p`).nth(1).isVisible()).toBe(true);
      const full = p.getByRole('link', { name: 'Read the full explainer' }).first();
      expect(await full.isVisible()).toBe(true);
      expect(await full.getAttribute('href')).toBe(`/all/#${id}`);
      // Buttons that need JavaScript stay out of sight; the links work on their own.
      expect(await p.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
      for (const name of ['X', 'Bluesky', 'Facebook', 'LinkedIn', 'Reddit', 'Email']) {
        expect(
          await p
            .locator(`section#${id} .share-links a`)
            .filter({ hasText: new RegExp(`^${name}`) })
            .isVisible(),
          name,
        ).toBe(true);
      }
      await p.locator('.share-mastodon summary').click();
      expect(await p.locator('.share-mastodon textarea').inputValue()).toMatch(new RegExp(`/s/${id}/$`));
      expect(await p.locator('.share-mastodon-form').isVisible()).toBe(false);
      await full.click();
      await p.waitForURL(new RegExp(`/#${id}$`));
      expect(await p.locator(`section#${id}`).isVisible()).toBe(true);
    } finally {
      await p.close();
    }
  });
});
