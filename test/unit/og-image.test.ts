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

const files = interFontFiles();
const fonts = fontSet(files);

/** Titles, summaries and key figures of the real sections, read from their frontmatter. */
const sections = readdirSync('content/sections')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = readFileSync(`content/sections/${f}`, 'utf8').split(/^---$/m)[1] ?? '';
    const unquote = (s: string | undefined) => s?.trim().replace(/^(["'])(.*)\1$/, '$2') ?? '';
    const figure = /^keyFigure:\n\s+value:\s*(.+)\n\s+label:\s*(.+)$/m.exec(front);
    return {
      title: unquote(/^title:\s*(.+)$/m.exec(front)?.[1]),
      summary: unquote(/^summary:\s*>-?\n((?:\s+.+\n?)+)/m.exec(front)?.[1]?.replace(/\s+/g, ' ')),
      keyFigure: figure ? { value: unquote(figure[1]), label: unquote(figure[2]) } : undefined,
    };
  });
const longest = sections.reduce((a, b) => (measure(b.title, fonts[700], 80) > measure(a.title, fonts[700], 80) ? b : a));

// The schema's limits: title ≤ 90 characters, summary ≤ 200, key figure value ≤ 24, label ≤ 90.
const LONGEST_ALLOWED: CardInput = {
  header: SITE.name,
  title: 'What the Internal Revenue Service may share with Immigration and Customs Enforcement, and why',
  figure: { value: '$1,234,567,890,123 total', label: 'a label as long as the schema allows, written out in full to fill two lines of the card' },
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
  it('sets every section title of the explainer on at most three lines, large enough to read as a thumbnail', () => {
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const s of sections) {
      const layout = layoutCard(sectionCard(s), fonts);
      expect(layout.title.lines.length, s.title).toBeLessThanOrEqual(3);
      // A 1200 px card shown 500 px wide still gives the title at least 24 px.
      expect(layout.title.size, s.title).toBeGreaterThanOrEqual(58);
      expect(layout.slack, s.title).toBeGreaterThanOrEqual(CARD.gap);
    }
  });

  it(`wraps the longest real title onto more than one line without losing a word`, () => {
    const layout = layoutCard(sectionCard(longest), fonts);
    expect(layout.title.lines.length).toBeGreaterThan(1);
    expect(layout.title.lines.join(' ')).toBe(longest.title);
  });

  it('shrinks a title as long as the schema allows (90 characters) until it fits, keeping every word', () => {
    const short = layoutCard({ ...LONGEST_ALLOWED, title: 'In court' }, fonts);
    for (const input of [LONGEST_ALLOWED, LONGEST_SUMMARY]) {
      const layout = layoutCard(input, fonts);
      expect(layout.title.size).toBeLessThan(short.title.size);
      expect(layout.title.lines.join(' ')).toBe(input.title);
      expect(layout.title.lines.length).toBeLessThanOrEqual(3);
      expect(layout.slack).toBeGreaterThanOrEqual(CARD.gap);
    }
  });

  it('stops with a clear error rather than cut text that could never fit', () => {
    const absurd = { ...LONGEST_SUMMARY, title: 'An impossible title '.repeat(60) };
    expect(() => layoutCard(absurd, fonts)).toThrow(/does not fit on the card/);
  });

  it('keeps every line of every block within the text width', () => {
    for (const input of [LONGEST_ALLOWED, LONGEST_SUMMARY, HOME_CARD, SUMMARY_CARD, ...sections.map(sectionCard)]) {
      const layout = layoutCard(input, fonts);
      for (const key of ['header', 'title', 'value', 'label', 'summary'] as const) {
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
    expect(sectionCard(withFigure)).toMatchObject({ header: SITE.name, title: withFigure.title, figure: withFigure.keyFigure });
    expect(sectionCard(without)).toMatchObject({ header: SITE.name, title: without.title, summary: without.summary });
    expect(sectionCard(without).figure).toBeUndefined();
  });

  it('describes the card in words for og:image:alt: title and figure', () => {
    const alt = cardAlt(sectionCard({ title: 'In court', summary: 'x'.repeat(30), keyFigure: { value: '42,695', label: 'disclosures' } }));
    expect(alt).toContain('In court');
    expect(alt).toContain('42,695 disclosures');
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
