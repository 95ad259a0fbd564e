import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/data-dir.js';

describe('the default data folder', () => {
  it('is data/ in a project that can be written', () => {
    const root = mkdtempSync(join(tmpdir(), 'zonebot-root-'));
    expect(defaultDataDir(root, {})).toBe(join(root, 'data'));
  });

  it("is the user's own data folder where the install cannot be written", () => {
    const base = mkdtempSync(join(tmpdir(), 'zonebot-ro-'));
    // A "project" below a plain file: no data/ folder can ever be made there, whoever runs this (root included).
    writeFileSync(join(base, 'file'), '');
    const home = join(base, 'home');
    const dir = defaultDataDir(join(base, 'file', 'install'), { XDG_DATA_HOME: home });
    expect(dir).toBe(process.platform === 'linux' ? join(home, 'zonebot') : expect.stringContaining('zonebot'));
  });
});
