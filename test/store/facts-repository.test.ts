import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactsModel } from '../../src/domain/facts-model.js';
import { PlanIndex } from '../../src/domain/plan-index.js';
import { parsePlan } from '../../src/plan/read.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { readLatestFigureFacts, readReportFacts } from '../../src/store/facts-repository.js';
import { insertFigure } from '../../src/store/figures-repository.js';
import { migrate } from '../../src/store/migrate.js';
import { loadPlan } from '../../src/store/plan-loader.js';
import { insertDecision, insertProgress } from '../../src/store/progress-repository.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';

const yaml = readFileSync(new URL('../fixtures/mini-plan.yaml', import.meta.url), 'utf8');
const plan = new PlanIndex(parsePlan(yaml));
const AT = new Date('2022-06-01T02:00:00Z');

describe.each(PROVIDERS)('reading milestone reports on $title', ({ provider, skip }) => {
  let database: Database;
  beforeAll(async () => {
    if (skip) return;
    database = await openDatabase(await freshDatabaseUrl(provider, 'facts'));
    await migrate(database);
    await loadPlan(database, { data: parsePlan(yaml), hash: 'h1' });
  });
  afterAll(() => database?.close());

  const report = (milestone: string, zone: string | null, needsConfirmation: boolean) => {
    const found = plan.data.milestones.find((m) => m.key === milestone);
    if (!found) throw new Error(`no milestone ${milestone}`);
    const progress = { milestone: found, zone, state: 'done' as const, note: null, evidence: null };
    return database.write((tx, log) => insertProgress(tx, log, plan.key, progress, needsConfirmation, 'U1', AT));
  };
  const decide = (id: number, confirmed: boolean) =>
    database.write((tx, log) => insertDecision(tx, log, id, { confirmed, by: 'U2', at: AT, note: null }));
  const readFacts = async () => {
    const model = new FactsModel();
    for await (const page of readReportFacts(database.db)) model.applyReports(page);
    return model.view(plan);
  };

  it.skipIf(skip)(
    "reads a zone's done as awaiting confirmation until an officer decides, then done or returned",
    async () => {
      await report('m1', 'donghai', true);
      const confirmed = await report('m2', 'xuwei', true);
      const returned = await report('m2', 'donghai', true);
      await decide(confirmed, true);
      await decide(returned, false);
      await report('meet-2022', null, false);
      const facts = await readFacts();
      expect(facts.report('m1', 'donghai')).toEqual({ state: 'awaiting_confirmation', enteredAt: AT });
      expect(facts.report('m2', 'xuwei')).toEqual({ state: 'done', enteredAt: AT });
      expect(facts.report('m2', 'donghai')).toEqual({ state: 'returned', enteredAt: AT });
      expect(facts.report('meet-2022', null)).toEqual({ state: 'done', enteredAt: AT });
    },
  );

  it.skipIf(skip)('reads each figure as its latest revision entered by an instant stood', async () => {
    const enter = (zone: string, period: string, value: number, at: string) =>
      database.write((tx, log) =>
        insertFigure(tx, log, { zone, indicator: 'gdp', period, value, note: null, source: null }, 'U1', new Date(at)),
      );
    await enter('xuwei', '2021', 100, '2022-01-10T02:00:00Z');
    await enter('xuwei', '2021', 110, '2022-02-10T02:00:00Z');
    await enter('donghai', '2021', 50, '2022-02-10T02:00:00Z');
    await enter('xuwei', '2021', 120, '2022-03-10T02:00:00Z');
    const read = async (asOf?: string) =>
      (await readLatestFigureFacts(database.db, asOf ? new Date(asOf) : undefined))
        .filter((f) => f.period === '2021')
        .map((f) => `${f.zone} ${f.value}`)
        .sort();
    expect(await read('2022-01-31T00:00:00Z')).toEqual(['xuwei 100']);
    // An instant a revision was entered at includes it.
    expect(await read('2022-02-10T02:00:00Z')).toEqual(['donghai 50', 'xuwei 110']);
    expect(await read()).toEqual(['donghai 50', 'xuwei 120']);
  });
});
