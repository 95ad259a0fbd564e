import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { CJK_FONT_FAMILY } from './cjk-font.js';
import { withFontFor } from './font-subset.js';

/** Only the CJK font, so a chart looks the same on every machine, with or without system fonts. */
export function resvgOptions(fontFile: string): ResvgRenderOptions {
  return {
    font: {
      fontFiles: [fontFile],
      loadSystemFonts: false,
      defaultFontFamily: CJK_FONT_FAMILY,
      sansSerifFamily: CJK_FONT_FAMILY,
    },
    background: '#ffffff',
    logLevel: 'off',
  };
}

/** Rasterizes off the main thread (resvg's worker pool), so the bot goes on answering meanwhile. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await withFontFor(svg, (fontFile) => renderAsync(svg, resvgOptions(fontFile)));
  return image.asPng();
}
