import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { MIGRATIONS_DIR, MODELS_FILE } from '../src/paths.js';
import { diffSchemas } from '../src/store/schema-engine.js';
import { PROVIDERS, schemaFor } from './schema.js';

// `prisma migrate dev` needs the native engine and a shadow database; instead the
// models as of the last migration are kept in a snapshot, and each provider's
// new migration is the engine's diff from that snapshot to the current models.
// Usage: npm run migration:new -- <name>

const SNAPSHOT = join(MIGRATIONS_DIR, 'models.snapshot.prisma');

// A diff between two schema files never touches a database, but the engine wants an
// adapter to start; an in-memory SQLite one serves both providers' diffs.
const offlineAdapter = () => new PrismaBetterSqlite3({ url: ':memory:' });

async function main(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: npm run migration:new -- <snake_case_name>');
  const models = readFileSync(MODELS_FILE, 'utf8');
  const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : null;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  let written = 0;
  for (const provider of PROVIDERS) {
    const sql = await diffSchemas(
      offlineAdapter(),
      previous === null ? null : schemaFor(provider, previous),
      schemaFor(provider, models),
    );
    if (sql.trim() === '' || sql.includes('This is an empty migration')) continue;
    const dir = join(MIGRATIONS_DIR, provider, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    writeFileSync(join(MIGRATIONS_DIR, provider, 'migration_lock.toml'), `provider = "${provider}"\n`);
    written++;
    process.stdout.write(`wrote ${dir}/migration.sql\n`);
  }
  if (written === 0) process.stdout.write('models match the last migration: nothing to write\n');
  else writeFileSync(SNAPSHOT, models);
}

main(process.argv[2]).catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
