import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { COPY_BUSY_MS, levelOf, type Refused, refuse } from './copy-check.js';
import type { MigrationLevel } from './migrate.js';

export interface BackedUp {
  ok: true;
  path: string;
  bytes: number;
  /** null for a database no zonebot has migrated yet. */
  level: MigrationLevel | null;
}

/**
 * Copies a SQLite database, consistent as of one moment, while the bot runs
 * and writes. `VACUUM INTO` reads every page in one read transaction: in WAL
 * mode writers go on beside it and cannot restart it, as each of their commits
 * would restart the backup API's page-by-page steps. It writes beside the
 * destination first and renames, so an interrupted backup never leaves a
 * half-written file under the name an operator will trust.
 */
export function backupSqlite(source: string, destination: string, options: { force: boolean }): BackedUp | Refused {
  const from = resolve(source);
  const to = resolve(destination);
  if (!existsSync(from)) return refuse({ reason: 'no-database', path: from });
  if (to === from) return refuse({ reason: 'same-file', path: to });
  if (existsSync(to) && !options.force) return refuse({ reason: 'exists', path: to });
  mkdirSync(dirname(to), { recursive: true });
  const partial = `${to}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const db = new BetterSqlite3(from, { readonly: true, fileMustExist: true, timeout: COPY_BUSY_MS });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, to);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
  const copy = new BetterSqlite3(to, { readonly: true, fileMustExist: true });
  try {
    return { ok: true, path: to, bytes: statSync(to).size, level: levelOf(copy) };
  } finally {
    copy.close();
  }
}
