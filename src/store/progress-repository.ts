import type { ReportedState } from '../domain/milestones.js';
import type { ValidProgress } from '../domain/progress-input.js';
import type { Decision, ProgressReport } from '../domain/records.js';
import type { Db } from './database.js';

export type { ProgressReport };

const select = {
  id: true,
  state: true,
  note: true,
  evidenceUrl: true,
  enteredBy: true,
  enteredAt: true,
  needsConfirmation: true,
  milestone: { select: { key: true } },
  zone: { select: { slug: true } },
  confirmation: { select: { confirmed: true, decidedBy: true, decidedAt: true, note: true } },
} as const;

type Row = {
  id: number;
  state: string;
  note: string | null;
  evidenceUrl: string | null;
  enteredBy: string;
  enteredAt: Date;
  needsConfirmation: boolean;
  milestone: { key: string };
  zone: { slug: string } | null;
  confirmation: { confirmed: boolean; decidedBy: string; decidedAt: Date; note: string | null } | null;
};

function toReport(r: Row): ProgressReport {
  const c = r.confirmation;
  return {
    id: r.id,
    milestone: r.milestone.key,
    zone: r.zone?.slug ?? null,
    state: r.state as ReportedState,
    note: r.note,
    evidence: r.evidenceUrl,
    enteredBy: r.enteredBy,
    enteredAt: r.enteredAt,
    needsConfirmation: r.needsConfirmation,
    decision: c ? { confirmed: c.confirmed, by: c.decidedBy, at: c.decidedAt, note: c.note } : null,
  };
}

export async function insertProgress(
  db: Db,
  p: ValidProgress,
  needsConfirmation: boolean,
  by: string,
  at: Date,
): Promise<ProgressReport> {
  const [milestone, zone] = await Promise.all([
    db.milestone.findFirstOrThrow({ where: { key: p.milestone.key }, select: { id: true } }),
    p.zone === null ? null : db.zone.findUniqueOrThrow({ where: { slug: p.zone }, select: { id: true } }),
  ]);
  const row = await db.milestoneUpdate.create({
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
    select,
  });
  return toReport(row as Row);
}

/** Reports oldest first; `zone: null` the units' own, undefined any. */
export async function readProgress(db: Db, filter: { id?: number; zone?: string | null }): Promise<ProgressReport[]> {
  const rows = await db.milestoneUpdate.findMany({
    where: {
      ...(filter.id === undefined ? {} : { id: filter.id }),
      ...(filter.zone === undefined ? {} : filter.zone === null ? { zoneId: null } : { zone: { slug: filter.zone } }),
    },
    orderBy: [{ enteredAt: 'asc' }, { id: 'asc' }],
    select,
  });
  return (rows as Row[]).map(toReport);
}

/** Records an officer's decision; false when someone already decided (the unique update id keeps it to one). */
export async function insertDecision(db: Db, updateId: number, decision: Decision): Promise<boolean> {
  const existing = await db.milestoneConfirmation.findUnique({ where: { updateId } });
  if (existing) return false;
  try {
    await db.milestoneConfirmation.create({
      data: {
        updateId,
        confirmed: decision.confirmed,
        decidedBy: decision.by,
        decidedAt: decision.at,
        note: decision.note,
      },
    });
    return true;
  } catch (err) {
    // Two officers clicking at once: the unique index lets one through.
    if ((await db.milestoneConfirmation.findUnique({ where: { updateId } })) !== null) return false;
    throw err;
  }
}
