import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportableIndicators } from '../../src/domain/figure-input.js';
import { PlanIndex } from '../../src/domain/plan-index.js';
import { createLogger } from '../../src/logger.js';
import { readPlanFile } from '../../src/plan/read.js';
import { ChangeFeed } from '../../src/services/change-feed.js';
import { FactsService } from '../../src/services/facts-service.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { freshDatabaseUrl, PROVIDERS } from '../support/databases.js';
import { REAL_PLAN_FILE } from '../support/plan-files.js';
import { type Generated, generate } from './data.js';
import { cells, periodsAtFrequency, plausibleValue } from './data-figures.js';
import { CHANNELS, REPORTERS } from './data-people.js';
import { SCALE, scalePlan, writeScalePlan } from './scale-plan.js';

const source = readPlanFile(REAL_PLAN_FILE);
const plan = new PlanIndex(source.data);
/** Two revisions of every period: small enough for a test, and every period corrected once. */
const shape = { periods: periodsAtFrequency, revisions: () => 2 };

describe('the generated 12-zone data', () => {
  it('has every zone and the city report each indicator it reports, at its frequency, from the baseline to the plan’s end', () => {
    const all = cells(plan, shape);
    const xuwei = all.filter((c) => c.zone === 'xuwei');
    expect(new Set(xuwei.map((c) => c.indicator.key))).toEqual(new Set(reportableIndicators(plan, 'xuwei')));
    const gdp = xuwei.filter((c) => c.indicator.key === 'gdp').map((c) => c.period);
    expect(gdp).toEqual([
      '2020',
      ...[2021, 2022, 2023, 2024, 2025].flatMap((y) => ['03', '06', '09', '12'].map((m) => `${y}-${m}`)),
    ]);
    expect(all.some((c) => c.zone === null)).toBe(true);
  });
});

describe('the scale plan', () => {
  it('is a plan file zonebot reads: 150 zones, 20 indicators reported monthly, a target on each for every zone', () => {
    const read = readPlanFile(writeScalePlan(mkdtempSync(join(tmpdir(), 'zonebot-scale-'))));
    const index = new PlanIndex(read.data);
    expect(read.data.zones).toHaveLength(SCALE.zones);
    expect(read.data.indicators.every((i) => i.reporting?.frequency === 'monthly')).toBe(true);
    expect(index.targetsOfZone('z075')).toHaveLength(SCALE.indicators);
    expect(scalePlan().programmes.flatMap((p) => p.tasks)).toHaveLength(SCALE.tasks);
    // 150 zones × 20 indicators × (60 months and the baseline year), one revision each.
    expect(cells(index, { periods: periodsAtFrequency, revisions: () => 1 })).toHaveLength(150 * 20 * 61);
  });
});

describe.each(PROVIDERS)('generating into a database on $title', ({ provider, skip }) => {
  let database: Database;
  let generated: Generated;
  beforeAll(async () => {
    if (skip) return;
    const url = await freshDatabaseUrl(provider, 'benchdata');
    generated = await generate(url, source, shape);
    database = await openDatabase(url);
  }, 120_000);
  afterAll(() => database?.close());

  it.skipIf(skip)('stores every revision in one change the app reads, the latest value counting', async () => {
    const periods = cells(plan, shape).length;
    expect(generated.figures).toBe(2 * periods);
    expect(await database.db.figure.count()).toBe(2 * periods);
    const change = await database.db.change.findFirst({ where: { kind: 'figure' } });
    expect(change).toMatchObject({ fromId: 1, toId: 2 * periods });
    const feed = new ChangeFeed(database.db, createLogger('silent'));
    const facts = await new FactsService(database.db, feed).current(plan);
    const gdp = plan.indicator('gdp');
    expect(facts.series('xuwei', 'gdp').at(-1)).toEqual({
      period: '2025-12',
      value: plausibleValue('xuwei', gdp, '2025-12'),
    });
    expect(facts.report('t2-internal-agencies', 'xuwei')).toBeDefined();
  });

  it.skipIf(skip)('gives forty reporters a zone each, and the ranking and the digest their channels', async () => {
    const grants = await database.db.roleGrant.findMany({ where: { role: 'reporter' } });
    expect(grants).toHaveLength(REPORTERS.length);
    const channels = await database.db.channelSetting.findMany({ select: { purpose: true, channelId: true } });
    expect(channels).toEqual(
      expect.arrayContaining(Object.entries(CHANNELS).map(([purpose, channelId]) => ({ purpose, channelId }))),
    );
    for (const w of generated.writers) {
      expect(plausibleValue(w.zone, plan.indicator(w.indicator), w.period)).toBe(w.base);
    }
  });
});
