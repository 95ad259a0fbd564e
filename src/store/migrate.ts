import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../paths.js';
import type { Database, Provider } from './database.js';
import { type MigrationList, NO_FILTERS, withSchemaEngine } from './schema-engine.js';

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

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * Whether the database already holds exactly the committed migrations, each
 * applied whole and unedited (Prisma's checksum is the script's sha256). Most
 * starts find it so, and then need no schema engine: it takes an exclusive
 * lock on SQLite that a running bot's connections would refuse, and it costs
 * start-up time.
 */
async function upToDate(database: Database, list: MigrationList): Promise<boolean> {
  let rows: AppliedRow[];
  try {
    rows = await database.db.$queryRawUnsafe<AppliedRow[]>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations',
    );
  } catch {
    // No migration table yet: a new database.
    return false;
  }
  const applied = rows.filter((r) => r.rolled_back_at === null);
  if (applied.some((r) => r.finished_at === null)) return false;
  const byName = new Map(applied.map((r) => [r.migration_name, r.checksum]));
  const known = new Set(list.migrationDirectories.map((d) => d.path));
  const newer = applied.map((r) => r.migration_name).filter((name) => !known.has(name));
  if (newer.length) throw new NewerDatabaseError(newer);
  return list.migrationDirectories.every((dir) => {
    const { content } = dir.migrationFile;
    if (content.tag !== 'ok') return false;
    return byName.get(dir.path) === createHash('sha256').update(content.value).digest('hex');
  });
}

/**
 * Applies pending migrations, as `prisma migrate deploy` would, and returns the
 * names applied. Refuses to run over a history that was edited or has failed.
 */
export async function migrate(database: Database, root = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = readMigrations(database.provider, root);
  if (await upToDate(database, migrationsList)) return [];
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
