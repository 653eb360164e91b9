// <chart-tips>: optional enhancement around a server-rendered chart. Once the chart is near the
// viewport (or first receives focus) it adds a tooltip: hovering a mark, or focusing the chart
// frame, shows that mark's data-label and data-value; arrow keys (and Home/End) move between
// marks and announce each value through a polite live region; Escape hides the tooltip. The
// tooltip is absolutely positioned inside the frame, so nothing on the page moves when it starts,
// and placed where it covers no mark and no chart text: beside the mark if there is room, else
// the nearest clear spot in the chart, else just above or below the chart.

class ChartTips extends HTMLElement {
  #on = false;
  #io?: IntersectionObserver;
  #frame?: HTMLElement;
  #tip?: HTMLElement;
  #live?: HTMLElement;
  #all: SVGGraphicsElement[] = [];
  #i = -1;
  #active?: SVGGraphicsElement;

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
    this.#all = [...frame.querySelectorAll<SVGGraphicsElement>('[data-label][data-value]')];

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
    keys.textContent = frame.dataset.keys ?? '';
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

  /** The marks of the layout on show (the frame holds a narrow, a wide and maybe a broad SVG; CSS shows one). */
  get #marks() {
    return this.#all.filter((m) => m.getClientRects().length > 0);
  }

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
    this.#active?.classList.remove('is-active');
    this.#i = i;
    this.#active = mark;
    mark.classList.add('is-active');
    const text = `${mark.dataset.label}: ${mark.dataset.value}`;
    tip.textContent = text;
    tip.hidden = false;
    if (announce && this.#live) this.#live.textContent = text;
    // Measure the tooltip at the frame's left edge, where its width is not squeezed by an old position.
    tip.style.left = '0px';
    tip.style.top = '0px';
    tip.style.width = '';
    const box = frame.getBoundingClientRect();
    const at = (r: DOMRect) => ({
      left: r.left - box.left,
      top: r.top - box.top,
      right: r.right - box.left,
      bottom: r.bottom - box.top,
    });
    const m = at(mark.getBoundingClientRect());
    const svg = mark.ownerSVGElement!;
    // Everything drawn that the tooltip must leave readable: every other mark's shapes and all text.
    const busy = [...svg.querySelectorAll('text, [data-label] > *')]
      .filter((el) => !mark.contains(el))
      .map((el) => at(el.getBoundingClientRect()));
    // Keep the measured size wherever it goes, so it cannot re-wrap near the right edge (rounded up:
    // offsetWidth rounds down, and a fraction of a pixel less is enough to wrap).
    const w = Math.ceil(tip.getBoundingClientRect().width);
    tip.style.width = `${w}px`;
    const h = tip.offsetHeight;
    const clear = (x: number, y: number) =>
      busy.every((b) => x + w <= b.left || b.right <= x || y + h <= b.top || b.bottom <= y) &&
      // Nor over the mark itself.
      (x + w <= m.left || m.right <= x || y + h <= m.top || m.bottom <= y);
    const clampX = (x: number) => Math.min(Math.max(x, 0), Math.max(box.width - w, 0));
    const mid = (m.top + m.bottom) / 2;
    const spots: [number, number][] = [
      [clampX((m.left + m.right) / 2 - w / 2), m.top - h - 6],
      [clampX((m.left + m.right) / 2 - w / 2), m.bottom + 6],
      [m.right + 8, mid - h / 2],
      [m.left - w - 8, mid - h / 2],
    ];
    // Then any clear spot in the chart, nearest the mark first.
    for (let y = 0; y + h <= box.height; y += 4) for (const x of [0, clampX(m.left), box.width - w]) spots.push([x, y]);
    const near = (p: [number, number]) => Math.abs(p[1] + h / 2 - mid);
    const inside = ([x, y]: [number, number]) => x >= 0 && x + w <= box.width && y >= 0 && y + h <= box.height;
    const first =
      spots.slice(0, 4).find((p) => inside(p) && clear(...p)) ??
      spots
        .slice(4)
        .sort((p, q) => near(p) - near(q))
        .find((p) => clear(...p));
    // Outside the chart: above it (over the figure's title, not its data) if the screen has room, else below.
    const [left, top] = first ?? [clampX(m.left), box.top - h - 6 >= 0 ? -h - 6 : box.height + 6];
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  #hide() {
    this.#active?.classList.remove('is-active');
    if (this.#tip) this.#tip.hidden = true;
  }
}

if (!customElements.get('chart-tips')) customElements.define('chart-tips', ChartTips);
