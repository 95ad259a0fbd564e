import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Provider } from '../../src/store/database.js';
import { createDatabase, TEST_DATABASE_URL } from './postgres.js';

export interface ProviderCase {
  provider: Provider;
  /** A describe title that says why the suite did not run, when it cannot. */
  title: string;
  skip: boolean;
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL names a server. */
export const PROVIDERS: ProviderCase[] = [
  { provider: 'sqlite', title: 'sqlite', skip: false },
  {
    provider: 'postgresql',
    title: TEST_DATABASE_URL ? 'postgresql' : 'postgresql (skipped: TEST_DATABASE_URL is not set)',
    skip: !TEST_DATABASE_URL,
  },
];

/** A URL to a new, empty database of the provider, private to the caller. */
export async function freshDatabaseUrl(provider: Provider, label: string): Promise<string> {
  if (provider === 'postgresql') return createDatabase(inject('runId'), label);
  return `file:${join(mkdtempSync(join(tmpdir(), 'zonebot-test-')), 'zonebot.db')}`;
}

/**
 * A URL to a new database of the provider with every migration applied and
 * the real plan loaded, private to the caller: a copy of the run's template.
 */
export async function preparedDatabaseUrl(provider: Provider, label: string): Promise<string> {
  if (provider === 'postgresql') return createDatabase(inject('runId'), label, inject('postgresTemplate'));
  const path = join(mkdtempSync(join(tmpdir(), 'zonebot-test-')), 'zonebot.db');
  copyFileSync(inject('sqliteTemplate'), path);
  return `file:${path}`;
}
