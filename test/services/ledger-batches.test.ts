import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import type { ValidFigure } from '../../src/domain/figure-input.js';
import { ledgerChunks, ledgerCsv } from '../../src/domain/ledger.js';
import type { PlanIndex } from '../../src/domain/plan-index.js';
import { ledgerText } from '../../src/i18n/messages/ledger.js';
import { createLogger } from '../../src/logger.js';
import { insertFigures, insertVerification } from '../../src/store/figures-repository.js';
import { batchesOf, type RevisionGroup } from '../../src/store/ledger-groups.js';
import { TEST_NOW } from '../support/app-harness.js';
import { PROVIDERS, preparedDatabaseUrl } from '../support/databases.js';

const months = (from: number, to: number) =>
  Array.from(
    { length: (to - from + 1) * 12 },
    (_, i) => `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );

/** Figures of one entry: every month of 2021–2025 for xuwei's GDP, nine times over a batch's 500, and a few others. */
function entry(round: number): ValidFigure[] {
  const figure = (zone: string | null, indicator: string, period: string, value: number): ValidFigure => ({
    zone,
    indicator,
    period,
    value,
    note: round === 1 && period.endsWith('-06') ? `第${round}次更正，"口径",调整\r\n见附件` : null,
    source: round === 2 ? '=统计局' : null,
  });
  return [
    ...months(2021, 2025).map((p, i) => figure('xuwei', 'gdp', p, 100 + i + round / 10)),
    ...months(2024, 2025).map((p, i) => figure('xuwei', 'budget_revenue', p, 10 + i - round)),
    figure('xuwei', 'listed_companies', '2024', 3 + round),
    ...months(2025, 2025).map((p, i) => figure('kaifaqu', 'gdp', p, 200 + i)),
    figure('donghai-county', 'gdp', '2024', 900 + round),
    figure(null, 'listed_companies', '2025', 20 + round),
    // Outside the plan's periods: in no ledger.
    figure('xuwei', 'gdp', '2019', 1),
    figure('xuwei', 'gdp', '2026-01', 1),
  ];
}

describe.each(PROVIDERS)('the ledger read a few groups at a time on $title', ({ provider, skip }) => {
  let runtime: Runtime;
  let plan: PlanIndex;
  beforeAll(async () => {
    if (skip) return;
    const config = loadConfig({ DATABASE_URL: await preparedDatabaseUrl(provider, 'ledger-batches') });
    runtime = await createRuntime(config, createLogger('silent'), () => TEST_NOW);
    await runtime.prepare();
    plan = await runtime.services.plan.get();
    const { database } = runtime;
    for (let round = 0; round < 9; round++) {
      const at = new Date(Date.UTC(2026, 0, 10 + round, 2));
      await database.write((tx, log) => insertFigures(tx, log, entry(round), round ? 'U0REP0001' : 'terminal', at));
    }
    // Two officers vouch for some revisions, one of them twice over, with notes that need quoting.
    const some = await database.db.figure.findMany({ where: { id: { lte: 400 } }, select: { id: true } });
    for (const { id } of some.filter((f) => f.id % 37 === 0)) {
      const write = (by: string, day: number, note: string | null) =>
        database.write((tx, log) => insertVerification(tx, log, id, by, new Date(Date.UTC(2026, 1, day, 1)), note));
      await write('U0OFF0001', 2, id % 2 ? '核实,"无误"' : null);
      if (id % 3 === 0) await write('U0OFF0002', 1, '复核');
    }
  });
  afterAll(() => runtime?.close());

  async function streamed(zone?: string) {
    const { ledger } = runtime.services;
    let csv = '';
    for await (const chunk of ledgerChunks(plan, ledger.batches(plan, zone), ledgerText('zh').csv, 'zh')) csv += chunk;
    return csv;
  }

  it.skipIf(skip)('writes exactly the ledger of every revision read at once, of all zones and of one', async () => {
    const { ledger } = runtime.services;
    const whole = ledgerCsv(plan, await ledger.records(plan), ledgerText('zh').csv, 'zh');
    expect(whole).toContain('"第1次更正，""口径"",调整\r\n见附件"');
    expect(whole).toContain('复核；核实,""无误""');
    expect(await streamed()).toBe(whole);
    expect(await streamed('xuwei')).toBe(
      ledgerCsv(plan, await ledger.records(plan, 'xuwei'), ledgerText('zh').csv, 'zh'),
    );
  });

  it.skipIf(skip)(
    'holds one zone’s revisions at a time, a few hundred at most unless one indicator has more',
    async () => {
      const sizes: { zones: Set<string | null>; indicators: Set<string>; figures: number }[] = [];
      for await (const batch of runtime.services.ledger.batches(plan)) {
        if (!batch.figures.length) continue;
        sizes.push({
          zones: new Set(batch.figures.map((f) => f.zone)),
          indicators: new Set(batch.figures.map((f) => f.indicator)),
          figures: batch.figures.length,
        });
      }
      expect(sizes.every((s) => s.zones.size === 1)).toBe(true);
      expect(sizes.every((s) => s.figures <= 500 || s.indicators.size === 1)).toBe(true);
      expect(sizes.some((s) => s.figures > 500)).toBe(true);
      expect(sizes.reduce((n, s) => n + s.figures, 0)).toBe((await runtime.services.ledger.counts(plan)).figures);
    },
  );
});

describe('batchesOf', () => {
  const group = (revisions: number): RevisionGroup => ({ zone: 'xuwei', indicator: `i${revisions}`, revisions });

  it('puts consecutive groups together up to 500 revisions, and a larger group alone', () => {
    const batches = [...batchesOf([300, 150, 100, 600, 50, 20].map(group))];
    expect(batches.map((b) => b.map((g) => g.revisions))).toEqual([[300, 150], [100], [600], [50, 20]]);
    expect([...batchesOf([])]).toEqual([]);
  });
});
