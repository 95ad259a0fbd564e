import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanDataError } from '../../src/plan/expand.js';
import { parsePlan } from '../../src/plan/read.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { insertFigures, readRevisions } from '../../src/store/figures-repository.js';
import { migrate } from '../../src/store/migrate.js';
import { loadPlan } from '../../src/store/plan-loader.js';
import { readPlan } from '../../src/store/plan-repository.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';
import { dumpPlanTables } from '../support/tables.js';

const mini = readFileSync(new URL('../fixtures/mini-plan.yaml', import.meta.url), 'utf8');
const COUNTIES = [
  'cityLevel: 市直',
  'counties:',
  '  - { key: donghai-county, name: 东海县, nameEn: Donghai County, aliases: [连云港市东海县] }',
  '  - { key: haizhou-district, name: 海州区, nameEn: Haizhou District }',
  '',
].join('\n');
const withCounties = mini.replace('units:\n', `${COUNTIES}units:\n`);
const source = (text: string, hash: string) => ({ data: parsePlan(text), hash });
const PLAN_WINDOW = { key: 'p', baselineYear: 2020, endsOn: '2025-12-31' };

describe.each(PROVIDERS)('counties in the database on $title', ({ provider, skip }) => {
  let database: Database;
  beforeAll(async () => {
    if (skip) return;
    database = await openDatabase(await freshDatabaseUrl(provider, 'counties'));
    await migrate(database);
  });
  afterAll(() => database?.close());

  it.skipIf(skip)(
    'are written as figure subjects with what the plan says of them, and read back the same',
    async () => {
      expect(await loadPlan(database, source(withCounties, 'c1'))).toBe('loaded');
      expect(await readPlan(database.db, 'p')).toEqual(parsePlan(withCounties));
      const subjects = await database.db.zone.findMany({ orderBy: { slug: 'asc' }, select: { slug: true } });
      expect(subjects.map((z) => z.slug)).toEqual(['donghai', 'donghai-county', 'haizhou-district', 'xuwei']);
      expect(await database.db.planZone.count()).toBe(2);
    },
  );

  it.skipIf(skip)('have figures the plan reads, as its zones’ are', async () => {
    await database.write((tx, log) =>
      insertFigures(
        tx,
        log,
        [
          { zone: 'donghai-county', indicator: 'gdp', period: '2024', value: 250, note: null, source: null },
          { zone: 'donghai', indicator: 'gdp', period: '2024', value: 140, note: null, source: null },
        ],
        'U0ADMIN',
        new Date('2025-02-01T00:00:00Z'),
      ),
    );
    const all = await readRevisions(database.db, { plan: PLAN_WINDOW });
    expect(all.map((r) => r.zone).sort()).toEqual(['donghai', 'donghai-county']);
    const county = await readRevisions(database.db, { plan: PLAN_WINDOW, zone: 'donghai-county' });
    expect(county.map((r) => r.value)).toEqual([250]);
  });

  it.skipIf(skip)('are retired when the file drops one, with its figures kept, and come back with it', async () => {
    const dropped = withCounties.replace(/ {2}- \{ key: haizhou-district.*\n/, '');
    expect(await loadPlan(database, source(dropped, 'c2'))).toBe('loaded');
    expect((await readPlan(database.db, 'p'))?.counties.map((c) => c.key)).toEqual(['donghai-county']);
    expect(await database.db.planCounty.count({ where: { retiredAt: { not: null } } })).toBe(1);
    expect(await loadPlan(database, source(withCounties, 'c3'))).toBe('loaded');
    expect(await readPlan(database.db, 'p')).toEqual(parsePlan(withCounties));
    expect(await readRevisions(database.db, { plan: PLAN_WINDOW, zone: 'donghai-county' })).toHaveLength(1);
  });

  it.skipIf(skip)('refuse a key that another plan has as a zone, changing nothing', async () => {
    const other = withCounties
      .replace('key: p,', 'key: q,')
      .replace('key: donghai-county, name: 东海县', 'key: xuwei-county, name: 东海县')
      .replace('slug: xuwei,', 'slug: haizhou-district,')
      .replace('zones: [xuwei]', 'zones: [haizhou-district]')
      .replace('aliases: [徐圩],', 'aliases: [徐圩新],')
      .replace(
        'key: haizhou-district, name: 海州区, nameEn: Haizhou District',
        'key: haizhou-county, name: 海州区, nameEn: Haizhou',
      );
    const before = await dumpPlanTables(database.db);
    await expect(loadPlan(database, source(other, 'q1'))).rejects.toThrow(PlanDataError);
    await expect(loadPlan(database, source(other, 'q1'))).rejects.toThrow(
      'haizhou-district is a county in plan p: a zone needs a key of its own',
    );
    expect(await dumpPlanTables(database.db)).toEqual(before);
  });
});
