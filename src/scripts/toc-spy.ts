// <toc-spy>: marks the contents link of the section being read with aria-current="true".
// Pure enhancement: without JavaScript the contents are plain links.
class TocSpy extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback() {
    const links = new Map<string, HTMLAnchorElement>();
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(a.hash.slice(1), a);
    const mark = (id: string) => {
      for (const [key, a] of links) {
        if (key === id) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    };
    // A section counts as "current" when it crosses a band near the top of the viewport.
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) mark(e.target.id);
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const id of links.keys()) {
      const target = document.getElementById(id);
      if (target) this.#observer.observe(target);
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

customElements.define('toc-spy', TocSpy);
