import type { ProgressNote } from '../domain/records.js';
import type { ChangeLog, Db, Tx } from './database.js';
import { milestoneOf } from './facts-repository.js';
import { keysById } from './keys.js';

export interface NoteInput {
  plan: string;
  milestone: string;
  zone: string | null;
  text: string;
  by: string;
  at: Date;
  channelId: string;
  messageTs: string;
}

/** Records a reply as a note on a milestone; false when that reply was already recorded on it. */
export async function insertNote(tx: Tx, log: ChangeLog, note: NoteInput): Promise<boolean> {
  const milestone = await tx.milestone.findFirstOrThrow({
    where: { key: note.milestone, plan: { key: note.plan } },
    select: { id: true },
  });
  const zone = note.zone ? await tx.zone.findUniqueOrThrow({ where: { slug: note.zone }, select: { id: true } }) : null;
  const seen = await tx.milestoneNote.findFirst({
    where: { channelId: note.channelId, messageTs: note.messageTs, milestoneId: milestone.id },
    select: { id: true },
  });
  if (seen) return false;
  const { id } = await tx.milestoneNote.create({
    data: {
      milestoneId: milestone.id,
      zoneId: zone?.id ?? null,
      text: note.text,
      enteredBy: note.by,
      enteredAt: note.at,
      channelId: note.channelId,
      messageTs: note.messageTs,
    },
    select: { id: true },
  });
  log('note', { fromId: id, toId: id });
  return true;
}

/** One plan's newest `latest` notes of a zone (null: the units' own, undefined: all), oldest first. */
export async function readNotes(
  db: Db,
  plan: string,
  zone: string | null | undefined,
  latest: number,
): Promise<ProgressNote[]> {
  const where = {
    milestone: { plan: { key: plan } },
    ...(zone === undefined ? {} : zone === null ? { zoneId: null } : { zone: { slug: zone } }),
  };
  const [keys, rows] = await Promise.all([
    keysById(db),
    db.milestoneNote.findMany({ where, orderBy: [{ enteredAt: 'desc' }, { id: 'desc' }], take: latest }),
  ]);
  return rows.reverse().map((r) => ({
    id: r.id,
    ...milestoneOf(keys, r.milestoneId),
    zone: r.zoneId === null ? null : keys.zone(r.zoneId),
    text: r.text,
    enteredBy: r.enteredBy,
    enteredAt: r.enteredAt,
  }));
}
