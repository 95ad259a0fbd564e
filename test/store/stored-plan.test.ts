import { existsSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPlan } from '../../src/plan/diff.js';
import { parsePlan, readPlanFile } from '../../src/plan/read.js';
import { type Database, openDatabase, sqlitePath } from '../../src/store/database.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';
import { loadPlan } from '../../src/store/plan-loader.js';
import { readStoredPlan } from '../../src/store/stored-plan.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';
import { editedRealPlan } from '../support/plan-edits.js';
import { REAL_PLAN_FILE } from '../support/plan-files.js';
import { dumpPlanTables } from '../support/tables.js';

const real = readPlanFile(REAL_PLAN_FILE);
const KEY = real.data.plan.key;

describe.each(PROVIDERS)('the stored plan, read for a diff, on $title', ({ provider, skip }) => {
  let url: string;
  let database: Database;

  beforeAll(async () => {
    if (skip) return;
    url = await freshDatabaseUrl(provider, 'stored-plan');
  });
  afterAll(() => database?.close());

  it.skipIf(skip)('is read from a database without migrations as not migrated, which it leaves so', async () => {
    if (provider === 'sqlite') writeFileSync(sqlitePath(url), '');
    const pending = readMigrations(provider).migrationDirectories.length;
    expect(await readStoredPlan(url, KEY)).toMatchObject({ state: 'not-migrated', pending });
    // Nothing was created: a second look finds the same, and a SQLite file stays empty.
    expect(await readStoredPlan(url, KEY)).toMatchObject({ state: 'not-migrated', pending });
    if (provider === 'sqlite') expect(statSync(sqlitePath(url)).size).toBe(0);
  });

  it.skipIf(skip)('says a database that is not there is not there, and does not create it', async () => {
    const missing =
      provider === 'sqlite' ? `file:${sqlitePath(url)}-missing.db` : `${url.replace(/\/[^/]*$/, '/')}zonebot_not_there`;
    expect(await readStoredPlan(missing, KEY)).toMatchObject({ state: 'no-database' });
    if (provider === 'sqlite') expect(existsSync(sqlitePath(missing))).toBe(false);
  });

  it.skipIf(skip)('reads back the loaded real plan, the same as its file, with the file’s hash', async () => {
    database = await openDatabase(url);
    await migrate(database);
    await loadPlan(database, real);
    const stored = await readStoredPlan(url, KEY);
    expect(stored).toMatchObject({ state: 'ready', hash: real.hash });
    if (stored.state !== 'ready') return;
    expect(diffPlan(stored.plan, real.data).kinds).toEqual([]);
    expect((await readStoredPlan(url, 'no-such-plan')).state).toBe('ready');
  });

  it.skipIf(skip)(
    'diffs an edited copy: a changed target, an added milestone, a dropped zone; writing nothing',
    async () => {
      const before = await dumpPlanTables(database.db);
      const changes = await database.db.change.count();
      const stored = await readStoredPlan(url, KEY);
      if (stored.state !== 'ready') throw new Error(`the database is ${stored.state}`);
      const diff = diffPlan(stored.plan, parsePlan(editedRealPlan()));
      const kind = (k: string) => diff.kinds.find((d) => d.kind === k);
      expect(diff.stored).toBe(true);
      expect(diff.kinds.map((k) => k.kind)).toEqual(['zones', 'tasks', 'milestones', 'targets']);
      expect(kind('zones')).toEqual({ kind: 'zones', added: [], changed: [], dropped: ['guannan'] });
      expect(kind('tasks')?.changed).toEqual([
        { key: '19', fields: [{ field: 'zones', joined: [], left: ['guannan'] }] },
      ]);
      expect(kind('milestones')?.added).toEqual(['t2-new-check']);
      expect(kind('targets')?.changed.find((c) => c.key === 'goal-gdp-total')?.fields).toEqual([
        { field: 'value', before: 3500, after: 3600 },
        { field: 'zones', joined: [], left: ['guannan'] },
      ]);
      // Everything else that changes is a zone leaving what every zone owed.
      const others = [...(kind('milestones')?.changed ?? []), ...(kind('targets')?.changed ?? [])].filter(
        (c) => c.key !== 'goal-gdp-total',
      );
      expect(others.length).toBeGreaterThan(0);
      for (const c of others) expect(c.fields).toEqual([{ field: 'zones', joined: [], left: ['guannan'] }]);
      expect(await dumpPlanTables(database.db)).toEqual(before);
      expect(await database.db.change.count()).toBe(changes);
    },
  );
});
