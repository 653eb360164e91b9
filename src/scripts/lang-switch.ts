// <lang-switch>: when the link to the other language is followed from a page of sections, it adds
// the section in view (the one the contents marks, or the address's #fragment) so the reader lands
// on the same section there. Section ids are the same in every language.
class LangSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link || link.href.includes('#')) return;
      const current = document.querySelector<HTMLAnchorElement>('.toc a[aria-current]')?.hash || location.hash;
      const id = current.slice(1);
      if (id && document.getElementById(id)?.classList.contains('section')) link.href = `${link.href.split('#')[0]}#${id}`;
    });
  }
}
customElements.define('lang-switch', LangSwitch);
