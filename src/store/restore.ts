import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type CopyContents, openCopy, type Refused, refuse } from './copy-check.js';
import { holdAlone } from './open-lock.js';

export interface Restored {
  ok: true;
  target: string;
  /** Where the database it replaced was kept, or null when there was none. */
  kept: string | null;
  contents: CopyContents;
}

/**
 * The files SQLite reads beside a database on opening it: a WAL's commits, or
 * a hot journal's rollback, would be applied to whatever file then has the
 * database's name.
 */
const REPLAYED = ['-wal', '-journal'];

/** 2026-11-28T02:00:00.000Z → 20261128T020000Z, a name every file system takes. */
function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Replaces the database at `target` with a checked copy, while no zonebot
 * process has it open. The copy is written beside the target and renamed over
 * it, so the target is always one whole database. What it replaces is kept as
 * `<db>.before-restore-<time>` with its WAL, which may hold commits the main
 * file does not have yet, so nothing is lost.
 */
export function restoreSqlite(copy: string, target: string, now: Date): Restored | Refused {
  const from = resolve(copy);
  const to = resolve(target);
  if (!existsSync(from)) return refuse({ reason: 'no-copy', path: from });
  if (from === to) return refuse({ reason: 'same-file', path: to });
  const opened = openCopy(from);
  if (!opened.ok) return opened;
  const { db, contents } = opened;
  try {
    mkdirSync(dirname(to), { recursive: true });
    const release = holdAlone(to);
    if (!release) return refuse({ reason: 'in-use', path: to });
    const incoming = `${to}.restoring-${process.pid}`;
    try {
      rmSync(incoming, { force: true });
      // From the connection that was checked: exactly what passed the checks, WAL included, in one file.
      db.prepare('VACUUM INTO ?').run(incoming);
      const kept = existsSync(to) ? `${to}.before-restore-${stamp(now)}` : null;
      if (kept) copyFileSync(to, kept, constants.COPYFILE_EXCL);
      for (const suffix of REPLAYED) {
        if (kept && existsSync(`${to}${suffix}`)) renameSync(`${to}${suffix}`, `${kept}${suffix}`);
        else rmSync(`${to}${suffix}`, { force: true });
      }
      renameSync(incoming, to);
      rmSync(`${to}-shm`, { force: true });
      return { ok: true, target: to, kept, contents };
    } finally {
      rmSync(incoming, { force: true });
      release();
    }
  } finally {
    db.close();
  }
}
