import type { GroupCursor, RevisionPage } from '../domain/records.js';
import type { Db } from './database.js';
import type { PlanScope } from './figures-repository.js';
import { Prisma } from './generated/sqlite/client.js';
import { joinedRevisions, revisionsOf } from './joined-revisions.js';
import { keysById } from './keys.js';
import { indicatorSql, planScopeSql, zoneSql } from './plan-scope-sql.js';

export type { GroupCursor, RevisionPage };

export interface PageFilter {
  /** A zone's slug, or null for the city's own figures. */
  zone: string | null;
  indicator?: string;
  plan: PlanScope;
}

/** Groups after the cursor's: older periods, or the same period's later indicators. */
function beyondSql(after: GroupCursor | null): Prisma.Sql {
  if (!after) return Prisma.empty;
  const cursorId = Prisma.sql`COALESCE((SELECT "id" FROM "Indicator" WHERE "key" = ${after.indicator}), 0)`;
  return Prisma.sql` AND (f."period" < ${after.period} OR (f."period" = ${after.period} AND f."indicatorId" > ${cursorId}))`;
}

/**
 * One page of a figure history: the next `groups` groups (indicator ×
 * period), newest period first, with every revision of each. Only the page is
 * read, whatever the length of the history: the groups, then their
 * revisions, from the (zone, indicator, period) index, between the cursor
 * and the page's last group.
 */
export async function readRevisionPage(
  db: Db,
  filter: PageFilter,
  after: GroupCursor | null,
  groups: number,
): Promise<RevisionPage> {
  const { zone } = filter;
  const indicator = filter.indicator === undefined ? Prisma.empty : Prisma.sql` AND ${indicatorSql(filter.indicator)}`;
  const history = Prisma.sql`${zoneSql(zone)} AND ${planScopeSql(filter.plan)}${indicator}${beyondSql(after)}`;
  const [keys, found] = await Promise.all([
    keysById(db),
    db.$queryRaw<{ period: string; indicatorId: number }[]>`
      SELECT f."period", f."indicatorId" FROM "Figure" f
      WHERE ${history}
      GROUP BY f."period", f."indicatorId"
      ORDER BY f."period" DESC, f."indicatorId" ASC
      LIMIT ${groups + 1}`,
  ]);
  const shown = found.slice(0, groups);
  const last = shown[shown.length - 1];
  if (!last) return { revisions: [], next: null };
  // The page's groups run from the cursor to its last group: a range of periods on the index, not a list of pairs.
  const upToLast = Prisma.sql`f."period" >= ${last.period} AND (f."period" > ${last.period} OR f."indicatorId" <= ${last.indicatorId})`;
  const rows = await joinedRevisions(db, Prisma.sql`${history} AND ${upToLast}`);
  const revisions = revisionsOf(rows, keys);
  const next =
    found.length > groups ? { period: last.period, indicator: keys.indicator(Number(last.indicatorId)) } : null;
  return { revisions, next };
}
