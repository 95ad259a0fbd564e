import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.js';
import { holdOpen } from './open-lock.js';

export type Provider = 'sqlite' | 'postgresql';

/**
 * The two generated clients have the same models and API; the code is typed
 * against the SQLite one, which also keeps it to what both providers support.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type ChangeKind =
  | 'figure'
  | 'verification'
  | 'progress'
  | 'decision'
  | 'note'
  | 'grant'
  | 'person'
  | 'plan'
  | 'channel'
  | 'calendar';

/** Records, as part of a write, what it changed: rows `fromId`–`toId` of the kind's table, or the kind as a whole. */
export type ChangeLog = (kind: ChangeKind, range?: { fromId: number; toId: number }) => void;

export interface WriteOptions {
  /** How long a write may wait for the database's write lock before it fails. */
  patienceMs?: number;
  /** How long the transaction itself may run (a large import needs more). */
  timeoutMs?: number;
}

export interface Database {
  /** Where the data is, safe to log: the SQLite file, or the PostgreSQL URL without its password. */
  location: string;
  /** True when opening it created a new, empty SQLite file. */
  created: boolean;
  /** For reads: on SQLite its own connection, which never sees another request's open transaction. */
  db: Db;
  provider: Provider;
  /** For the schema engine, which opens connections of its own. */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Runs a write in one transaction, all or nothing, waiting without blocking
   * while another writer holds the lock. What it logs joins the change feed in
   * the same transaction, so other processes learn of exactly what committed.
   */
  write<T>(fn: (tx: Tx, log: ChangeLog) => Promise<T>, options?: WriteOptions): Promise<T>;
  /**
   * Lets go of this process's connections, which open again on the next
   * query: the schema engine migrates an SQLite file in WAL mode only when no
   * other connection has it open.
   */
  release(): Promise<void>;
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

const DEFAULT_PATIENCE_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;
// better-sqlite3 waits for a lock synchronously, holding up every request of the
// process: the writer waits only briefly there and otherwise retries asynchronously.
const WRITER_BUSY_MS = 5;
const READER_BUSY_MS = 200;

/** SQLITE_BUSY, as the better-sqlite3 adapter reports it (Prisma calls it a timeout). */
export function isBusy(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return (
    e?.code === 'P1008' ||
    e?.meta?.driverAdapterError?.cause?.kind === 'SocketTimeout' ||
    (typeof e?.message === 'string' && /SQLITE_BUSY|database is locked/i.test(e.message))
  );
}

/** An arbitrary constant naming zonebot's change-feed lock among PostgreSQL's advisory locks. */
const CHANGE_LOCK = 720_500_033;

/**
 * Runs `fn` and appends its changes last. On PostgreSQL, ids are taken in
 * sequence order but transactions commit in any order, so a reader could see
 * change 6 before change 5 commits and skip 5 for good; a lock held from taking
 * the id to the commit makes the feed's ids commit in order.
 */
async function withChanges<T>(tx: Tx, provider: Provider, fn: (tx: Tx, log: ChangeLog) => Promise<T>): Promise<T> {
  const changes: { kind: ChangeKind; fromId: number | null; toId: number | null; at: Date }[] = [];
  const value = await fn(tx, (kind, range) =>
    changes.push({ kind, fromId: range?.fromId ?? null, toId: range?.toId ?? null, at: new Date() }),
  );
  if (changes.length) {
    if (provider === 'postgresql') await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CHANGE_LOCK})`);
    await tx.change.createMany({ data: changes });
  }
  return value;
}

function sqliteClient(path: string, busyMs: number): SqliteClient {
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${path}`, timeout: busyMs }) });
}

function openSqlite(url: string): Database {
  const path = sqlitePath(url);
  const created = !existsSync(path);
  mkdirSync(dirname(path), { recursive: true });
  // A restore must not replace the file under this process's connections.
  const release = holdOpen(path);
  // Readers and the writer need separate connections: the adapter runs every query
  // of a client on one connection, so a read there would see (and could act on) a
  // transaction that has not committed and may yet roll back.
  const reader = sqliteClient(path, READER_BUSY_MS);
  // Made on the first write, after the start: making a client costs ~80 ms and ~10 MB.
  let writer: SqliteClient | null = null;
  const writing = () => {
    writer ??= sqliteClient(path, WRITER_BUSY_MS);
    return writer;
  };
  let tuned: Promise<void> | null = null;
  // WAL lets readers go on while a writer (this process, the terminal, a second process) holds the lock.
  const tune = () => {
    tuned ??= writing()
      .$queryRawUnsafe('PRAGMA journal_mode = WAL')
      .then(() => undefined);
    return tuned;
  };
  return {
    location: path,
    created,
    db: reader,
    provider: 'sqlite',
    adapter: new PrismaBetterSqlite3({ url: `file:${path}` }),
    async write(fn, options = {}) {
      await tune();
      const deadline = Date.now() + (options.patienceMs ?? DEFAULT_PATIENCE_MS);
      for (let attempt = 0; ; attempt++) {
        try {
          return await writing().$transaction((tx) => withChanges(tx, 'sqlite', fn), {
            maxWait: options.patienceMs ?? DEFAULT_PATIENCE_MS,
            timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          });
        } catch (err) {
          if (!isBusy(err) || Date.now() >= deadline) throw err;
          await sleep(Math.min(100, 2 ** attempt) + Math.random() * 10);
        }
      }
    },
    async release() {
      await Promise.all([reader.$disconnect(), writer?.$disconnect()]);
    },
    async close() {
      await Promise.all([reader.$disconnect(), writer?.$disconnect()]);
      release();
    },
  };
}

/** PostgreSQL's driver and client are loaded only for a PostgreSQL database: an embedded bot never needs them. */
async function openPostgres(url: string): Promise<Database> {
  const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('./generated/postgresql/client.js'),
  ]);
  const adapter = new PrismaPg({ connectionString: url });
  const db = new PostgresClient({ adapter }) as unknown as SqliteClient;
  const safe = new URL(url);
  if (safe.password) safe.password = '***';
  return {
    location: safe.toString(),
    created: false,
    db,
    provider: 'postgresql',
    adapter,
    write: (fn, options = {}) =>
      db.$transaction((tx) => withChanges(tx, 'postgresql', fn), {
        maxWait: options.patienceMs ?? DEFAULT_PATIENCE_MS,
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      }),
    release: async () => {},
    close: () => db.$disconnect(),
  };
}

export async function openDatabase(url: string): Promise<Database> {
  return providerOf(url) === 'sqlite' ? openSqlite(url) : openPostgres(url);
}
