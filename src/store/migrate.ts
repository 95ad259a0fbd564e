import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../paths.js';
import type { Database, Provider } from './database.js';
import type { MigrationList } from './schema-engine.js';

/** The committed migrations of one provider, in the shape the schema engine reads. */
export function readMigrations(provider: Provider, root = MIGRATIONS_DIR): MigrationList {
  const baseDir = join(root, provider);
  const lockPath = join(baseDir, 'migration_lock.toml');
  const names = readdirSync(baseDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((path) => ({
      path,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(join(baseDir, path, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** The database was migrated by a later zonebot than this one: running on it could lose what it stores. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
  constructor(readonly unknown: string[]) {
    super(`the database has migrations this zonebot does not know (${unknown.join(', ')}): upgrade zonebot to use it`);
  }
}

/** A row of Prisma's `_prisma_migrations`, from whichever connection read it. */
export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

export const APPLIED_MIGRATIONS_SQL =
  'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations';

/** Where a database's migrations stand against the ones this zonebot carries. */
export interface MigrationLevel {
  /** This zonebot's migrations the database holds whole and unedited, in order. */
  applied: string[];
  /** This zonebot's migrations it does not hold yet (it is from an older zonebot): the next start applies them. */
  pending: string[];
  /** Applied from a script other than this zonebot's. */
  edited: string[];
  /** Started and never finished. */
  failed: string[];
  /** Applied by a later zonebot. */
  unknown: string[];
}

/** Compares the rows of `_prisma_migrations` with the committed scripts (Prisma's checksum is the script's sha256). */
export function migrationLevel(rows: AppliedMigration[], list: MigrationList): MigrationLevel {
  const live = rows.filter((r) => r.rolled_back_at === null);
  const finished = new Map(live.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]));
  const known = new Set(list.migrationDirectories.map((d) => d.path));
  const level: MigrationLevel = {
    applied: [],
    pending: [],
    edited: [],
    failed: live.filter((r) => r.finished_at === null).map((r) => r.migration_name),
    unknown: [...finished.keys()].filter((name) => !known.has(name)),
  };
  for (const dir of list.migrationDirectories) {
    const { content } = dir.migrationFile;
    const checksum = finished.get(dir.path);
    if (checksum === undefined) level.pending.push(dir.path);
    else if (content.tag === 'ok' && checksum === createHash('sha256').update(content.value).digest('hex')) {
      level.applied.push(dir.path);
    } else level.edited.push(dir.path);
  }
  return level;
}

/** The rows of `_prisma_migrations`, or null before the database has the table. */
async function appliedMigrations(database: Database): Promise<AppliedMigration[] | null> {
  try {
    return await database.db.$queryRawUnsafe<AppliedMigration[]>(APPLIED_MIGRATIONS_SQL);
  } catch {
    return null;
  }
}

/** The database's migration level, without migrating it. */
export async function readMigrationLevel(database: Database, root = MIGRATIONS_DIR): Promise<MigrationLevel> {
  return migrationLevel((await appliedMigrations(database)) ?? [], readMigrations(database.provider, root));
}

/**
 * Whether the database already holds exactly the committed migrations, each
 * applied whole and unedited. Most starts find it so, and then need no schema
 * engine: it takes an exclusive lock on SQLite that a running bot's
 * connections would refuse, and it costs start-up time.
 */
async function upToDate(database: Database, list: MigrationList): Promise<boolean> {
  const rows = await appliedMigrations(database);
  // No migration table yet: a new database.
  if (rows === null) return false;
  const level = migrationLevel(rows, list);
  if (level.failed.length) return false;
  if (level.unknown.length) throw new NewerDatabaseError(level.unknown);
  return level.pending.length === 0 && level.edited.length === 0;
}

/**
 * Applies pending migrations, as `prisma migrate deploy` would, and returns the
 * names applied. Refuses to run over a history that was edited or has failed.
 */
export async function migrate(database: Database, root = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = readMigrations(database.provider, root);
  if (await upToDate(database, migrationsList)) return [];
  await database.release();
  // The engine's bindings are loaded only for a migration to apply: most starts have none.
  const { NO_FILTERS, withSchemaEngine } = await import('./schema-engine.js');
  return withSchemaEngine(database.adapter, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    const history = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    if (history.failedMigrationNames.length > 0 || history.editedMigrationNames.length > 0) {
      throw new Error(
        `migration history needs attention: failed [${history.failedMigrationNames.join(', ')}], edited [${history.editedMigrationNames.join(', ')}]`,
      );
    }
    return appliedMigrationNames;
  });
}
