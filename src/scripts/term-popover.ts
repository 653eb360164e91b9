// Glossary terms (Term.astro) are links to their definition. Without JavaScript the link shows the
// definition in the text (CSS :target). With it, the definition opens as a popover beside the term
// instead: Escape or a tap elsewhere closes it, and a second tap on the term too.
import { placeNear, onPopoverOpen } from './place-popover';

/** The term that opens this definition. */
const termOf = (popover: HTMLElement) =>
  document.querySelector<HTMLElement>(`a.term[href="#${CSS.escape(popover.id)}"]`);
const defOf = (term: Element) => document.getElementById(term.getAttribute('href')!.slice(1));

// A tap on the open term's own word first light-dismisses the popover (pointerdown), then clicks:
// remember it was open so that click closes rather than reopens.
let wasOpen: Element | null = null;
document.addEventListener(
  'pointerdown',
  (event) => {
    const term = (event.target as Element).closest?.('a.term');
    wasOpen = term && defOf(term)?.matches(':popover-open') ? term : null;
  },
  true,
);

document.addEventListener('click', (event) => {
  const term = (event.target as Element).closest?.('a.term');
  const def = term && defOf(term);
  if (!term || !def || !('showPopover' in def)) return;
  event.preventDefault();
  if (def.matches(':popover-open')) def.hidePopover();
  else if (wasOpen !== term) def.showPopover();
  wasOpen = null;
});

onPopoverOpen('term-def', (popover, opening) => {
  const term = termOf(popover);
  if (term) placeNear(popover, term, opening);
});
// beforetoggle, not toggle: it fires as the state changes, so the term never reports a stale state.
document.addEventListener(
  'beforetoggle',
  (event) => {
    const popover = event.target as HTMLElement;
    if (popover.classList?.contains('term-def'))
      termOf(popover)?.setAttribute('aria-expanded', String((event as ToggleEvent).newState === 'open'));
  },
  true,
);

// An open definition would otherwise stay on screen while keyboard focus moves on, covering the
// links and terms after it (WCAG 2.4.11). Once focus leaves both the term and its definition, close it.
document.addEventListener('focusin', (event) => {
  const target = event.target as Node | null;
  for (const popover of document.querySelectorAll<HTMLElement>('.term-def:popover-open')) {
    if (target && !popover.contains(target) && target !== termOf(popover)) popover.hidePopover();
  }
});
