import type { ChangeKind, Db, Tx } from './database.js';

export interface ChangeRow {
  id: number;
  kind: ChangeKind;
  fromId: number | null;
  toId: number | null;
}

/** The next changes after `afterId`, oldest first. */
export async function readChanges(db: Db, afterId: number, limit: number): Promise<ChangeRow[]> {
  const rows = await db.change.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit,
    select: { id: true, kind: true, fromId: true, toId: true },
  });
  return rows as ChangeRow[];
}

/** The newest change's id (0 when there is none): what a process has seen once it has read everything. */
export async function lastChangeId(db: Db): Promise<number> {
  const { _max } = await db.change.aggregate({ _max: { id: true } });
  return _max.id ?? 0;
}

/** Changes every live process has long since read; the feed only ever reads forward. */
export async function pruneChanges(tx: Tx, before: Date): Promise<void> {
  const newest = await tx.change.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  // The newest row stays, so a process starting later still finds where the feed stands.
  await tx.change.deleteMany({ where: { at: { lt: before }, ...(newest ? { id: { lt: newest.id } } : {}) } });
}
