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

/**
 * Applies pending migrations, as `prisma migrate deploy` would, and returns the
 * names applied. Refuses to run over a history that was edited or has failed.
 */
export async function migrate(database: Database, root = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = readMigrations(database.provider, root);
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
