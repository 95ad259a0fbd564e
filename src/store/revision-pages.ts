import type { GroupCursor, RevisionPage } from '../domain/records.js';
import type { Db } from './database.js';
import { type RevisionFilter, revisionsWhere, whereOf } from './figures-repository.js';

export type { GroupCursor, RevisionPage };

/**
 * One page of a figure history: the next `groups` groups (indicator ×
 * period), newest period first, with every revision of each. Only the page is
 * read, whatever the length of the history, and no query grows with it.
 */
export async function readRevisionPage(
  db: Db,
  filter: RevisionFilter,
  after: GroupCursor | null,
  groups: number,
): Promise<RevisionPage> {
  const scope = whereOf(filter);
  const cursorId = after
    ? ((await db.indicator.findUnique({ where: { key: after.indicator }, select: { id: true } }))?.id ?? 0)
    : 0;
  const beyond = after
    ? { OR: [{ period: { lt: after.period } }, { period: after.period, indicatorId: { gt: cursorId } }] }
    : {};
  const found = await db.figure.groupBy({
    by: ['period', 'indicatorId'],
    where: { AND: [scope, beyond] },
    orderBy: [{ period: 'desc' }, { indicatorId: 'asc' }],
    take: groups + 1,
  });
  const shown = found.slice(0, groups);
  if (!shown.length) return { revisions: [], next: null };
  const revisions = await revisionsWhere(db, {
    AND: [scope, { OR: shown.map((g) => ({ period: g.period, indicatorId: g.indicatorId })) }],
  });
  const last = shown[shown.length - 1];
  if (found.length <= groups || !last) return { revisions, next: null };
  const { key } = await db.indicator.findUniqueOrThrow({ where: { id: last.indicatorId }, select: { key: true } });
  return { revisions, next: { period: last.period, indicator: key } };
}
