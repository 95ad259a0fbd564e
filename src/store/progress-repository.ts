import type { ReportedState } from '../domain/milestones.js';
import type { ValidProgress } from '../domain/progress-input.js';
import type { Decision, ProgressReport } from '../domain/records.js';
import type { ChangeLog, Db, Tx } from './database.js';
import { milestoneOf } from './facts-repository.js';
import { keysById } from './keys.js';

export type { ProgressReport };

export async function insertProgress(
  tx: Tx,
  log: ChangeLog,
  plan: string,
  p: ValidProgress,
  needsConfirmation: boolean,
  by: string,
  at: Date,
): Promise<number> {
  const milestone = await tx.milestone.findFirstOrThrow({
    where: { key: p.milestone.key, plan: { key: plan } },
    select: { id: true },
  });
  const zone =
    p.zone === null ? null : await tx.zone.findUniqueOrThrow({ where: { slug: p.zone }, select: { id: true } });
  const { id } = await tx.milestoneUpdate.create({
    data: {
      milestoneId: milestone.id,
      zoneId: zone?.id ?? null,
      state: p.state,
      note: p.note,
      evidenceUrl: p.evidence,
      enteredBy: by,
      enteredAt: at,
      needsConfirmation,
    },
    select: { id: true },
  });
  log('progress', { fromId: id, toId: id });
  return id;
}

export interface ProgressFilter {
  id?: number;
  /** One plan's milestones, by its key; undefined for every plan's. */
  plan?: string;
  /** A zone's slug, null for the units' own reports, undefined for all. */
  zone?: string | null;
  /** Only the newest so many: what a view shows, never the whole trail. */
  latest?: number;
}

/** Which reports a filter selects, as a where clause of joins. */
export function progressWhere(filter: ProgressFilter) {
  return {
    ...(filter.id === undefined ? {} : { id: filter.id }),
    ...(filter.plan === undefined ? {} : { milestone: { plan: { key: filter.plan } } }),
    ...(filter.zone === undefined ? {} : filter.zone === null ? { zoneId: null } : { zone: { slug: filter.zone } }),
  };
}

/** Reports oldest first, each with its decision, read by filter (a join), never by a list of ids. */
export async function readProgress(db: Db, filter: ProgressFilter): Promise<ProgressReport[]> {
  const where = progressWhere(filter);
  const newest = filter.latest !== undefined;
  const [keys, found] = await Promise.all([
    keysById(db),
    db.milestoneUpdate.findMany({
      where,
      orderBy: newest ? [{ enteredAt: 'desc' }, { id: 'desc' }] : [{ enteredAt: 'asc' }, { id: 'asc' }],
      ...(newest ? { take: filter.latest } : {}),
    }),
  ]);
  const rows = newest ? found.reverse() : found;
  const first = Math.min(...rows.map((r) => r.id));
  const decisions = rows.length
    ? await db.milestoneConfirmation.findMany({ where: { update: where, updateId: { gte: first } } })
    : [];
  const decided = new Map(decisions.map((d) => [d.updateId, d]));
  return rows.map((r) => {
    const d = decided.get(r.id);
    return {
      id: r.id,
      ...milestoneOf(keys, r.milestoneId),
      zone: r.zoneId === null ? null : keys.zone(r.zoneId),
      state: r.state as ReportedState,
      note: r.note,
      evidence: r.evidenceUrl,
      enteredBy: r.enteredBy,
      enteredAt: r.enteredAt,
      needsConfirmation: r.needsConfirmation,
      decision: d ? { confirmed: d.confirmed, by: d.decidedBy, at: d.decidedAt, note: d.note } : null,
    };
  });
}

/** Records an officer's decision; false when someone already decided (the unique update id keeps it to one). */
export async function insertDecision(tx: Tx, log: ChangeLog, updateId: number, decision: Decision): Promise<boolean> {
  if (await tx.milestoneConfirmation.findUnique({ where: { updateId }, select: { id: true } })) return false;
  await tx.milestoneConfirmation.create({
    data: {
      updateId,
      confirmed: decision.confirmed,
      decidedBy: decision.by,
      decidedAt: decision.at,
      note: decision.note,
    },
  });
  log('decision', { fromId: updateId, toId: updateId });
  return true;
}
