import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkFontFile } from '../../src/charts/cjk-font.js';
import { subsetFont } from '../../src/charts/harfbuzz-subset.js';

const TEXT = '㐀䶵徐圩新区 综合得分 12.5%';

describe('the font cut to a text', () => {
  it('is an OpenType file a small part of the whole, the same each time it is cut', async () => {
    const cut = await subsetFont(cjkFontFile(), TEXT);
    expect(cut.subarray(0, 4).toString('latin1')).toBe('OTTO');
    expect(cut.length).toBeLessThan(statSync(cjkFontFile()).size / 100);
    const again = await Promise.all(Array.from({ length: 20 }, () => subsetFont(cjkFontFile(), TEXT)));
    for (const other of again) expect(other.equals(cut)).toBe(true);
  });

  it('grows with the text it is cut to', async () => {
    const short = await subsetFont(cjkFontFile(), '徐');
    const long = await subsetFont(cjkFontFile(), TEXT);
    expect(long.length).toBeGreaterThan(short.length);
  });

  it('is refused for a file that is no font or is not there, and the real font still cuts afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zonebot-not-a-font-'));
    const notFont = join(dir, 'not-a-font.otf');
    writeFileSync(notFont, 'plain text, not a font');
    await expect(subsetFont(notFont, TEXT)).rejects.toThrow(/HarfBuzz/);
    await expect(subsetFont(join(dir, 'missing.otf'), TEXT)).rejects.toThrow(/ENOENT/);
    expect((await subsetFont(cjkFontFile(), TEXT)).length).toBeGreaterThan(0);
  });
});
