import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/store/database.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';
import { historyUpTo } from '../support/migration-history.js';

describe.each(PROVIDERS)('upgrading a database on $title', ({ provider, skip }) => {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const d of opened) await d.close();
  });

  it.skipIf(skip)('keeps every row through each later migration', async () => {
    const database = openDatabase(await freshDatabaseUrl(provider, 'upgrade'));
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
});
