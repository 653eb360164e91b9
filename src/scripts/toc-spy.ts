// <toc-spy>: marks the contents link of the section being read with aria-current="true".
// Pure enhancement: without JavaScript the contents are plain links.
//
// A section counts as being read while part of it lies in a band across the top 30% of the
// viewport. The observer only reports changes, so the spy keeps the set of sections in the band
// and marks the last of them in page order: scrolling back up un-marks a section as soon as it
// leaves the band, and above the first section nothing is marked.
class TocSpy extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback() {
    const links = new Map<string, HTMLAnchorElement>();
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(a.hash.slice(1), a);
    const order = [...links.keys()];
    const inBand = new Set<string>();
    const mark = () => {
      const current = order.findLast((id) => inBand.has(id));
      for (const [id, a] of links) {
        if (id === current) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    };
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) inBand.add(e.target.id);
          else inBand.delete(e.target.id);
        }
        mark();
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const id of order) {
      const target = document.getElementById(id);
      if (target) this.#observer.observe(target);
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

customElements.define('toc-spy', TocSpy);
