import { existsSync } from 'node:fs';
import type { PlanData } from '../plan/types.js';
import { openDatabase, providerOf, sqlitePath } from './database.js';
import { readMigrationLevel } from './migrate.js';
import { readPlan } from './plan-repository.js';

/** What a database holds of one plan, read without writing or migrating anything. */
export type StoredPlan =
  | { state: 'no-database'; location: string }
  /** Migrations this zonebot would apply first (all of them for an empty database): its tables cannot be read yet. */
  | { state: 'not-migrated'; location: string; pending: number }
  /** Migrations edited, failed, or from a later zonebot: nothing in it is read. */
  | { state: 'unsound'; location: string; names: string[] }
  | { state: 'ready'; location: string; plan: PlanData | null; hash: string | null };

function doesNotExist(err: unknown): boolean {
  const cause = (err as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } })?.meta?.driverAdapterError
    ?.cause;
  return cause?.kind === 'DatabaseDoesNotExist';
}

/**
 * The plan `key` as the database at `url` holds it, and the hash of the file
 * it was loaded from. A SQLite file that is not there is not created, and a
 * database is never migrated: what cannot be read is said, not fixed.
 */
export async function readStoredPlan(url: string, key: string): Promise<StoredPlan> {
  if (providerOf(url) === 'sqlite' && !existsSync(sqlitePath(url))) {
    return { state: 'no-database', location: sqlitePath(url) };
  }
  const database = await openDatabase(url);
  const { location } = database;
  try {
    try {
      await database.db.$queryRawUnsafe('SELECT 1');
    } catch (err) {
      if (doesNotExist(err)) return { state: 'no-database', location };
      throw err;
    }
    const level = await readMigrationLevel(database);
    const names = [...level.unknown, ...level.edited, ...level.failed];
    if (names.length) return { state: 'unsound', location, names };
    if (level.pending.length) return { state: 'not-migrated', location, pending: level.pending.length };
    const row = await database.db.plan.findUnique({ where: { key }, select: { sourceHash: true } });
    return { state: 'ready', location, plan: await readPlan(database.db, key), hash: row?.sourceHash ?? null };
  } finally {
    await database.close();
  }
}
