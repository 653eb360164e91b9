// The size a reader sees each piece of text at, measured in the page: CSS font size times the scale its
// drawing is shown at (an SVG's text shrinks with the SVG). Shared by the browser tests that set a floor on
// text size (embeds framed narrow, the printed summary).

/** One visible run of text and its rendered size in CSS px. */
export interface TextSize {
  text: string;
  px: number;
}

/**
 * Every visible, non-empty text node of the page with its rendered size. Text with no box (visually hidden,
 * display: none) is left out: no reader sees it. Runs in the page: `page.evaluate(renderedTextSizes)` or
 * `frame.evaluate(renderedTextSizes)`.
 */
export function renderedTextSizes(): TextSize[] {
  const out: TextSize[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement!;
    if (!node.textContent!.trim() || !el.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue;
    const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
    const px = parseFloat(getComputedStyle(el).fontSize) * scale;
    out.push({ text: node.textContent!.trim().slice(0, 40), px });
  }
  return out;
}
