import type { ChangeLog, Tx } from './database.js';

export interface NoteInput {
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
  const milestone = await tx.milestone.findFirstOrThrow({ where: { key: note.milestone }, select: { id: true } });
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
