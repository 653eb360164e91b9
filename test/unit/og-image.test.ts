import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import {
  CARD,
  HOME_CARD,
  SUMMARY_CARD,
  TEXT_WIDTH,
  TYPE,
  cardAlt,
  cardElement,
  fontSet,
  interFontFiles,
  layoutCard,
  measure,
  renderCardPng,
  renderCardSvg,
  sectionCard,
  balancedWrap,
  wrap,
  type CardInput,
  type Weight,
} from '../../src/lib/og-image';
import { SITE } from '../../src/site';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { sectionSchema } from '../../src/content/section-schema';

const files = interFontFiles();
const fonts = fontSet(files);

/** Share headlines, summaries and key figures of the real sections, read the way the build reads them. */
const sections = readdirSync('content/en/sections')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => sectionSchema.parse(parseFrontmatter(readFileSync(`content/en/sections/${f}`, 'utf8')).frontmatter));
const longest = sections.reduce((a, b) => (measure(b.shareTitle, fonts[700], 80) > measure(a.shareTitle, fonts[700], 80) ? b : a));

// The schema's limits: shareTitle ≤ 80 characters, summary ≤ 200, key figure qualifier ≤ 24, value ≤ 24,
// range ≤ 48, label ≤ 90.
const LONGEST_ALLOWED: CardInput = {
  header: SITE.name,
  title: 'What the Internal Revenue Service may share with Immigration and Customs agents.',
  figure: {
    qualifier: 'Slightly more than about',
    value: '$1,234,567,890,123 total',
    range: 'range $1,000,000,000 to $1,500,000,000,000 total',
    label: 'a label as long as the schema allows, written out in full to fill two lines of the card',
  },
};
const LONGEST_SUMMARY: CardInput = {
  header: SITE.name,
  title: LONGEST_ALLOWED.title,
  summary:
    'A summary as long as the schema allows: two full sentences that describe what the section covers, who it concerns, what the record shows and where it stops, in words a reader.',
};

/** RGBA pixels of a rendered card. */
async function pixels(input: CardInput) {
  const image = new Resvg(await renderCardSvg(input, files), { font: { loadSystemFonts: false } }).render();
  return { data: image.pixels, width: image.width, height: image.height };
}

describe('reading Inter’s widths from the WOFF files', () => {
  it('finds real advance widths: W is more than twice as wide as i, and both are plausible', () => {
    const bold = fonts[700];
    const w = bold.advance('W'.codePointAt(0)!);
    const i = bold.advance('i'.codePointAt(0)!);
    expect(w).toBeGreaterThan(2 * i);
    expect(w).toBeLessThan(1.2);
    expect(i).toBeGreaterThan(0.1);
    expect(bold.advance(' '.codePointAt(0)!)).toBeLessThan(i * 1.5);
  });

  it('measures bolder text as wider and bigger text in proportion to its size', () => {
    const text = 'Who is affected';
    expect(measure(text, fonts[800], 40)).toBeGreaterThan(measure(text, fonts[400], 40));
    expect(measure(text, fonts[700], 80)).toBeCloseTo(2 * measure(text, fonts[700], 40), 6);
  });
});

describe('wrap', () => {
  const byLength = (s: string) => s.length;

  it('fills each line with as many words as fit, breaking at spaces', () => {
    expect(wrap('one two three four five', 9, byLength)).toEqual(['one two', 'three', 'four five']);
  });

  it('breaks a word longer than the line between characters instead of letting it overflow', () => {
    const lines = wrap('a supercalifragilistic word', 8, byLength);
    expect(lines.every((l) => l.length <= 8)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('asupercalifragilisticword');
  });
});

describe('balancedWrap', () => {
  const byLength = (s: string) => s.length;

  it('evens out the lines instead of leaving one word alone on the last', () => {
    expect(wrap('of U.S. workers were unauthorized (Pew)', 33, byLength)).toEqual(['of U.S. workers were unauthorized', '(Pew)']);
    const lines = balancedWrap('of U.S. workers were unauthorized (Pew)', 33, byLength);
    expect(lines).toEqual(['of U.S. workers were', 'unauthorized (Pew)']);
  });

  it('uses no more lines than plain wrapping, keeps words whole and stays within the width', () => {
    const text = 'Undocumented immigrants pay payroll taxes withheld from wages and income taxes on returns';
    for (const width of [12, 20, 31, 50, 200]) {
      const lines = balancedWrap(text, width, byLength);
      expect(lines.length, `width ${width}`).toBe(wrap(text, width, byLength).length);
      expect(lines.join(' '), `width ${width}`).toBe(text);
      expect(Math.max(...lines.map(byLength)), `width ${width}`).toBeLessThanOrEqual(width);
    }
  });
});

describe('layoutCard', () => {
  it('sets every share headline of the explainer on at most three lines, large enough to read as a thumbnail', () => {
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const s of sections) {
      const layout = layoutCard(sectionCard(s), fonts);
      expect(layout.title.lines.length, s.shareTitle).toBeLessThanOrEqual(3);
      // A 1200 px card shown 500 px wide still gives the title at least 24 px.
      expect(layout.title.size, s.shareTitle).toBeGreaterThanOrEqual(58);
      expect(layout.slack, s.shareTitle).toBeGreaterThanOrEqual(0);
    }
  });

  it(`wraps the longest real title onto more than one line without losing a word`, () => {
    const layout = layoutCard(sectionCard(longest), fonts);
    expect(layout.title.lines.length).toBeGreaterThan(1);
    expect(layout.title.lines.join(' ')).toBe(longest.shareTitle);
  });

  it('shrinks a title as long as the schema allows (80 characters) until it fits, keeping every word', () => {
    const short = layoutCard({ ...LONGEST_ALLOWED, title: 'In court' }, fonts);
    for (const input of [LONGEST_ALLOWED, LONGEST_SUMMARY]) {
      const layout = layoutCard(input, fonts);
      expect(layout.title.size).toBeLessThan(short.title.size);
      expect(layout.title.lines.join(' ')).toBe(input.title);
      expect(layout.title.lines.length).toBeLessThanOrEqual(3);
      expect(layout.slack).toBeGreaterThanOrEqual(0);
    }
  });

  it('stops with a clear error rather than cut text that could never fit', () => {
    const absurd = { ...LONGEST_SUMMARY, title: 'An impossible title '.repeat(60) };
    expect(() => layoutCard(absurd, fonts)).toThrow(/does not fit on the card/);
  });

  it('keeps every line of every block within the text width', () => {
    for (const input of [LONGEST_ALLOWED, LONGEST_SUMMARY, HOME_CARD, SUMMARY_CARD, ...sections.map((s) => sectionCard(s))]) {
      const layout = layoutCard(input, fonts);
      for (const key of ['header', 'title', 'value', 'range', 'label', 'summary'] as const) {
        const b = layout[key];
        const type: { weight: Weight; letterSpacing?: number } = TYPE[key];
        for (const line of b?.lines ?? []) {
          expect(measure(line, fonts[type.weight], b!.size, type.letterSpacing ?? 0), line).toBeLessThanOrEqual(TEXT_WIDTH);
        }
      }
    }
  });

  it('shows the key figure when a section has one, and its summary otherwise', () => {
    const withFigure = sections.find((s) => s.keyFigure)!;
    const without = sections.find((s) => !s.keyFigure)!;
    expect(sectionCard(withFigure)).toMatchObject({ header: SITE.name, title: withFigure.shareTitle, figure: withFigure.keyFigure });
    expect(sectionCard(without)).toMatchObject({ header: SITE.name, title: without.shareTitle, summary: without.summary });
    expect(sectionCard(without).figure).toBeUndefined();
  });

  it('describes the card in words for og:image:alt: headline, figure with its qualifier and range', () => {
    const shareTitle = 'Where the three lawsuits over IRS–ICE data sharing stand';
    const alt = cardAlt(sectionCard({ shareTitle, summary: 'x'.repeat(30), keyFigure: { qualifier: 'approximately', value: '42,695', label: 'disclosures' } }));
    expect(alt).toContain(shareTitle);
    expect(alt).toContain('approximately 42,695 disclosures');
    const ranged = cardAlt(sectionCard({ shareTitle, summary: 'x'.repeat(30), keyFigure: { value: '$313 billion', range: 'range $147 billion to $479 billion', label: 'possible loss' } }));
    expect(ranged).toContain('$313 billion possible loss (range $147 billion to $479 billion)');
  });
});

describe('cardElement', () => {
  it('draws exactly the computed lines, one element per line, at the computed sizes', () => {
    const layout = layoutCard(sectionCard(longest), fonts);
    const texts: { text: string; size: number }[] = [];
    const walk = (node: ReturnType<typeof cardElement>, size = 0) => {
      const own = Number(node.props.style?.fontSize ?? size);
      const children = node.props.children;
      if (typeof children === 'string') texts.push({ text: children, size: own });
      else for (const c of children ?? []) if (typeof c !== 'string') walk(c, own);
    };
    walk(cardElement(layout));
    expect(texts).toContainEqual({ text: layout.title.lines[0], size: layout.title.size });
    expect(texts.filter((t) => t.size === layout.title.size).map((t) => t.text)).toEqual(layout.title.lines);
  });
});

describe('the rendered card', () => {
  it('places every text box inside the 1200×630 canvas for the longest titles (satori’s own layout)', async () => {
    for (const input of [sectionCard(longest), LONGEST_ALLOWED, LONGEST_SUMMARY]) {
      const boxes: { top: number; height: number; left: number; width: number; text: string }[] = [];
      await renderCardSvg(input, files, (n) => {
        if (n.textContent) boxes.push({ top: n.top, height: n.height, left: n.left, width: n.width, text: n.textContent });
      });
      expect(boxes.map((b) => b.text).join(' ')).toContain(input.title.split(' ').at(-1));
      for (const b of boxes) {
        expect(b.top, b.text).toBeGreaterThanOrEqual(CARD.padY - 1);
        expect(b.top + b.height, b.text).toBeLessThanOrEqual(CARD.height - CARD.padY + 1);
        expect(b.left + b.width, b.text).toBeLessThanOrEqual(CARD.width - CARD.padX + 1);
      }
    }
  });

  it('keeps the figure a fixed gap under the title, with no empty band between them, on every section card', async () => {
    for (const input of [...sections.map((s) => sectionCard(s)), LONGEST_ALLOWED, LONGEST_SUMMARY]) {
      const layout = layoutCard(input, fonts);
      const boxes: { top: number; height: number; text: string }[] = [];
      await renderCardSvg(input, files, (n) => {
        if (n.textContent) boxes.push({ top: n.top, height: n.height, text: n.textContent });
      });
      const titleLast = boxes.filter((b) => b.text === layout.title.lines.at(-1)).at(-1)!;
      const firstBelow = input.figure ? input.figure.value : layout.summary!.lines[0]!;
      const below = boxes.find((b) => b.text === firstBelow)!;
      expect(titleLast, input.title).toBeDefined();
      expect(below, input.title).toBeDefined();
      const gap = below.top - (titleLast.top + titleLast.height);
      // The value's box starts at its line box; the qualifier sits on its baseline inside the same line.
      expect(gap, input.title).toBeGreaterThanOrEqual(CARD.gap - 1);
      expect(gap, input.title).toBeLessThanOrEqual(CARD.gap + 24);
    }
  });

  it('sets a qualifier small on the number’s line and a range on its own line under it', async () => {
    const input = sectionCard(sections.find((s) => s.keyFigure?.qualifier)!);
    const layout = layoutCard(input, fonts);
    expect(layout.qualifier!.size).toBeLessThan(layout.value!.size / 2);
    const boxes: { top: number; left: number; height: number; text: string }[] = [];
    await renderCardSvg(input, files, (n) => {
      if (n.textContent) boxes.push({ top: n.top, left: n.left, height: n.height, text: n.textContent });
    });
    const q = boxes.find((b) => b.text === input.figure!.qualifier)!;
    const v = boxes.find((b) => b.text === input.figure!.value)!;
    expect(q.left).toBeLessThan(v.left);
    // Same baseline: the small word's box ends near the bottom of the number's box, not at its top.
    expect(q.top + q.height).toBeGreaterThan(v.top + v.height / 2);
    const ranged = layoutCard(sectionCard(sections.find((s) => s.keyFigure?.range)!), fonts);
    expect(ranged.range!.lines).toHaveLength(1);
    expect(ranged.range!.size).toBeLessThan(ranged.value!.size);
  });

  it('leaves the outer margin blank, so no letter is cut at an edge', async () => {
    for (const input of [LONGEST_ALLOWED, LONGEST_SUMMARY]) {
      const { data, width, height } = await pixels(input);
      expect([width, height]).toEqual([CARD.width, CARD.height]);
      const marks: string[] = [];
      for (let y = 0; y < height; y++) {
        for (let x = CARD.bar; x < width; x++) {
          const inMargin = x >= width - CARD.padX / 2 || y < CARD.padY / 2 || y >= height - CARD.padY / 2;
          if (!inMargin) continue;
          const at = 4 * (y * width + x);
          if (data[at]! < 250 || data[at + 1]! < 250 || data[at + 2]! < 250) marks.push(`${x},${y}`);
        }
      }
      expect(marks.slice(0, 5)).toEqual([]);
    }
  });

  it('renders a 1200×630 PNG far below 300 KB, the same bytes every time', async () => {
    const a = await renderCardPng(LONGEST_SUMMARY, files);
    const b = await renderCardPng(LONGEST_SUMMARY, files);
    expect([...a.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(a.buffer, a.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    expect(a.byteLength).toBeLessThan(300 * 1024);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});
