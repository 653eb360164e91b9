// <share-controls>: turns on "Copy link", the system share sheet (where the browser has one) and
// the Mastodon server form. Without JavaScript those stay hidden and the plain links do the work.
// Its words come from data- attributes rendered in the page's language (ShareControls.astro).
import { mastodonShareUrl } from '../lib/share-links';

class ShareControls extends HTMLElement {
  #status?: HTMLElement;
  #timer?: number;

  connectedCallback() {
    const url = this.dataset.url ?? '';
    const title = this.dataset.title ?? document.title;
    this.#status = this.querySelector<HTMLElement>('.share-status') ?? undefined;

    const copy = this.querySelector<HTMLButtonElement>('[data-share="copy"]');
    if (copy) {
      copy.hidden = false;
      copy.addEventListener('click', () => this.#copy(url, copy));
    }

    const native = this.querySelector<HTMLButtonElement>('[data-share="native"]');
    if (native && typeof navigator.share === 'function' && (navigator.canShare?.({ title, url }) ?? true)) {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch((error: unknown) => {
          if ((error as Error)?.name !== 'AbortError') this.#say(this.dataset.nativeFailed ?? '');
        });
      });
    }

    // The Mastodon post text: one click or Tab selects all of it, ready to copy.
    const postText = this.querySelector('textarea');
    postText?.addEventListener('focus', () => postText.select());

    const form = this.querySelector<HTMLFormElement>('.share-mastodon-form');
    if (form) {
      form.hidden = false;
      const input = form.querySelector('input')!;
      const error = form.querySelector<HTMLElement>('.share-mastodon-error')!;
      const setError = (message: string) => {
        error.textContent = message;
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      };
      input.addEventListener('input', () => setError(''));
      // Opening the Mastodon panel starts afresh: no "Link copied" left over from earlier.
      form.closest('details')?.addEventListener('toggle', () => this.#say(''));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const href = mastodonShareUrl(input.value, postText?.value ?? url);
        if (!href) {
          setError(this.dataset.mastodonHint ?? '');
          input.focus();
          return;
        }
        setError('');
        location.assign(href);
      });
    }
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
  }

  /** Clipboard API first; then execCommand on a selected hidden field; last, the URL shown selected for Ctrl+C. */
  async #copy(url: string, button: HTMLButtonElement) {
    try {
      await navigator.clipboard.writeText(url);
      this.#say(this.dataset.copied ?? '', true);
      return;
    } catch {
      // No permission or no Clipboard API (older browsers, plain http): try the old way.
    }
    const field = document.createElement('textarea');
    field.value = url;
    field.readOnly = true;
    field.setAttribute('aria-hidden', 'true');
    field.style.cssText = 'position:fixed;inset:0 auto auto 0;width:1px;height:1px;opacity:0';
    this.append(field);
    field.select();
    let copied = false;
    try {
      // Deprecated but still the only synchronous copy in browsers without the Clipboard API.
      copied = (document as { execCommand(command: 'copy'): boolean }).execCommand('copy');
    } catch {
      copied = false;
    }
    field.remove();
    button.focus();
    if (copied) {
      this.#say(this.dataset.copied ?? '', true);
      return;
    }
    // Last resort: show the URL in a read-only field, selected, for the reader to copy.
    let shown = this.querySelector<HTMLInputElement>('.share-fallback');
    if (!shown) {
      shown = document.createElement('input');
      shown.className = 'share-fallback';
      shown.readOnly = true;
      shown.value = url;
      shown.setAttribute('aria-label', this.dataset.linkLabel ?? '');
      this.querySelector('.share-row')?.after(shown);
    }
    shown.focus();
    shown.select();
    this.#say(this.dataset.copyFailed ?? '');
  }

  /** Shows a message and announces it (the status element is a polite live region). */
  #say(message: string, done = false) {
    const status = this.#status;
    if (!status) return;
    clearTimeout(this.#timer);
    status.textContent = '';
    status.classList.toggle('is-done', done);
    // A fresh text node after a tick makes screen readers announce a repeated message again.
    requestAnimationFrame(() => {
      status.textContent = message;
    });
    this.#timer = window.setTimeout(() => {
      status.textContent = '';
    }, 8000);
  }
}

if (!customElements.get('share-controls')) customElements.define('share-controls', ShareControls);
