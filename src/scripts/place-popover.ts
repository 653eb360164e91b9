// Places an open popover next to the word or number that opened it, instead of in the middle of the
// screen, so the reader's eye stays on the sentence: below when it fits, otherwise above. Used by
// glossary terms (term-popover.ts) and note previews (note-preview.ts).
const GAP = 6;
const EDGE = 8;

/** Before it opens a popover has no box: `opening` assumes its widest size (CSS max-width) and room below. */
export function placeNear(popover: HTMLElement, anchor: Element, opening: boolean) {
  const t = anchor.getBoundingClientRect();
  const width = opening ? Math.min(24 * 16, innerWidth - 32) : popover.getBoundingClientRect().width;
  const height = opening ? 0 : popover.getBoundingClientRect().height;
  const left = Math.max(EDGE, Math.min(t.left, innerWidth - width - EDGE));
  const below = t.bottom + GAP;
  const top = below + height <= innerHeight - EDGE || t.top - GAP - height < EDGE ? below : t.top - GAP - height;
  // Absolute (page) coordinates, so the popover scrolls with its sentence.
  popover.style.left = `${Math.round(left + scrollX)}px`;
  popover.style.top = `${Math.round(top + scrollY)}px`;
  popover.classList.add('is-placed');
}

/** Runs `onOpen` for every popover of `className` as it opens (beforetoggle) and once open (toggle). */
export function onPopoverOpen(className: string, onOpen: (popover: HTMLElement, opening: boolean) => void) {
  // Neither event bubbles; listening in the capture phase catches every popover on the page.
  for (const type of ['beforetoggle', 'toggle'] as const) {
    document.addEventListener(
      type,
      (event) => {
        const popover = event.target;
        if (
          popover instanceof HTMLElement &&
          popover.classList.contains(className) &&
          (event as ToggleEvent).newState === 'open'
        ) {
          onOpen(popover, type === 'beforetoggle');
        }
      },
      true,
    );
  }
}
