import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { CHARTS, drawChart, type ChartId } from '../../src/chart-registry';
import {
  FONT_STACK,
  SVG_WIDTH,
  embedHeight,
  keyMarksSvg,
  standaloneSvg,
  xmlEscape,
  type StandaloneInput,
} from '../../src/charts/standalone-svg';
import { notDrawnNote } from '../../src/charts/not-drawn';
import { PALETTE } from '../../src/charts/palette';
import { svgToPng } from '../../src/lib/chart-png';
import { FAMILY, ttfPath } from '../../src/lib/fonts';
import { parseXml, type XmlElement } from '../setup/xml';
import { EN, loadDataset } from './charts-fixtures';
import { ui } from '../../src/i18n/ui';

// The standalone chart files are pure functions of the drawing and the words; these tests hold them to
// "a file of its own": well-formed XML, the SVG namespace, its own <style>, text kept as text, and no
// reference to anything outside the file.
const IDS = Object.keys(CHARTS) as ChartId[];

function inputOf(id: ChartId): StandaloneInput {
  const data = loadDataset(id);
  const drawn = drawChart(id, data);
  return {
    layout: drawn.layouts[1],
    ...(drawn.card ? { card: drawn.card } : {}),
    takeaway: drawn.text.takeaway,
    title: data.meta.title,
    description: drawn.text.description,
    note: notDrawnNote(drawn.notDrawn, ui('en').chart, EN.f),
    source: `Source: ${data.meta.sources[0]!.publisher}.`,
    site: 'The IRS–ICE Data Agreement, Explained',
    credit: `example.org/c/${id}/ · CC BY 4.0`,
    lang: 'en',
    hold: EN.w.hold,
  };
}

const walk = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(walk)];
const allText = (el: XmlElement): string =>
  walk(el)
    .filter((e) => e.name === 'text')
    .map((e) => e.text)
    .join(' ');

/** Pixels of an SVG rendered as resvg draws the PNGs (RGBA). */
function pixels(svg: string) {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: 600 },
    font: { loadSystemFonts: false, fontFiles: [ttfPath(400), ttfPath(700)], defaultFontFamily: FAMILY },
  }).render();
  return { width: image.width, height: image.height, data: image.pixels };
}
const hex = (data: Buffer, i: number) =>
  `#${[data[i], data[i + 1], data[i + 2]].map((n) => n!.toString(16).padStart(2, '0')).join('')}`;

describe.each(IDS)('the standalone %s chart', (id) => {
  const input = inputOf(id);
  const svg = standaloneSvg(input);
  const root = parseXml(svg);
  const all = walk(root);

  it('is well-formed XML: one <svg> root in the SVG namespace, with a width, height and viewBox', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.attrs.width)).toBe(SVG_WIDTH);
    expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`);
    expect(root.attrs['xml:lang']).toBe('en');
  });

  it('references nothing outside itself: no href, no url(), no @import, no image, no script', () => {
    for (const el of all) {
      for (const [name, value] of Object.entries(el.attrs)) {
        expect(name, `<${el.name} ${name}>`).not.toMatch(/(^|:)href$/);
        // A namespace name is an identifier, not something fetched.
        if (name !== 'xmlns') expect(value, `<${el.name} ${name}>`).not.toMatch(/url\(|https?:\/\//);
      }
      expect(['image', 'script', 'use', 'foreignObject', 'a', 'feImage']).not.toContain(el.name);
    }
    expect(svg).not.toMatch(/url\(|@import|xlink|<!ENTITY/);
  });

  it('carries its own <style>: light colours of the marks it draws and a font stack with fallbacks', () => {
    const styles = all.filter((e) => e.name === 'style');
    expect(styles).toHaveLength(1);
    const css = styles[0]!.text;
    expect(css).toContain(`font-family:${FONT_STACK}`);
    expect(FONT_STACK).toMatch(/^'Source Serif 4', .*Georgia, .*serif$/);
    expect(css).not.toMatch(/var\(--/);
    const categories = new Set(input.layout.marks.map((m) => m.category).filter((c) => c !== 'muted'));
    for (const c of categories) expect(css, c).toContain(PALETTE[c as keyof typeof PALETTE].light);
    // Every class the drawing uses is defined in the style.
    const used = new Set(all.flatMap((e) => (e.attrs.class ?? '').split(/\s+/).filter(Boolean)));
    for (const cls of used) expect(css, cls).toContain(`.${cls}{`);
  });

  it('keeps text as text: the takeaway, the title, every chart label, the source and the credit', () => {
    const texts = all.filter((e) => e.name === 'text');
    expect(texts.length).toBeGreaterThan(input.layout.labels.length);
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    const words = flat(allText(root));
    for (const label of input.layout.labels) expect(words).toContain(flat(label.text));
    for (const part of [input.takeaway, input.title, input.source, input.credit]) {
      for (const word of part.split(/\s+/)) expect(words, part).toContain(word);
    }
    expect(all.find((e) => e.name === 'title')?.text).toContain(input.takeaway);
    expect(all.find((e) => e.name === 'desc')?.text).toBe(input.description);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('draws in the palette’s light colours when rendered as the PNG is (resvg applies the <style>)', () => {
    const { width, height, data } = pixels(svg);
    expect(width).toBe(600);
    expect(height).toBe(Math.round(Number(root.attrs.height)));
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add(hex(data, i));
    expect(seen.has('#ffffff'), 'white background').toBe(true);
    const fills = [
      ...new Set(
        input.layout.marks.flatMap((m) =>
          m.shapes.some((s) => !s.outline) && m.category !== 'muted'
            ? [PALETTE[m.category as keyof typeof PALETTE].light]
            : [],
        ),
      ),
    ];
    expect(
      fills.some((c) => seen.has(c)),
      `one of ${fills.join(', ')} is drawn`,
    ).toBe(true);
    // Text is drawn: dark pixels of the ink colour appear in the takeaway's band at the top.
    let dark = 0;
    for (let i = 0; i < 600 * 60 * 4; i += 4) if (data[i]! < 80 && data[i + 1]! < 80 && data[i + 2]! < 80) dark++;
    expect(dark).toBeGreaterThan(500);
  });

  it('gives its share card the key marks alone, cropped to them: every mark inside, every shape drawn, no text', () => {
    // A chart too tall for a card brings a short drawing of its own (the court fight); its marks are the card's.
    const drawing = input.card ?? input.layout;
    const art = keyMarksSvg(drawing);
    const el = parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${art.svg}`);
    const [x, y, w, h] = el.attrs.viewBox!.split(' ').map(Number);
    expect([w, h]).toEqual([art.width, art.height]);
    const shapes = drawing.marks.flatMap((m) => m.shapes);
    for (const s of shapes) {
      expect(s.x).toBeGreaterThanOrEqual(x!);
      expect(s.y).toBeGreaterThanOrEqual(y!);
      expect(s.x + s.width).toBeLessThanOrEqual(x! + w!);
      expect(s.y + s.height).toBeLessThanOrEqual(y! + h!);
    }
    // A shape with a path (a circle, a diamond) is drawn as that path, not as its bounding box.
    expect(
      walk(el)
        .filter((e) => e.name === 'path')
        .map((e) => e.attrs.d),
    ).toEqual(shapes.filter((s) => s.d).map((s) => s.d));
    expect(walk(el).filter((e) => e.name === 'rect')).toHaveLength(shapes.filter((s) => !s.d).length);
    expect(walk(el).filter((e) => e.name === 'text')).toEqual([]);
  });

  it('proposes an embed height that holds the text and the drawing at a 600 px column', () => {
    const h = embedHeight(input);
    expect(h % 10).toBe(0);
    expect(h).toBeGreaterThan(input.layout.height);
    expect(h).toBeLessThan(input.layout.height * 1.1 + 400);
  });
});

describe('the standalone file’s helpers', () => {
  it('escape text for XML', () => {
    expect(xmlEscape('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
  });

  it('draw text in the site’s typeface, from the project’s own font files (the machine’s are never used)', () => {
    const text = (family: string) =>
      svgToPng(
        `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><text x="0" y="15" font-family="${family}" font-size="14">Hello</text></svg>`,
        200,
      );
    const png = text(FAMILY);
    expect(Buffer.from(png).readUInt32BE(16)).toBe(200);
    // A family resvg does not have falls back to the same file, so the pixels match.
    expect(Buffer.compare(Buffer.from(text('Comic Sans MS')), Buffer.from(png))).toBe(0);
  });
});
