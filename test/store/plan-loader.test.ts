import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/read.js';
import type { PlanData } from '../../src/plan/types.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';
import { loadPlan } from '../../src/store/plan-loader.js';
import { readPlan, readPlanRows } from '../../src/store/plan-repository.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';
import { dumpPlanTables } from '../support/tables.js';

const yaml = readFileSync(new URL('../fixtures/mini-plan.yaml', import.meta.url), 'utf8');
const source = (text: string, hash = 'h1') => ({ data: parsePlan(text), hash });

function sortedAliases(plan: PlanData | null): PlanData | null {
  if (!plan) return plan;
  return {
    ...plan,
    zones: plan.zones.map((z) => ({ ...z, aliases: [...z.aliases].sort() })),
    units: plan.units.map((u) => ({ ...u, aliases: [...u.aliases].sort() })),
  };
}

describe.each(PROVIDERS)('loadPlan on $title', ({ provider, skip }) => {
  let database: Database;
  beforeAll(async () => {
    if (skip) return;
    database = await openDatabase(await freshDatabaseUrl(provider, 'loader'));
    await migrate(database);
  });
  afterAll(() => database?.close());

  it.skipIf(skip)('writes the plan so that reading it back gives the same plan', async () => {
    expect(await loadPlan(database, source(yaml))).toBe('loaded');
    expect(sortedAliases(await readPlan(database.db, 'p'))).toEqual(sortedAliases(parsePlan(yaml)));
  });

  it.skipIf(skip)('skips a file it has loaded, and a forced reload changes no row', async () => {
    const before = await dumpPlanTables(database.db);
    expect(await loadPlan(database, source(yaml))).toBe('unchanged');
    expect(await loadPlan(database, source(yaml), { force: true })).toBe('loaded');
    const after = await dumpPlanTables(database.db);
    expect(after.plan).toHaveLength(1);
    expect({ ...after, plan: [] }).toEqual({ ...before, plan: [] });
  });

  it.skipIf(skip)('applies a corrected file in place: changed text, moved alias, dropped milestone', async () => {
    const corrected = yaml
      .replace('title: 任务', 'title: 任务(修订)')
      .replace('aliases: [徐圩]', 'aliases: []')
      .replace('county: 东海县 }', 'county: 东海县, aliases: [徐圩] }')
      .replace(/ {10}- \{ key: m1.*\n/, '');
    const taskId = (await database.db.task.findFirstOrThrow()).id;
    expect(await loadPlan(database, source(corrected, 'h2'))).toBe('loaded');
    expect(sortedAliases(await readPlan(database.db, 'p'))).toEqual(sortedAliases(parsePlan(corrected)));
    expect(sortedAliases(await readPlanRows(database.db, 'p'))).toEqual(sortedAliases(parsePlan(corrected)));
    expect((await database.db.task.findFirstOrThrow()).id).toBe(taskId);
  });

  it.skipIf(skip)(
    'retires a dropped milestone with its reports kept, and brings it back when the file has it again',
    async () => {
      await loadPlan(database, source(yaml, 'h3'));
      const milestone = await database.db.milestone.findFirstOrThrow({ where: { key: 'm1' } });
      await database.db.milestoneUpdate.create({
        data: { milestoneId: milestone.id, state: 'done', enteredBy: 'U1', enteredAt: new Date() },
      });
      const dropped = yaml.replace(/ {10}- \{ key: m1.*\n/, '');
      expect(await loadPlan(database, source(dropped, 'h4'))).toBe('loaded');
      const retired = await database.db.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
      expect(retired.retiredAt).toBeInstanceOf(Date);
      expect(await database.db.milestoneUpdate.count({ where: { milestoneId: milestone.id } })).toBe(1);
      expect((await readPlan(database.db, 'p'))?.milestones.map((m) => m.key)).not.toContain('m1');
      expect((await readPlanRows(database.db, 'p'))?.milestones.map((m) => m.key)).not.toContain('m1');

      expect(await loadPlan(database, source(yaml, 'h5'))).toBe('loaded');
      const back = await database.db.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
      expect(back.retiredAt).toBeNull();
      expect(sortedAliases(await readPlan(database.db, 'p'))).toEqual(sortedAliases(parsePlan(yaml)));
    },
  );

  it.skipIf(skip)('keeps what each plan says of a shared zone and indicator its own', async () => {
    const second = yaml
      .replace('key: p,', 'key: q,')
      .replace('shortName: 徐圩新区,', 'shortName: 徐圩,')
      .replace('aliases: [徐圩]', 'aliases: [石化基地]')
      .replace('unitEn: 100m yuan }', 'unitEn: 100m yuan, lowerIsBetter: true }')
      .replace(/ {2}- \{\n {6}slug: donghai,[\s\S]*?\n {4}\}\n/, '')
      .replace('zones: provincial', 'zones: [xuwei]');
    const before = await readPlan(database.db, 'p');
    expect(await loadPlan(database, source(second, 'q1'))).toBe('loaded');
    expect(await readPlan(database.db, 'p')).toEqual(before);
    const q = await readPlan(database.db, 'q');
    expect(q?.zones.map((z) => [z.slug, z.shortName, z.aliases])).toEqual([['xuwei', '徐圩', ['石化基地']]]);
    expect(q?.indicators[0]?.lowerIsBetter).toBe(true);
    expect(await database.db.zone.count({ where: { slug: 'xuwei' } })).toBe(1);
    expect(await database.db.indicator.count({ where: { key: 'gdp' } })).toBe(1);
  });
});
