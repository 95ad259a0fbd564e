import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans S Chinese (思源黑体, OFL-1.1) from @embedpdf/fonts-sc: a full
 * Simplified Chinese font (every CJK Unified Ideograph and Extension A) as OTF,
 * which resvg reads; a subset would draw the next plan's rarer zone names as boxes.
 */
export const CJK_FONT_FAMILY = 'Noto Sans S Chinese';
const FONT_PACKAGE = '@embedpdf/fonts-sc';
const FONT_FILE = join('fonts', 'NotoSansHans-Regular.otf');

/** The font file in the installed package, wherever npm put it. */
export function cjkFontFile(): string {
  // The package exports only its script (dist/index.cjs), so its folder is found from that.
  const entry = createRequire(import.meta.url).resolve(FONT_PACKAGE);
  return join(dirname(dirname(entry)), FONT_FILE);
}
