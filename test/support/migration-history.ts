import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import type { Provider } from '../../src/store/database.js';
import { readMigrations } from '../../src/store/migrate.js';

/** The migrations folder as it was when only the first `count` migrations existed, as an older zonebot had it. */
export function historyUpTo(provider: Provider, count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'zonebot-migrations-'));
  cpSync(join(MIGRATIONS_DIR, provider, 'migration_lock.toml'), join(root, provider, 'migration_lock.toml'));
  for (const dir of readMigrations(provider).migrationDirectories.slice(0, count)) {
    cpSync(join(MIGRATIONS_DIR, provider, dir.path), join(root, provider, dir.path), { recursive: true });
  }
  return root;
}
