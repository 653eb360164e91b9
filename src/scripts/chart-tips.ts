// <chart-tips>: optional enhancement around a server-rendered chart. Once the chart is near the
// viewport (or first receives focus) it adds a tooltip: hovering a mark, or focusing the chart
// frame, shows that mark's data-label and data-value; arrow keys (and Home/End) move between
// marks and announce each value through a polite live region; Escape hides the tooltip. The
// tooltip is absolutely positioned inside the frame, so nothing on the page moves when it starts.

class ChartTips extends HTMLElement {
  #on = false;
  #io?: IntersectionObserver;
  #frame?: HTMLElement;
  #tip?: HTMLElement;
  #live?: HTMLElement;
  #marks: SVGGraphicsElement[] = [];
  #i = -1;

  connectedCallback() {
    if (this.#on) return;
    this.addEventListener('focusin', this.#start);
    if (!('IntersectionObserver' in window)) return this.#start();
    this.#io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#start(), {
      rootMargin: '200px 0px',
    });
    this.#io.observe(this);
  }

  disconnectedCallback() {
    this.#io?.disconnect();
  }

  #start = () => {
    if (this.#on) return;
    const frame = this.querySelector<HTMLElement>('.chart-frame');
    if (!frame) return;
    this.#on = true;
    this.#io?.disconnect();
    this.removeEventListener('focusin', this.#start);
    this.#frame = frame;
    this.#marks = [...frame.querySelectorAll<SVGGraphicsElement>('[data-label][data-value]')];

    const tip = (this.#tip = document.createElement('div'));
    tip.className = 'chart-tip';
    tip.id = `${frame.id}-tip`;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    const live = (this.#live = document.createElement('div'));
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    const keys = document.createElement('span');
    keys.className = 'visually-hidden';
    keys.id = `${frame.id}-keys`;
    keys.textContent = 'Use the arrow keys to read each value; Escape hides it.';
    frame.append(tip, live, keys);
    frame.setAttribute('aria-describedby', `${frame.getAttribute('aria-describedby') ?? ''} ${keys.id}`.trim());

    frame.addEventListener('pointerover', (e) => {
      const mark = (e.target as Element).closest?.('[data-label]');
      const i = this.#marks.indexOf(mark as SVGGraphicsElement);
      if (i >= 0) this.#show(i, false);
    });
    frame.addEventListener('pointerleave', () => {
      if (document.activeElement === frame) this.#show(this.#i, false);
      else this.#hide();
    });
    frame.addEventListener('focus', () => this.#show(Math.max(this.#i, 0), true));
    frame.addEventListener('blur', () => this.#hide());
    frame.addEventListener('keydown', (e) => this.#key(e));
    if (document.activeElement === frame) this.#show(0, true);
  };

  #key(e: KeyboardEvent) {
    const n = this.#marks.length;
    if (!n) return;
    const at = this.#i < 0 ? 0 : this.#i;
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = this.#tip?.hidden ? at : (at + 1) % n;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = this.#tip?.hidden ? at : (at - 1 + n) % n;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Escape':
        if (this.#tip?.hidden) return;
        this.#hide();
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.#show(next, true);
  }

  #show(i: number, announce: boolean) {
    const mark = this.#marks[i];
    const { frame, tip } = { frame: this.#frame, tip: this.#tip };
    if (!mark || !frame || !tip) return;
    this.#marks[this.#i]?.classList.remove('is-active');
    this.#i = i;
    mark.classList.add('is-active');
    const text = `${mark.dataset.label}: ${mark.dataset.value}`;
    tip.textContent = text;
    tip.hidden = false;
    if (announce && this.#live) this.#live.textContent = text;
    const box = frame.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.min(Math.max(m.left - box.left + m.width / 2 - w / 2, 0), Math.max(box.width - w, 0));
    // Above the mark if it fits inside the frame. A mark at the top of the frame gets it just above
    // the frame (over the chart's title, not its data) when the screen has room there; only then below.
    const above = m.top - box.top - h - 6;
    const overFrame = -h - 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : box.top + overFrame >= 0 ? overFrame : m.bottom - box.top + 6}px`;
  }

  #hide() {
    this.#marks[this.#i]?.classList.remove('is-active');
    if (this.#tip) this.#tip.hidden = true;
  }
}

if (!customElements.get('chart-tips')) customElements.define('chart-tips', ChartTips);
