// Places an open glossary definition next to the term that opened it, instead of in the middle
// of the screen, so the reader's eye stays on the sentence. Without JavaScript the popover still
// opens (centred); this only moves it. Below the term when it fits, otherwise above.
const GAP = 6;
const EDGE = 8;

/** The glossary button that opens this definition. */
const termOf = (popover: HTMLElement) => document.querySelector<HTMLElement>(`button.term[popovertarget="${CSS.escape(popover.id)}"]`);

function place(popover: HTMLElement, opening: boolean) {
  const term = termOf(popover);
  if (!term) return;
  const t = term.getBoundingClientRect();
  // Before it opens the popover has no box: assume its widest size (CSS max-width) and room below,
  // so it never appears centred; once open, its real size decides (and may flip it above).
  const width = opening ? Math.min(24 * 16, innerWidth - 32) : popover.getBoundingClientRect().width;
  const height = opening ? 0 : popover.getBoundingClientRect().height;
  const left = Math.max(EDGE, Math.min(t.left, innerWidth - width - EDGE));
  const below = t.bottom + GAP;
  const top = below + height <= innerHeight - EDGE || t.top - GAP - height < EDGE ? below : t.top - GAP - height;
  // Absolute (page) coordinates, so the definition scrolls with its sentence.
  popover.style.left = `${Math.round(left + scrollX)}px`;
  popover.style.top = `${Math.round(top + scrollY)}px`;
  popover.classList.add('is-placed');
}

// Neither event bubbles; listening in the capture phase catches every popover on the page.
for (const type of ['beforetoggle', 'toggle'] as const) {
  document.addEventListener(
    type,
    (event) => {
      const popover = event.target;
      if (popover instanceof HTMLElement && popover.classList.contains('term-def') && (event as ToggleEvent).newState === 'open') {
        place(popover, type === 'beforetoggle');
      }
    },
    true,
  );
}

// An open definition would otherwise stay on screen while keyboard focus moves on, covering the
// links and terms after it (WCAG 2.4.11). Once focus leaves both the term and its definition, close it.
document.addEventListener('focusin', (event) => {
  const target = event.target as Node | null;
  for (const popover of document.querySelectorAll<HTMLElement>('.term-def:popover-open')) {
    if (target && !popover.contains(target) && target !== termOf(popover)) popover.hidePopover();
  }
});
