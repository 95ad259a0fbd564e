import BetterSqlite3 from 'better-sqlite3';

/**
 * Who has a SQLite database open is told by SQLite's own locks on a file beside
 * it, `<db>.lock`: every zonebot process (the bot, its replicas, the terminal)
 * holds a shared lock there while the database is open, and a restore needs an
 * exclusive one. The operating system drops a process's locks when it ends, so a
 * bot that was killed leaves nothing that blocks. The file is never written and
 * never removed: a lock file unlinked under its holders would no longer be the
 * one a newcomer locks.
 */
export function lockPath(database: string): string {
  return `${database}.lock`;
}

/** How long opening a database waits for a restore that holds it. */
const OPEN_WAIT_MS = 10_000;

function isBusy(err: unknown): boolean {
  return (err as { code?: unknown })?.code === 'SQLITE_BUSY';
}

/**
 * With its journal in memory: an exclusive lock would otherwise make a journal
 * file beside the lock file, though nothing is ever written.
 */
function lockConnection(database: string, waitMs: number): BetterSqlite3.Database {
  const lock = new BetterSqlite3(lockPath(database), { timeout: waitMs });
  lock.pragma('journal_mode = MEMORY');
  return lock;
}

/**
 * Marks the database open by this process until the returned function is
 * called, waiting up to `waitMs` for a restore to finish (tests shorten it).
 */
export function holdOpen(database: string, waitMs = OPEN_WAIT_MS): () => void {
  let lock: BetterSqlite3.Database | undefined;
  try {
    lock = lockConnection(database, waitMs);
    // A read transaction keeps its shared lock until it ends.
    lock.exec('BEGIN');
    lock.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    lock?.close();
    if (isBusy(err)) throw new Error(`${database} is being restored: try again once the restore has finished`);
    throw err;
  }
  const held = lock;
  return () => held.close();
}

/** Holds the database for a restore alone, or returns null while any zonebot process (this one too) has it open. */
export function holdAlone(database: string): (() => void) | null {
  let lock: BetterSqlite3.Database | undefined;
  try {
    lock = lockConnection(database, 0);
    lock.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    lock?.close();
    if (isBusy(err)) return null;
    throw err;
  }
  const held = lock;
  return () => held.close();
}
