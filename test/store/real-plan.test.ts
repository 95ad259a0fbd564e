import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';
import { loadPlan } from '../../src/store/plan-loader.js';
import { readPlan, readPlanRows } from '../../src/store/plan-repository.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';
import { REAL_PLAN_FILE } from '../support/plan-files.js';
import { dumpPlanTables } from '../support/tables.js';

const source = readPlanFile(REAL_PLAN_FILE);

describe.each(PROVIDERS)('the action plan on $title', ({ provider, skip }) => {
  let database: Database;
  beforeAll(async () => {
    if (skip) return;
    database = await openDatabase(await freshDatabaseUrl(provider, 'realplan'));
    await migrate(database);
  });
  afterAll(() => database?.close());

  it.skipIf(skip)('loads whole and reads back unchanged', async () => {
    expect(await loadPlan(database, source)).toBe('loaded');
    expect(await readPlan(database.db, source.data.plan.key)).toEqual(source.data);
    // The snapshot read in one query and the plan's rows say the same.
    expect(await readPlanRows(database.db, source.data.plan.key)).toEqual(source.data);
    expect(await database.db.task.count()).toBe(31);
    expect(await database.db.programme.count()).toBe(9);
  });

  it.skipIf(skip)('is idempotent: a forced second load changes no row', async () => {
    const before = await dumpPlanTables(database.db);
    await loadPlan(database, source, { force: true });
    expect(await dumpPlanTables(database.db)).toEqual(before);
  });
});

describe.each(PROVIDERS.filter((p) => p.provider === 'postgresql'))('replicas on $title', ({ skip }) => {
  it.skipIf(skip)('starting together, migrate and load the plan once between them', async () => {
    const url = await freshDatabaseUrl('postgresql', 'replicas');
    const replicas = await Promise.all([openDatabase(url), openDatabase(url), openDatabase(url)]);
    try {
      const applied = await Promise.all(replicas.map((r) => migrate(r)));
      expect(applied.flat().sort()).toEqual(readMigrations('postgresql').migrationDirectories.map((d) => d.path));
      const results = await Promise.all(replicas.map((r) => loadPlan(r, source)));
      expect(results.sort()).toEqual(['loaded', 'unchanged', 'unchanged']);
      expect(await replicas[0]?.db.task.count()).toBe(31);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  });
});
