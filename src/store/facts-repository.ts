import type { FigureFact, ReportFact } from '../domain/facts-model.js';
import type { ReportedState } from '../domain/milestones.js';
import type { Db } from './database.js';
import { type KeysById, keysById } from './keys.js';

/** Rows `fromId`–`toId` of a table, or all of them. */
export interface IdRange {
  fromId: number;
  toId: number;
}

/** Rows are read this many at a time, so neither memory nor a query grows with the table. */
const PAGE = 5000;

// One lower bound, not two: given `id > 0 AND id >= 40000`, SQLite seeks by the first and reads every row from 1.
const within = (range: IdRange | undefined, after: number) =>
  range ? { gte: Math.max(range.fromId, after + 1), lte: range.toId } : { gt: after };

/** Figure revisions in id order, page by page, with their zone and indicator by slug and key. */
export async function* readFigureFacts(db: Db, range?: IdRange): AsyncGenerator<FigureFact[]> {
  const keys = await keysById(db);
  let after = 0;
  for (;;) {
    const rows = await db.figure.findMany({
      where: { id: within(range, after) },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, zoneId: true, indicatorId: true, period: true, value: true },
    });
    if (!rows.length) return;
    yield rows.map((r) => ({
      id: r.id,
      zone: r.zoneId === null ? null : keys.zone(r.zoneId),
      indicator: keys.indicator(r.indicatorId),
      period: r.period,
      value: r.value,
    }));
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < PAGE) return;
  }
}

type LatestRow = { id: number; zoneId: number | null; indicatorId: number; period: string; value: number };

/**
 * The latest revision of every figure, the only one the facts hold (of those
 * entered by `asOf`, when given): a long history is read as fast as a short
 * one. The grouping runs on the (zone, indicator, period) index; nothing in
 * the query grows with the data.
 */
export async function readLatestFigureFacts(db: Db, asOf?: Date): Promise<FigureFact[]> {
  const [keys, rows] = await Promise.all([
    keysById(db),
    asOf
      ? db.$queryRaw<LatestRow[]>`
          SELECT "id", "zoneId", "indicatorId", "period", "value" FROM "Figure"
          WHERE "id" IN (SELECT MAX("id") FROM "Figure" WHERE "enteredAt" <= ${asOf}
                         GROUP BY "zoneId", "indicatorId", "period")`
      : db.$queryRaw<LatestRow[]>`
          SELECT "id", "zoneId", "indicatorId", "period", "value" FROM "Figure"
          WHERE "id" IN (SELECT MAX("id") FROM "Figure" GROUP BY "zoneId", "indicatorId", "period")`,
  ]);
  return rows.map((r) => ({
    id: Number(r.id),
    zone: r.zoneId === null ? null : keys.zone(Number(r.zoneId)),
    indicator: keys.indicator(Number(r.indicatorId)),
    period: r.period,
    value: Number(r.value),
  }));
}

/** A row's milestone as its plan's key and its own. */
export function milestoneOf(keys: KeysById, id: number): { plan: string; milestone: string } {
  const { plan, key } = keys.milestone(id);
  return { plan, milestone: key };
}

/** Milestone reports in id order, page by page, each with its officer's decision (as it stood at `asOf`, when given). */
export async function* readReportFacts(db: Db, range?: IdRange, asOf?: Date): AsyncGenerator<ReportFact[]> {
  const keys = await keysById(db);
  let after = 0;
  for (;;) {
    const rows = await db.milestoneUpdate.findMany({
      where: { id: within(range, after), ...(asOf ? { enteredAt: { lte: asOf } } : {}) },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, milestoneId: true, zoneId: true, state: true, enteredAt: true, needsConfirmation: true },
    });
    if (!rows.length) return;
    const first = rows[0]?.id ?? 0;
    const last = rows[rows.length - 1]?.id ?? 0;
    // By id range, not by a list of ids: the parameters stay two however many rows there are.
    const decisions = await db.milestoneConfirmation.findMany({
      where: { updateId: { gte: first, lte: last }, ...(asOf ? { decidedAt: { lte: asOf } } : {}) },
      select: { updateId: true, confirmed: true },
    });
    const decided = new Map(decisions.map((d) => [d.updateId, d.confirmed]));
    yield rows.map((r) => ({
      id: r.id,
      ...milestoneOf(keys, r.milestoneId),
      zone: r.zoneId === null ? null : keys.zone(r.zoneId),
      state: r.state as ReportedState,
      enteredAt: r.enteredAt,
      needsConfirmation: r.needsConfirmation,
      confirmed: decided.get(r.id) ?? null,
    }));
    after = last;
    if (rows.length < PAGE) return;
  }
}
