import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { openDatabase, sqlitePath } from '../../src/store/database.js';
import { freshDatabaseUrl } from '../support/databases.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Enough rows that copying them takes a while, with the writer going on meanwhile. */
const SEEDED = 100_000;

async function zonebot(url: string, ...args: string[]) {
  let out = '';
  let err = '';
  const io = {
    out: (t: string) => {
      out += t;
    },
    err: (t: string) => {
      err += t;
    },
  };
  return { code: await runCli(args, { DATABASE_URL: url }, io), out, err };
}

function read<T>(path: string, sql: string): T[] {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** The figures the writer process made, by id. */
const written = (path: string) =>
  read<{ id: number }>(path, `SELECT id FROM "Figure" WHERE "enteredBy" = 'writer' ORDER BY id`).map((r) => r.id);

/** Prisma's text for a DateTime on SQLite, to compare with what it stored. */
const stored = (at: Date) => at.toISOString().replace('Z', '+00:00');

async function seed(url: string): Promise<void> {
  const database = await openDatabase(url);
  try {
    const zone = await database.db.zone.findFirstOrThrow({ select: { id: true } });
    const indicator = await database.db.indicator.findFirstOrThrow({ select: { id: true } });
    await database.write((tx) =>
      tx.$executeRawUnsafe(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${SEEDED})
         INSERT INTO "Figure" ("zoneId", "indicatorId", "period", "value", "note", "enteredBy", "enteredAt")
         SELECT ${zone.id}, ${indicator.id}, '2024-06', i, hex(randomblob(40)), 'seed', '${stored(new Date(0))}' FROM n`,
      ),
    );
  } finally {
    await database.close();
  }
}

/** test/support/figure-writer.ts in a process of its own, and the ids it has reported committed so far. */
function startWriter(url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/figure-writer.ts', url], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const committed: number[] = [];
  let partial = '';
  let errors = '';
  child.stdout.on('data', (d) => {
    const lines = (partial + String(d)).split('\n');
    partial = lines.pop() ?? '';
    committed.push(...lines.map(Number));
  });
  child.stderr.on('data', (d) => {
    errors += d;
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    committed,
    errors: () => errors,
    async kill() {
      child.kill('SIGKILL');
      await closed;
    },
  };
}

describe('a backup while another process writes', () => {
  it('holds every row committed before it began, as of one moment, and restores whole', async () => {
    const url = await freshDatabaseUrl('sqlite', 'backup-writes');
    expect((await zonebot(url, 'zones')).code).toBe(0);
    await seed(url);
    const writer = startWriter(url);
    const copy = join(mkdtempSync(join(tmpdir(), 'zonebot-copies-')), 'during.db');
    let before: number[] = [];
    let began = new Date();
    let ended = new Date();
    try {
      await expect.poll(() => writer.committed.length, { timeout: 15_000 }).toBeGreaterThan(50);
      before = [...writer.committed];
      began = new Date();
      expect((await zonebot(url, 'backup', copy)).code).toBe(0);
      ended = new Date();
      const after = writer.committed.length;
      await expect.poll(() => writer.committed.length, { timeout: 15_000 }).toBeGreaterThan(after + 50);
    } finally {
      await writer.kill();
    }
    expect(writer.errors()).toBe('');
    const target = sqlitePath(url);
    // The writer went on while the backup ran, rather than waiting for it.
    const [during] = read<{ n: number }>(
      target,
      `SELECT count(*) AS n FROM "Figure" WHERE "enteredBy" = 'writer' AND "enteredAt" > '${stored(began)}' AND "enteredAt" < '${stored(ended)}'`,
    );
    expect(during?.n).toBeGreaterThan(0);

    const inCopy = written(copy);
    expect(inCopy).toEqual(expect.arrayContaining(before));
    // One moment's database: ids without a gap, and each of the writer's figures with the change its transaction logged.
    expect(read(copy, 'SELECT count(*) AS n, max(id) AS top FROM "Figure"')).toEqual([
      { n: SEEDED + inCopy.length, top: SEEDED + inCopy.length },
    ]);
    const [unlogged] = read<{ n: number }>(
      copy,
      `SELECT count(*) AS n FROM "Figure" f WHERE f."enteredBy" = 'writer' AND NOT EXISTS
         (SELECT 1 FROM "Change" c WHERE c."kind" = 'figure' AND c."fromId" = f."id")`,
    );
    expect(unlogged?.n).toBe(0);
    expect(read(copy, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    const fresh = await freshDatabaseUrl('sqlite', 'backup-restored');
    expect((await zonebot(fresh, 'restore', copy)).code).toBe(0);
    expect(written(sqlitePath(fresh))).toEqual(inCopy);
    expect(read(sqlitePath(fresh), 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    // The writer was killed holding the database open: that must not block a restore, and what it committed
    // after the backup (some of it still in the WAL) is in the database the restore keeps.
    const restored = await zonebot(url, 'restore', copy);
    expect(restored.code).toBe(0);
    const kept = readdirSync(join(target, '..')).find((f) => /\.before-restore-\d{8}T\d{6}Z$/.test(f)) ?? '';
    expect(written(join(target, '..', kept))).toEqual(expect.arrayContaining(writer.committed));
    expect(written(target)).toEqual(inCopy);
  }, 60_000);
});
