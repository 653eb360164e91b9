// <print-button>: reveals its (initially hidden) button and prints the page on click.
// Without JavaScript the button stays hidden: readers use the browser's own Print command.
class PrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button || button.dataset.ready) return;
    button.dataset.ready = 'true';
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);
