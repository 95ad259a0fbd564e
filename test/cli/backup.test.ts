import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { openDatabase, sqlitePath } from '../../src/store/database.js';
import { migrate, readMigrationLevel, readMigrations } from '../../src/store/migrate.js';
import { freshDatabaseUrl } from '../support/databases.js';
import { historyUpTo } from '../support/migration-history.js';

const GOOD = fileURLToPath(new URL('../fixtures/figures-good.csv', import.meta.url));
const MIGRATIONS = readMigrations('sqlite').migrationDirectories.map((d) => d.path);
const LATEST = MIGRATIONS.at(-1) ?? '';
const FUTURE = '29991231000000_from_the_future';

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
  const code = await runCli(args, { DATABASE_URL: url }, io);
  return { code, out, err };
}

/** A database the bot has started on: migrated, with the plan. */
async function botDatabase(): Promise<string> {
  const url = await freshDatabaseUrl('sqlite', 'backup');
  expect((await zonebot(url, 'zones')).code).toBe(0);
  return url;
}

const folder = () => mkdtempSync(join(tmpdir(), 'zonebot-copies-'));

/** Runs SQL on a SQLite file with a connection of its own. */
function onFile<T>(path: string, fn: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function backupOf(url: string): Promise<string> {
  const copy = join(folder(), 'copy.db');
  expect((await zonebot(url, 'backup', copy)).code).toBe(0);
  return copy;
}

describe('zonebot backup', () => {
  it('copies the database, says where, its size and migration level, and overwrites only with --force', async () => {
    const url = await botDatabase();
    const copy = join(folder(), 'backup.db');
    const first = await zonebot(url, 'backup', copy);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain(`已备份到 ${copy}\n`);
    expect(first.out).toMatch(/大小：[\d.]+ KB，[\d,]+ 字节\n/);
    expect(first.out).toContain(`迁移：已应用 ${MIGRATIONS.length} 项，最新为 ${LATEST}\n`);
    const again = await zonebot(url, '--lang', 'en', 'backup', copy);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already exists and was not overwritten');
    const forced = await zonebot(url, '--lang', 'en', 'backup', copy, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`Migrations: ${MIGRATIONS.length} applied, the latest ${LATEST}`);
    expect(readdirSync(join(copy, '..'))).toEqual(['backup.db']);
  });

  it('quotes a file name with a quote in it safely', async () => {
    const url = await botDatabase();
    const copy = join(folder(), "it's; DROP TABLE Plan.db");
    expect((await zonebot(url, 'backup', copy)).code).toBe(0);
    expect(onFile(copy, (db) => db.prepare('SELECT count(*) AS n FROM "Plan"').get())).toEqual({ n: 1 });
  });

  it('says what it takes, and that there is nothing to back up', async () => {
    const url = await freshDatabaseUrl('sqlite', 'backup-none');
    expect(await zonebot(url, 'backup')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^用法：zonebot backup/),
    });
    const none = await zonebot(url, '--lang', 'en', 'backup', join(folder(), 'x.db'));
    expect(none.code).toBe(2);
    expect(none.err).toContain(`There is no database at ${sqlitePath(url)} to back up`);
  });
});

describe('zonebot restore', () => {
  it('restores into a fresh database and says what it restored', async () => {
    const url = await botDatabase();
    await zonebot(url, 'import', GOOD);
    const copy = await backupOf(url);
    const fresh = await freshDatabaseUrl('sqlite', 'restore-fresh');
    const { code, out, err } = await zonebot(fresh, '--lang', 'en', 'restore', copy);
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(
      [
        `Restored ${copy} to ${sqlitePath(fresh)}`,
        'Plan: lyg-2022-32',
        '6 figures, 0 milestone reports',
        `Migrations: ${MIGRATIONS.length} applied, the latest ${LATEST}`,
        'There was no database there before.',
        '',
      ].join('\n'),
    );
    expect((await zonebot(fresh, 'status', 'xuwei')).out).toContain('1,060亿元');
  });

  it('keeps the database it replaces', async () => {
    const url = await botDatabase();
    const target = sqlitePath(url);
    const copy = await backupOf(url);
    await zonebot(url, 'import', GOOD);
    const { code, out } = await zonebot(url, 'restore', copy);
    expect(code).toBe(0);
    const kept = readdirSync(join(target, '..')).find((f) => f.includes('.before-restore-')) ?? '';
    expect(kept).toMatch(/^zonebot\.db\.before-restore-\d{8}T\d{6}Z$/);
    expect(out).toContain('指标数据 0 条，节点进展 0 条');
    expect(out).toContain(`被替换的数据库已保留为 ${join(target, '..', kept)}`);
    expect(onFile(join(target, '..', kept), (db) => db.prepare('SELECT count(*) AS n FROM "Figure"').get())).toEqual({
      n: 6,
    });
    expect((await zonebot(url, 'status', 'xuwei')).out).not.toContain('1,060亿元');
  });

  it('takes a copy from an older zonebot, which the next start migrates forward', async () => {
    const old = await openDatabase(await freshDatabaseUrl('sqlite', 'restore-old'));
    await migrate(old, historyUpTo('sqlite', 3));
    await old.db.$executeRawUnsafe(
      `INSERT INTO "Plan" ("key", "docNumber", "title", "titleEn", "issuer", "issuedOn", "baselineYear", "startsOn", "endsOn", "goals", "sourceHash", "loadedAt")
       VALUES ('older', 'd', 't', 't', 'i', '2022-04-02', 2020, '2021-01-01', '2025-12-31', 'g', 'h', 0)`,
    );
    await old.close();
    const copy = join(folder(), 'old.db');
    const backup = await zonebot(`file:${old.location}`, 'backup', copy);
    expect(backup.out).toContain(
      `迁移：已应用 3 项，最新为 ${MIGRATIONS[2]}（另有 ${MIGRATIONS.length - 3} 项将在下次启动时应用）`,
    );
    const fresh = await freshDatabaseUrl('sqlite', 'restore-older');
    const restored = await zonebot(fresh, '--lang', 'en', 'restore', copy);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`(${MIGRATIONS.length - 3} more will be applied at the next start)`);
    expect((await zonebot(fresh, 'zones')).code).toBe(0);
    const database = await openDatabase(fresh);
    try {
      expect((await readMigrationLevel(database)).applied).toEqual(MIGRATIONS);
      expect((await database.db.plan.findMany({ select: { key: true } })).map((p) => p.key).sort()).toEqual([
        'lyg-2022-32',
        'older',
      ]);
    } finally {
      await database.close();
    }
  });

  const refused: [string, (url: string) => Promise<string>, RegExp][] = [
    ['a missing file', async () => join(folder(), 'nowhere.db'), /找不到文件 .*nowhere\.db/],
    [
      'a file that is not a database',
      async () => {
        const path = join(folder(), 'notes.db');
        writeFileSync(path, '开发区,指标\n'.repeat(500));
        return path;
      },
      /不是 SQLite 数据库文件/,
    ],
    [
      'a corrupt copy',
      async (url) => {
        const copy = await backupOf(url);
        const bytes = readFileSync(copy);
        // A whole page in the middle, b-tree header and all.
        bytes.fill(0x5a, 40 * 4096, 41 * 4096);
        writeFileSync(copy, bytes);
        return copy;
      },
      /已损坏，完整性检查未通过/,
    ],
    [
      'some other program’s database',
      async () => {
        const path = join(folder(), 'other.db');
        onFile(path, (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)'));
        return path;
      },
      /不是 zonebot 的数据库/,
    ],
    [
      'a database with no plan',
      async () => {
        const database = await openDatabase(await freshDatabaseUrl('sqlite', 'restore-noplan'));
        await migrate(database);
        await database.close();
        return database.location;
      },
      /里没有规划数据/,
    ],
    [
      'a copy from a later zonebot',
      async (url) => {
        const copy = await backupOf(url);
        onFile(copy, (db) =>
          db.exec(`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
                   VALUES ('x', 'x', '${FUTURE}', 0, 0, 1)`),
        );
        return copy;
      },
      new RegExp(`来自更新版本的 zonebot，含本版本不认识的迁移：${FUTURE}。请先升级 zonebot 再恢复。`),
    ],
  ];

  it.each(refused)('refuses %s and changes nothing', async (_, make, message) => {
    const url = await botDatabase();
    await zonebot(url, 'import', GOOD);
    const target = sqlitePath(url);
    const copy = await make(url);
    const files = readdirSync(join(target, '..'));
    const bytes = readFileSync(target);
    const { code, out, err } = await zonebot(url, 'restore', copy);
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(message);
    expect(err).toMatch(/未做任何更改。\n$/);
    expect(readdirSync(join(target, '..'))).toEqual(files);
    expect(readFileSync(target).equals(bytes)).toBe(true);
  });

  it('refuses while a zonebot process has the target open, and restores once it has closed', async () => {
    const url = await botDatabase();
    const copy = await backupOf(url);
    const running = await openDatabase(url);
    try {
      const { code, err } = await zonebot(url, '--lang', 'en', 'restore', copy);
      expect(code).toBe(2);
      expect(err).toContain(`${sqlitePath(url)} is open in a running zonebot (the bot, or a terminal command).`);
      expect(err).toContain('Nothing was changed.');
    } finally {
      await running.close();
    }
    expect((await zonebot(url, 'restore', copy)).code).toBe(0);
  });

  it('names pg_dump and pg_restore on PostgreSQL, running neither', async () => {
    const url = 'postgresql://zonebot:secret@127.0.0.1:1/nowhere';
    const backup = await zonebot(url, 'backup', 'zonebot backup.dump');
    expect(backup.code).toBe(2);
    expect(backup.err).toContain(`pg_dump -Fc -f 'zonebot backup.dump' "$DATABASE_URL"`);
    const restore = await zonebot(url, '--lang', 'en', 'restore', 'zonebot.dump');
    expect(restore.code).toBe(2);
    expect(restore.err).toContain('pg_restore --clean --if-exists -d "$DATABASE_URL" zonebot.dump');
    expect(`${backup.err}${restore.err}`).not.toContain('secret');
  });
});
