import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// The chart colours live in ChartFigure.astro's CSS; these tests read them from there, with the
// page backgrounds from the site's global.css, so a colour change cannot skip the checks.
const css = readFileSync('src/components/charts/ChartFigure.astro', 'utf8');
const global = readFileSync('src/styles/global.css', 'utf8');
const dark = (text: string) => text.slice(text.indexOf('prefers-color-scheme: dark'));
const vars = (text: string, prefix: string) =>
  [1, 2, 3].map((n) => new RegExp(`--${prefix}-${n}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1] ?? 'missing');
const bg = (text: string) => /--c-bg:\s*(#[0-9a-f]{6})/i.exec(text)?.[1] ?? 'missing';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (rgb: number[]) => 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(channels(a).map(linear)), luminance(channels(b).map(linear))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const lab = (lin: number[]) => {
  const [r, g, b] = lin;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const X = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const Y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const Z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * Y - 16, 500 * (X - Y), 200 * (Y - Z)];
};
// Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const seen = (hex: string, m?: number[][]) => {
  const lin = channels(hex).map(linear);
  return lab(m ? m.map((row) => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]))) : lin);
};
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const schemes = [
  { name: 'light', colours: vars(css, 'chart'), background: bg(global) },
  { name: 'dark', colours: vars(dark(css), 'chart'), background: bg(dark(global)) },
];

describe('chart colours', () => {
  it.each(schemes)('in the $name scheme, each series colour has at least 3:1 contrast with the page background', ({ colours, background }) => {
    for (const c of colours) expect(contrast(c, background), `${c} on ${background}`).toBeGreaterThanOrEqual(3);
  });

  it.each(schemes)('in the $name scheme, the series differ in lightness by at least 15 L* (greyscale print)', ({ colours }) => {
    const L = colours.map((c) => seen(c)[0]);
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(Math.abs(L[i] - L[j]), `${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(15);
  });

  it.each(schemes)('in the $name scheme, the series stay apart under simulated colour blindness (ΔE ≥ 20)', ({ colours }) => {
    for (const [kind, m] of Object.entries(CVD)) {
      for (let i = 0; i < 3; i++) {
        for (let j = i + 1; j < 3; j++) {
          expect(deltaE(seen(colours[i], m), seen(colours[j], m)), `${kind}: ${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });
});
