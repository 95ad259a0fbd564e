import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CJK_FONT_FAMILY, cjkFontFile } from '../../src/charts/cjk-font.js';
import { charactersOf, withFontFor } from '../../src/charts/font-subset.js';
import { resvgOptions } from '../../src/charts/rasterize.js';

// A zone name with characters of Extension A (㐀, 䶵) and of the basic block, and text ECharts escapes.
const TEXT = '㐀䶵徐圩新区 R&amp;D &lt;1&gt; 12.5';
const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="64"><text x="8" y="52" font-family="${CJK_FONT_FAMILY}" font-size="48" fill="#000">${text}</text></svg>`;

const pixels = (picture: string, fontFile: string) => new Resvg(picture, resvgOptions(fontFile)).render().pixels;

describe('the characters an SVG can show', () => {
  it('are its own, once each, with the characters it references read', () => {
    expect(charactersOf('<t>徐徐 &amp;&lt;&gt;&quot;&apos; &#x4E00;&#20108;</t>')).toBe('<t>徐 &"\'一二/');
  });

  it('leave a reference to no character as it is', () => {
    expect(charactersOf('&#x110000;&#9999999;&nbsp;')).toBe('&#x10;9nbsp');
  });
});

describe('a chart drawn with the font cut to its text', () => {
  it('looks exactly as it does with the whole font, rare characters and all', async () => {
    const picture = svg(TEXT);
    const cut = await withFontFor(picture, async (fontFile) => pixels(picture, fontFile));
    expect(cut.equals(pixels(picture, cjkFontFile()))).toBe(true);
  });

  it('leaves no font file behind, when drawn or when the drawing fails', async () => {
    let drawn = '';
    await withFontFor(svg(TEXT), async (fontFile) => {
      drawn = fontFile;
      expect(existsSync(fontFile)).toBe(true);
    });
    expect(existsSync(drawn)).toBe(false);
    let failed = '';
    const failing = withFontFor(svg(TEXT), async (fontFile) => {
      failed = fontFile;
      throw new Error('the drawing failed');
    });
    await expect(failing).rejects.toThrow('the drawing failed');
    expect(failed).not.toBe('');
    expect(existsSync(failed)).toBe(false);
  });
});
