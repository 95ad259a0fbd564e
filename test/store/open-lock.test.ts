import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdAlone, holdOpen, lockPath } from '../../src/store/open-lock.js';

const database = () => join(mkdtempSync(join(tmpdir(), 'zonebot-lock-')), 'zonebot.db');

describe('who has a database open', () => {
  it('lets any number of processes have it open, and a restore have it only when none do', () => {
    const path = database();
    const bot = holdOpen(path);
    const terminal = holdOpen(path);
    expect(holdAlone(path)).toBeNull();
    bot();
    expect(holdAlone(path)).toBeNull();
    terminal();
    const restore = holdAlone(path);
    expect(restore).not.toBeNull();
    restore?.();
    // Only SQLite's locks on it say anything: the file stays empty and leaves no journal behind.
    expect(statSync(lockPath(path)).size).toBe(0);
    expect(readdirSync(join(path, '..'))).toEqual(['zonebot.db.lock']);
  });

  it('makes a process opening the database wait for a restore, and then say why it cannot', () => {
    const path = database();
    const restore = holdAlone(path);
    try {
      expect(() => holdOpen(path, 50)).toThrow(`${path} is being restored: try again once the restore has finished`);
    } finally {
      restore?.();
    }
    holdOpen(path)();
  });
});
