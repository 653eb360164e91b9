// Note numbers show their note in place: a tap (or Enter) on a number opens a small popover beside it
// with the note's text and sources, and a link to the note in the section's list (whose back link
// returns to the sentence, as before). Escape or a tap elsewhere closes it and focus returns to the
// number. Links into a folded notes list (details.notes-block) open it first, as do page addresses
// that end in a note's id. Without JavaScript a note number is a plain link to the note, and the
// browser opens the fold on the way (notes.css covers browsers that do not).
import { placeNear, onPopoverOpen } from './place-popover';

const REF = 'a[data-footnote-ref]';
const preview = document.createElement('span');
preview.className = 'note-pop';
preview.popover = 'auto';
preview.tabIndex = -1;
preview.setAttribute('role', 'dialog');
let ref: HTMLAnchorElement | null = null;
let wasOpen: Element | null = null;
let refocus = false;

const target = (href: string) =>
  href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;

/** Opens the folded notes that hold `el`, so a link to it lands on something visible. */
function reveal(el: Element | null) {
  const fold = el?.closest<HTMLDetailsElement>('details.notes-block');
  if (fold && !fold.open) fold.open = true;
  return fold;
}

function show(link: HTMLAnchorElement) {
  const note = target(link.getAttribute('href')!);
  if (!note) return false;
  const copy = note.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  const number = link.textContent!.replace(/\D+/g, '');
  // The words are the page's language, rendered on the notes' fold (rehype-scope-ids.mjs).
  const words = note.closest<HTMLElement>('details.notes-block')?.dataset ?? {};
  const label = document.createElement('strong');
  label.textContent = `${words.note ?? ''}${number}`;
  const body = [...copy.childNodes].map((node) => {
    if (!(node instanceof HTMLParagraphElement)) return node;
    // A <p> cannot sit inside the sentence's <p>; a block-level span reads the same.
    const line = document.createElement('span');
    line.className = 'note-pop-p';
    line.append(...node.childNodes);
    return line;
  });
  const all = document.createElement('a');
  all.href = `#${note.id}`;
  all.className = 'note-pop-all';
  all.textContent = words.showInList ?? '';
  preview.replaceChildren(label, ' ', ...body, all);
  preview.setAttribute('aria-label', label.textContent);
  ref = link;
  // Next to its number in the page's order, so Tab goes on from the note to the rest of the sentence.
  link.closest('sup')!.after(preview);
  preview.showPopover();
  preview.focus({ preventScroll: true });
  return true;
}

document.addEventListener(
  'pointerdown',
  (event) => {
    const link = (event.target as Element).closest?.(REF);
    wasOpen = link && link === ref && preview.matches(':popover-open') ? link : null;
  },
  true,
);

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  if (link.matches(REF)) {
    const again = wasOpen === link || (ref === link && preview.matches(':popover-open'));
    wasOpen = null;
    event.preventDefault();
    if (again) preview.hidePopover();
    else if (!show(link)) location.hash = link.hash;
    return;
  }
  if (preview.contains(link)) {
    preview.hidePopover();
    refocus = false; // the reader is going to the list, not back to the number
  }
  reveal(target(link.getAttribute('href')!));
});

onPopoverOpen('note-pop', (popover, opening) => {
  if (ref) placeNear(popover, ref, opening);
});
document.addEventListener(
  'beforetoggle',
  (event) => {
    if (event.target === preview && (event as ToggleEvent).newState === 'closed')
      refocus = preview.contains(document.activeElement);
  },
  true,
);
preview.addEventListener('toggle', (event) => {
  if ((event as ToggleEvent).newState === 'closed' && refocus) ref?.focus({ preventScroll: true });
});
// Tabbing on past the note's links closes it, so it never covers what has focus (WCAG 2.4.11).
document.addEventListener('focusin', (event) => {
  const at = event.target as Node;
  if (preview.matches(':popover-open') && !preview.contains(at) && at !== ref) {
    refocus = false;
    preview.hidePopover();
  }
});

const fromAddress = () => {
  const el = target(location.hash);
  if (reveal(el)) el!.scrollIntoView();
};
addEventListener('hashchange', fromAddress);
fromAddress();
