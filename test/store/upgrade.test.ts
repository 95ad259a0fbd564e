import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/store/database.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';
import { readPlan } from '../../src/store/plan-repository.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';
import { historyUpTo } from '../support/migration-history.js';

describe.each(PROVIDERS)('upgrading a database on $title', ({ provider, skip }) => {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const d of opened) await d.close();
  });

  it.skipIf(skip)('keeps every row through each later migration', async () => {
    const database = await openDatabase(await freshDatabaseUrl(provider, 'upgrade'));
    opened.push(database);
    const { db } = database;
    await migrate(database, historyUpTo(provider, 1));
    const plan = await db.plan.create({
      data: {
        key: 'p',
        docNumber: 'd',
        title: 't',
        titleEn: 't',
        issuer: 'i',
        issuedOn: '2022-04-02',
        baselineYear: 2020,
        startsOn: '2021-01-01',
        endsOn: '2025-12-31',
        goals: 'g',
        sourceHash: 'h',
        loadedAt: new Date(),
      },
      select: { id: true },
    });
    const milestone = await db.milestone.create({
      data: { planId: plan.id, key: 'm', title: 't', titleEn: 't', text: 'x', dueOn: '2022-06-30', position: 0 },
      // The client knows columns later migrations add; only those the first one made are read back.
      select: { id: true },
    });
    await db.$executeRawUnsafe(
      `INSERT INTO "MilestoneUpdate" ("milestoneId", "state", "enteredBy", "enteredAt") VALUES (${milestone.id}, 'done', 'U1', '2022-06-01 00:00:00')`,
    );
    const applied = await migrate(database);
    expect(applied.length).toBe(readMigrations(provider).migrationDirectories.length - 1);
    const [update] = await db.milestoneUpdate.findMany();
    expect(update).toMatchObject({
      milestoneId: milestone.id,
      state: 'done',
      enteredBy: 'U1',
      needsConfirmation: false,
    });
  });

  it.skipIf(skip)('migrates a database a running bot had in WAL mode, its own connections open', async () => {
    const database = await openDatabase(await freshDatabaseUrl(provider, 'upgrade-wal'));
    opened.push(database);
    await migrate(database, historyUpTo(provider, readMigrations(provider).migrationDirectories.length - 1));
    // A bot's first write puts an SQLite file in WAL mode; its reader then holds a connection.
    await database.write((tx) => tx.receipt.create({ data: { key: 'k', at: new Date() } }));
    expect(await database.db.receipt.count()).toBe(1);
    expect(await migrate(database)).toHaveLength(1);
    expect(await database.db.receipt.count()).toBe(1);
  });

  it.skipIf(skip)(
    'gives the one plan its own zones, units and indicators when plans come to stand side by side',
    async () => {
      const database = await openDatabase(await freshDatabaseUrl(provider, 'upgrade-plans'));
      opened.push(database);
      const { db } = database;
      const all = readMigrations(provider).migrationDirectories;
      const sideBySide = all.findIndex((d) => d.path.endsWith('_plans_side_by_side'));
      await migrate(database, historyUpTo(provider, sideBySide));
      const run = (sql: string) => db.$executeRawUnsafe(sql);
      await run(`INSERT INTO "Plan" ("key", "docNumber", "title", "titleEn", "issuer", "issuedOn", "baselineYear", "startsOn", "endsOn", "goals", "sourceHash", "loadedAt")
      VALUES ('p', '号', '方案', 'Plan', '市政府', '2022-04-02', 2020, '2021-01-01', '2025-12-31', '目标', 'h', '2022-04-02 00:00:00')`);
      await run(`INSERT INTO "Zone" ("slug", "name", "shortName", "nameEn", "level", "county", "position", "inferredZh", "inferredEn")
      VALUES ('xuwei', '徐圩新区', '徐圩', 'Xuwei New Area', 'functional', '市直', 0, '按徐圩新区计', 'taken as Xuwei')`);
      await run(`INSERT INTO "ZoneAlias" ("zoneId", "alias") VALUES (1, '石化基地'), (1, '徐圩经济开发区')`);
      await run(
        `INSERT INTO "Unit" ("key", "name", "nameEn", "kind", "position") VALUES ('commerce', '市商务局', 'Bureau of Commerce', 'department', 0)`,
      );
      await run(`INSERT INTO "UnitAlias" ("unitId", "alias") VALUES (1, '商务局')`);
      await run(`INSERT INTO "Indicator" ("key", "name", "nameEn", "unit", "unitEn", "lowerIsBetter", "measure", "position", "reportingFrequency", "reportingDueMonthsAfter", "reportingDueWorkingDay")
      VALUES ('gdp', '地区生产总值', 'GDP', '亿元', '100m yuan', false, 'flow', 0, 'monthly', 1, 10)`);
      await run(`INSERT INTO "IndicatorUnit" ("indicatorId", "unitId") VALUES (1, 1)`);
      await run(
        `INSERT INTO "Figure" ("zoneId", "indicatorId", "period", "value", "enteredBy", "enteredAt") VALUES (1, 1, '2024-03', 12.5, 'U1', '2024-04-02 00:00:00')`,
      );

      expect(await migrate(database)).toHaveLength(all.length - sideBySide);
      const plan = await readPlan(db, 'p');
      expect(plan?.zones).toEqual([
        {
          slug: 'xuwei',
          name: '徐圩新区',
          shortName: '徐圩',
          nameEn: 'Xuwei New Area',
          level: 'functional',
          county: '市直',
          position: 0,
          aliases: ['石化基地', '徐圩经济开发区'],
          inferred: { zh: '按徐圩新区计', en: 'taken as Xuwei' },
        },
      ]);
      expect(plan?.units.map((u) => [u.key, u.name, u.aliases])).toEqual([['commerce', '市商务局', ['商务局']]]);
      expect(plan?.indicators.map((i) => [i.key, i.unit, i.measure, i.overseenBy, i.reporting?.frequency])).toEqual([
        ['gdp', '亿元', 'flow', ['commerce'], 'monthly'],
      ]);
      expect(await db.figure.findMany({ select: { zoneId: true, indicatorId: true, value: true } })).toEqual([
        { zoneId: 1, indicatorId: 1, value: 12.5 },
      ]);
    },
  );
});
