// <lang-switch>: when a link to the other language is followed from a page of sections, it adds the
// section being read, so the reader lands on the same section there (section ids are the same in every
// language). Under the contents, which stay in view on wide screens, that is the section the contents
// mark; in the header, reached by scrolling back up, it is the section the address names (#fragment).
class LangSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link || link.href.includes('#')) return;
      const marked = this.classList.contains('toc-lang')
        ? document.querySelector<HTMLAnchorElement>('.toc a[aria-current]')?.hash
        : '';
      const id = (marked || location.hash).slice(1);
      // A section (on /all/) or its entry in the front page's index (/#<id>): the same id in every language.
      if (id && document.getElementById(id)?.matches('.section, .section-index li'))
        link.href = `${link.href.split('#')[0]}#${id}`;
    });
  }
}
customElements.define('lang-switch', LangSwitch);
