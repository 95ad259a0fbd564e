import { PlanIndex } from '../../src/domain/plan-index.js';
import type { PlanSource } from '../../src/plan/read.js';
import { openDatabase, type Provider, type Tx } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';
import { loadPlan } from '../../src/store/plan-loader.js';
import { cells, type FigureRow, type FigureShape, figureRows, plausibleValue } from './data-figures.js';
import { READERS, REPORTERS, reporterZone, writePeople, writeProgress } from './data-people.js';
import type { Writer } from './slack-body.js';

export interface Generated {
  figures: number;
  /** Distinct (zone, indicator, period) with a figure. */
  periods: number;
  progress: number;
  seconds: number;
  writers: Writer[];
  readers: string[];
}

/** Rows per INSERT: six parameters a figure, so 150 keep SQLite under its 999. */
const CHUNK = { sqlite: 150, postgresql: 5000 };
const COLUMNS = ['zoneId', 'indicatorId', 'period', 'value', 'enteredBy', 'enteredAt'];

/** One multi-row INSERT of figures, in the provider's placeholders; instants as Prisma stores them. */
function insertStatement(provider: Provider, rows: unknown[][]): string {
  let n = 0;
  const slot = () => (provider === 'sqlite' ? '?' : `$${++n}`);
  const tuples = rows.map((r) => `(${r.map(slot).join(',')})`).join(',');
  return `INSERT INTO "Figure" (${COLUMNS.map((c) => `"${c}"`).join(',')}) VALUES ${tuples}`;
}

async function writeFigures(
  tx: Tx,
  provider: Provider,
  rows: Iterable<FigureRow>,
): Promise<{ from: number; to: number }> {
  const zones = new Map((await tx.zone.findMany({ select: { id: true, slug: true } })).map((z) => [z.slug, z.id]));
  const indicators = new Map(
    (await tx.indicator.findMany({ select: { id: true, key: true } })).map((i) => [i.key, i.id]),
  );
  const before = (await tx.figure.aggregate({ _max: { id: true } }))._max.id ?? 0;
  const instant = (d: Date) => (provider === 'sqlite' ? d.toISOString().replace('Z', '+00:00') : d.toISOString());
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length) await tx.$executeRawUnsafe(insertStatement(provider, batch), ...batch.flat());
    batch = [];
  };
  for (const r of rows) {
    const zoneId = r.zone === null ? null : zones.get(r.zone);
    batch.push([zoneId, indicators.get(r.indicator), r.period, r.value, REPORTERS[0], instant(r.enteredAt)]);
    if (batch.length >= CHUNK[provider]) await flush();
  }
  await flush();
  const after = (await tx.figure.aggregate({ _max: { id: true } }))._max.id ?? 0;
  return { from: before + 1, to: after };
}

/**
 * Each reporter corrects a recent figure of their zone: the latest periods of
 * the first indicator the zone reports, a value near the stored one.
 */
function writersOf(plan: PlanIndex, shape: FigureShape): Writer[] {
  const all = cells(plan, shape);
  return REPORTERS.map((user, i) => {
    const zone = reporterZone(plan, i);
    const mine = all.filter((c) => c.zone === zone);
    // Money, whose amounts take decimals, so each submission can carry a value of its own.
    const first = (mine.find((c) => c.indicator.unit.includes('元')) ?? mine[0])?.indicator.key;
    const ofFirst = mine.filter((c) => c.indicator.key === first);
    const cell = ofFirst[ofFirst.length - 1 - (Math.floor(i / plan.data.zones.length) % 4)] ?? ofFirst[0];
    if (!cell) throw new Error(`zone ${zone} reports no figures`);
    return {
      user,
      zone,
      indicator: cell.indicator.key,
      period: cell.period,
      base: plausibleValue(zone, cell.indicator, cell.period),
    };
  });
}

/**
 * A database of `url` migrated, with the plan loaded and the generated figures,
 * progress, reporters and channels written before any app starts: one
 * transaction, with a change row naming the id range, as an import writes.
 */
export async function generate(url: string, source: PlanSource, shape: FigureShape): Promise<Generated> {
  const started = performance.now();
  const plan = new PlanIndex(source.data);
  const database = await openDatabase(url);
  try {
    await migrate(database);
    await loadPlan(database, source);
    const { figures, progress } = await database.write(
      async (tx, log) => {
        const range = await writeFigures(tx, database.provider, figureRows(plan, shape));
        if (range.to >= range.from) log('figure', { fromId: range.from, toId: range.to });
        const reports = await writeProgress(tx, log, plan, 100);
        await writePeople(tx, log, plan);
        return { figures: range.to - range.from + 1, progress: reports };
      },
      { timeoutMs: 30 * 60_000 },
    );
    // One self-contained file to copy for each app: no write-ahead log beside it.
    if (database.provider === 'sqlite') await database.db.$queryRawUnsafe('PRAGMA journal_mode = DELETE');
    return {
      figures,
      periods: cells(plan, shape).length,
      progress,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      writers: writersOf(plan, shape),
      readers: READERS,
    };
  } finally {
    await database.close();
  }
}
