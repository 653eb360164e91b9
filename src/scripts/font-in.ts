// The headline face, Source Serif 4 (src/styles/type.css), is fetched once the page has been drawn: requested
// with the page, its 22 kB competed with the page itself on a slow phone connection and held back the first
// paint (issue 22). Until it arrives, headings use the local faces resized to its metrics; when it has loaded,
// .font-in puts it first in the stack, and nothing moves. Without JavaScript the stylesheet uses it at once.
const swapIn = () =>
  document.fonts.load('700 1em "Source Serif 4"').then(
    (faces) => faces.length > 0 && document.documentElement.classList.add('font-in'),
    () => {}, // offline or blocked: the resized local faces stay
  );

// "Drawn" is the browser's own first-contentful-paint entry, reported once that frame is on screen. Two
// animation frames, used before, could end before the first frame was shown on a slow device, and the font
// request then raced the page's largest paint (seen in Lighthouse runs of /es/). Browsers without paint
// timing fall back to the two frames.
const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
if (painted()) setTimeout(swapIn);
else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    setTimeout(swapIn);
  });
  observer.observe({ type: 'paint', buffered: true });
} else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(swapIn)));
