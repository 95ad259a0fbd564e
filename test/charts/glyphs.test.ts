import { existsSync, openSync, readSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CJK_FONT_FAMILY, cjkFontFile } from '../../src/charts/cjk-font.js';
import { resvgOptions } from '../../src/charts/rasterize.js';
import { coverage, difference, inkCells, type Raster } from './support/ink.js';

// Glyphs of a CJK font are one em wide, so at this size each character has a cell of its own.
const EM = 48;
const LEFT = 8;

function draw(text: string, options: ResvgRenderOptions): Raster {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * LEFT + EM * [...text].length}" height="64">
    <text x="${LEFT}" y="52" font-family="${CJK_FONT_FAMILY}" font-size="${EM}" fill="#000">${text}</text></svg>`;
  const image = new Resvg(svg, options).render();
  // resvg's pixels is a getter that copies the whole image: read it once.
  return { width: image.width, height: image.height, pixels: image.pixels };
}

function cells(text: string, options: ResvgRenderOptions): Uint8Array[] {
  return inkCells(draw(text, options), LEFT, EM, [...text].length);
}

const ZONE = '徐圩新区';
// Unassigned code points: no font has them, so they draw as the font's .notdef box (tofu).
const TOFU = '\u0378\u0379\u0380\u0381';

describe('Chinese labels', () => {
  it('the font comes from the installed package, as an OpenType file resvg reads', () => {
    const file = cjkFontFile();
    expect(existsSync(file)).toBe(true);
    const magic = Buffer.alloc(4);
    readSync(openSync(file, 'r'), magic, 0, 4, 0);
    expect(magic.toString('latin1')).toBe('OTTO');
  });

  it('are drawn with glyphs, not boxes', () => {
    const options = resvgOptions(cjkFontFile());
    const zone = cells(ZONE, options);
    const tofu = cells(TOFU, options);

    // The reference really is tofu: one and the same box for every missing character.
    for (const box of tofu.slice(1)) expect(difference(box, tofu[0] as Uint8Array)).toBe(0);
    expect(coverage(tofu[0] as Uint8Array)).toBeGreaterThan(0.02);

    for (const [i, glyph] of zone.entries()) {
      expect(difference(glyph, tofu[0] as Uint8Array), `${[...ZONE][i]} is not the box`).toBeGreaterThan(0.05);
      // A Chinese character inks a fair part of its cell: not a hairline, not a blot.
      expect(coverage(glyph), `${[...ZONE][i]} has ink`).toBeGreaterThan(0.05);
      expect(coverage(glyph)).toBeLessThan(0.5);
      // Four different characters, four different pictures.
      for (const other of zone.slice(i + 1)) expect(difference(glyph, other)).toBeGreaterThan(0.05);
    }
  });

  it('without the font draw nothing at all, so it is the font that draws them', () => {
    const bare = draw(ZONE, { font: { loadSystemFonts: false }, background: '#ffffff', logLevel: 'off' });
    const ink = inkCells(bare, LEFT, EM, 4);
    expect(ink.map(coverage)).toEqual([0, 0, 0, 0]);
  });
});
