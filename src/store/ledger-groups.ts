import type { FigureRevision } from '../domain/records.js';
import type { Db } from './database.js';
import type { PlanScope } from './figures-repository.js';
import { Prisma } from './generated/sqlite/client.js';
import { joinedRevisions, revisionsOf } from './joined-revisions.js';
import { keysById } from './keys.js';
import { periodSql, planScopeSql, zoneSql } from './plan-scope-sql.js';

/** One zone's (or the city's) revisions of one indicator in a plan's periods. */
export interface RevisionGroup {
  zone: string | null;
  indicator: string;
  revisions: number;
}

export interface LedgerFigures {
  /** Every (zone, indicator) that has revisions, in no particular order. */
  groups: RevisionGroup[];
  /** The revisions of some groups, all of one zone, oldest first, with their verifications. */
  read(groups: RevisionGroup[]): Promise<FigureRevision[]>;
}

/**
 * Revisions the ledger reads and writes in one go. A whole zone at once left
 * thousands of rows alive at every young-generation collection, promoted to
 * grow the old generation until the next full one (measured: a 40,000-row
 * export grew it by 15 MB at whole zones, by under 1 MB at 500); an indicator
 * at a time costs a query for a few dozen rows.
 */
const BATCH_REVISIONS = 500;

/** Consecutive groups, all of one zone, whose revisions together stay within a batch; a larger group goes alone. */
export function* batchesOf(groups: RevisionGroup[]): Generator<RevisionGroup[]> {
  let batch: RevisionGroup[] = [];
  let revisions = 0;
  for (const group of groups) {
    if (batch.length && revisions + group.revisions > BATCH_REVISIONS) {
      yield batch;
      batch = [];
      revisions = 0;
    }
    batch.push(group);
    revisions += group.revisions;
  }
  if (batch.length) yield batch;
}

/**
 * A plan's revisions, of one zone or of all, a few (zone, indicator) groups
 * at a time. The groups come from one grouped query, whose result grows with
 * the plan, not with the revisions. They are then read by their ids and the
 * plan's periods, on the (zone, indicator, period) index: the same rows the
 * plan's filter selects, since whether a zone and an indicator are the plan's
 * depends on the pair alone.
 */
export async function ledgerFigures(db: Db, plan: PlanScope, zone?: string): Promise<LedgerFigures> {
  const [keys, found] = await Promise.all([
    keysById(db),
    db.$queryRaw<{ zoneId: number | null; indicatorId: number; revisions: number | bigint }[]>`
      SELECT f."zoneId", f."indicatorId", COUNT(*) AS "revisions" FROM "Figure" f
      WHERE ${zoneSql(zone)} AND ${planScopeSql(plan)}
      GROUP BY f."zoneId", f."indicatorId"`,
  ]);
  const periods = periodSql(plan);
  const ids = new Map<RevisionGroup, { zoneId: number | null; indicatorId: number }>();
  const groups = found.map((g) => {
    const zoneId = g.zoneId === null ? null : Number(g.zoneId);
    const indicatorId = Number(g.indicatorId);
    const group = {
      zone: zoneId === null ? null : keys.zone(zoneId),
      indicator: keys.indicator(indicatorId),
      revisions: Number(g.revisions),
    };
    ids.set(group, { zoneId, indicatorId });
    return group;
  });
  return {
    groups,
    async read(some) {
      const of = some.map((g) => {
        const found = ids.get(g);
        if (!found) throw new Error(`not a group of this ledger: ${g.zone} ${g.indicator}`);
        return found;
      });
      const [first] = of;
      if (!first) return [];
      const { zoneId } = first;
      if (of.some((g) => g.zoneId !== zoneId)) throw new Error('ledger groups of several zones read at once');
      const ofZone = zoneId === null ? Prisma.sql`f."zoneId" IS NULL` : Prisma.sql`f."zoneId" = ${zoneId}`;
      // A batch of one statement, not an awaited query: an awaited query's result survives every
      // young-generation collection until the next full one (Prisma's query object is a literal
      // with a getter, and such a thenable keeps what it resolved to alive that long), 40,000 rows
      // of them in an export. On PostgreSQL a batch of two was held the same way, hence the join.
      // The list of indicators is bounded by the plan's, never by the revisions.
      const [rows] = await db.$transaction([
        joinedRevisions(
          db,
          Prisma.sql`${ofZone} AND f."indicatorId" IN (${Prisma.join(of.map((g) => g.indicatorId))}) AND ${periods}`,
        ),
      ]);
      return revisionsOf(rows, keys);
    },
  };
}

/** How many revisions a plan's ledger holds, of one zone or of all, counted without reading them. */
export async function countLedgerFigures(db: Db, plan: PlanScope, zone?: string): Promise<number> {
  const [row] = await db.$queryRaw<{ revisions: number | bigint }[]>`
    SELECT COUNT(*) AS "revisions" FROM "Figure" f WHERE ${zoneSql(zone)} AND ${planScopeSql(plan)}`;
  return Number(row?.revisions ?? 0);
}
