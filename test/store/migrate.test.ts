import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaFor } from '../../prisma/schema.js';
import { MIGRATIONS_DIR, MODELS_FILE } from '../../src/paths.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { migrate, migrationLevel, NewerDatabaseError, readMigrations } from '../../src/store/migrate.js';
import { diffSchemas } from '../../src/store/schema-engine.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';

describe('committed migrations', () => {
  it('were generated from the current models (run `npm run migration:new -- <name>` after editing them)', () => {
    expect(readFileSync(`${MIGRATIONS_DIR}/models.snapshot.prisma`, 'utf8')).toBe(readFileSync(MODELS_FILE, 'utf8'));
  });

  it('exist for both providers, with the same names', () => {
    const names = (p: 'sqlite' | 'postgresql') => readMigrations(p).migrationDirectories.map((d) => d.path);
    expect(names('sqlite').length).toBeGreaterThan(0);
    expect(names('postgresql')).toEqual(names('sqlite'));
    for (const p of ['sqlite', 'postgresql'] as const) expect(readMigrations(p).lockfile.content).toContain(p);
  });

  it.each(['sqlite', 'postgresql'] as const)(
    'keep ; out of strings in %s SQL (the pg adapter splits scripts on it)',
    (p) => {
      for (const dir of readMigrations(p).migrationDirectories) {
        const { content } = dir.migrationFile;
        if (content.tag !== 'ok') throw new Error(`${dir.path}: unreadable`);
        expect(content.value).not.toMatch(/'[^'\n]*;[^'\n]*'/);
      }
    },
  );
});

describe('creating a migration with the WASM schema engine', () => {
  it.each(['sqlite', 'postgresql'] as const)('writes %s SQL for a model added since the snapshot', async (provider) => {
    const models = readFileSync(MODELS_FILE, 'utf8');
    const added = `${models}\nmodel Probe {\n  id   Int    @id\n  name String\n}\n`;
    const sql = await diffSchemas(
      new PrismaBetterSqlite3({ url: ':memory:' }),
      schemaFor(provider, models),
      schemaFor(provider, added),
    );
    expect(sql).toMatch(/CREATE TABLE "Probe"/);
    expect(sql).not.toMatch(/"Zone"/);
    expect(
      await diffSchemas(
        new PrismaBetterSqlite3({ url: ':memory:' }),
        schemaFor(provider, models),
        schemaFor(provider, models),
      ),
    ).not.toMatch(/CREATE|ALTER|DROP/);
  });
});

describe.each(PROVIDERS)('migrate on $title', ({ provider, skip }) => {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const d of opened) await d.close();
  });

  it.skipIf(skip)('applies every migration to an empty database, then nothing on a second run', async () => {
    const database = await openDatabase(await freshDatabaseUrl(provider, 'migrate'));
    opened.push(database);
    const all = readMigrations(provider).migrationDirectories.map((d) => d.path);
    expect(await migrate(database)).toEqual(all);
    expect(await migrate(database)).toEqual([]);
    expect(await database.db.zone.count()).toBe(0);
  });

  it.skipIf(skip)('enforces foreign keys', async () => {
    const database = await openDatabase(await freshDatabaseUrl(provider, 'fk'));
    opened.push(database);
    await migrate(database);
    await expect(
      database.db.planZoneAlias.create({ data: { planId: 999, zoneId: 999, alias: 'nowhere' } }),
    ).rejects.toThrow();
  });
});

describe('a database migrated by a later zonebot', () => {
  it('is refused, not run on', async () => {
    const database = await openDatabase(await freshDatabaseUrl('sqlite', 'newer'));
    try {
      await migrate(database);
      await database.db.$executeRawUnsafe(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ('x', 'x', '29991231000000_from_the_future', '2999-12-31', '2999-12-31', 1)`,
      );
      await expect(migrate(database)).rejects.toBeInstanceOf(NewerDatabaseError);
    } finally {
      await database.close();
    }
  });
});

describe('the migration level of a database', () => {
  const list = readMigrations('sqlite');
  const names = list.migrationDirectories.map((d) => d.path);
  const row = (name: string, script = '', finished: unknown = 1, rolledBack: unknown = null) => {
    const dir = list.migrationDirectories.find((d) => d.path === name);
    const content = dir?.migrationFile.content;
    const value = script || (content?.tag === 'ok' ? content.value : '');
    return {
      migration_name: name,
      checksum: createHash('sha256').update(value).digest('hex'),
      finished_at: finished,
      rolled_back_at: rolledBack,
    };
  };

  it('tells applied, pending, edited, failed and unknown migrations apart', () => {
    const [first = '', second = '', third = '', fourth = ''] = names;
    const level = migrationLevel(
      [
        row(first),
        row(second, 'ALTER TABLE "Zone" ADD COLUMN "x" TEXT'),
        row(third, '', null),
        row(fourth, '', 1, 1),
        row('29991231000000_from_the_future', 'SELECT 1'),
      ],
      list,
    );
    expect(level).toEqual({
      applied: [first],
      pending: names.slice(2),
      edited: [second],
      failed: [third],
      unknown: ['29991231000000_from_the_future'],
    });
  });

  it('is every migration for a database this zonebot made', () => {
    expect(
      migrationLevel(
        names.map((n) => row(n)),
        list,
      ),
    ).toEqual({
      applied: names,
      pending: [],
      edited: [],
      failed: [],
      unknown: [],
    });
  });
});
