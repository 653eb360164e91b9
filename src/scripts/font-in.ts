// The headline face, Source Serif 4 (src/styles/type.css), is fetched once the page has been drawn: requested
// with the page, its 22 kB competed with the page itself on a slow phone connection and held back the first
// paint (issue 22). Until it arrives, headings use the local faces resized to its metrics; when it has loaded,
// .font-in puts it first in the stack, and nothing moves. Without JavaScript the stylesheet uses it at once.
const swapIn = () =>
  document.fonts.load('700 1em "Source Serif 4"').then(
    (faces) => faces.length > 0 && document.documentElement.classList.add('font-in'),
    () => {}, // offline or blocked: the resized local faces stay
  );
// Two frames: the first is the one that paints the page.
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(swapIn)));
