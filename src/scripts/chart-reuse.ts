// <chart-reuse>: "Copy link" and "Copy embed code" under a chart, with a message that says it worked.
// Without JavaScript both buttons stay hidden; the links, the code (selectable in its field) and the
// citation do the work. The words come from data- attributes (the page's language), never from here.
class ChartReuse extends HTMLElement {
  #timer?: number;

  connectedCallback() {
    const field = this.querySelector('textarea');
    field?.addEventListener('focus', () => field.select());
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const embed = button.dataset.copy === 'embed';
        void this.#copy(
          embed ? (field?.value ?? '') : (this.dataset.url ?? ''),
          embed ? field : null,
          button.dataset.done ?? '',
        );
      });
    }
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
  }

  /** Clipboard API first; then the selected field and execCommand (older browsers, plain http). */
  async #copy(text: string, field: HTMLTextAreaElement | null, done: string) {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      const temp = field ?? Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
      if (!field) {
        temp.setAttribute('aria-hidden', 'true');
        temp.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
        this.append(temp);
      }
      temp.select();
      try {
        ok = (document as { execCommand(command: 'copy'): boolean }).execCommand('copy');
      } catch {
        ok = false;
      }
      if (!field) temp.remove();
      else if (!ok) field.focus();
    }
    this.#say(ok ? done : (this.dataset.failed ?? ''), ok);
  }

  /** A polite live region: emptied first, so the same message is announced again. */
  #say(message: string, done: boolean) {
    const status = this.querySelector<HTMLElement>('.reuse-status');
    if (!status) return;
    clearTimeout(this.#timer);
    status.textContent = '';
    status.classList.toggle('is-done', done);
    requestAnimationFrame(() => (status.textContent = message));
    this.#timer = window.setTimeout(() => (status.textContent = ''), 8000);
  }
}

if (!customElements.get('chart-reuse')) customElements.define('chart-reuse', ChartReuse);
