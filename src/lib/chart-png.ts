// Standalone chart SVGs (src/charts/standalone-svg.ts) rendered to PNG at build time with resvg, with
// the project's own Inter (never the machine's fonts, so every build draws the same pixels). resvg reads
// TrueType, not WOFF, and only from files, so the bundled WOFF files are unpacked once into sfnt files
// in the system's temp folder (named by a hash of their bytes; written atomically, so parallel builds
// share them safely).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

/** WOFF 1.0 → the TrueType/OpenType file it wraps (tables unpacked, 4-byte aligned). Pure. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('woffToSfnt: not a WOFF 1.0 file');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      data: compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw,
    };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + pad4(t.data.length), headerSize);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, searchRange);
  o.setUint16(8, entrySelector);
  o.setUint16(10, numTables * 16 - searchRange);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    o.setUint32(at, t.tag);
    o.setUint32(at + 4, t.checksum);
    o.setUint32(at + 8, offset);
    o.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad4(t.data.length);
  });
  return out;
}

const WEIGHTS = [400, 700] as const;
let fontFiles: string[] | undefined;

/** Inter 400 and 700 as TrueType files resvg can load, unpacked from @fontsource/inter once. */
export function interTrueTypeFiles(root = process.cwd()): string[] {
  if (fontFiles) return fontFiles;
  const dir = join(tmpdir(), 'explainer-chart-fonts');
  mkdirSync(dir, { recursive: true });
  fontFiles = WEIGHTS.map((w) => {
    const woff = readFileSync(join(root, 'node_modules/@fontsource/inter/files', `inter-latin-${w}-normal.woff`));
    const file = join(dir, `inter-${w}-${createHash('sha256').update(woff).digest('hex').slice(0, 16)}.ttf`);
    if (!existsSync(file)) {
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, woffToSfnt(woff));
      renameSync(partial, file);
    }
    return file;
  });
  return fontFiles;
}

/** An SVG drawn to PNG `width` px wide (its height follows the viewBox), text in the project's Inter. */
export function svgToPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: interTrueTypeFiles(), defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  });
  return new Uint8Array(resvg.render().asPng());
}
