import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.js';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.js';

export type Provider = 'sqlite' | 'postgresql';

/**
 * The two generated clients have the same models and API; the code is typed
 * against the SQLite one, which also keeps it to what both providers support.
 */
export type Db = SqliteClient;

export interface Database {
  db: Db;
  provider: Provider;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export function providerOf(url: string): Provider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(`unsupported database URL "${url.split(':')[0]}:…" (use file:… or postgresql://…)`);
}

/** The SQLite file a `file:` URL names, relative to the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.slice('file:'.length).split('?')[0] ?? '');
}

function adapterFor(url: string, provider: Provider): SqlMigrationAwareDriverAdapterFactory {
  if (provider === 'postgresql') return new PrismaPg({ connectionString: url });
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  return new PrismaBetterSqlite3({ url: `file:${path}` });
}

export function openDatabase(url: string): Database {
  const provider = providerOf(url);
  const adapter = adapterFor(url, provider);
  const db =
    provider === 'sqlite'
      ? new SqliteClient({ adapter })
      : (new PostgresClient({ adapter }) as unknown as SqliteClient);
  return { db, provider, adapter, close: () => db.$disconnect() };
}
