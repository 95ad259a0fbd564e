import type { Provider, Tx } from './database.js';

/** A number naming one channel's pacing lock among PostgreSQL's advisory locks. */
function lockKey(channelId: string): number {
  let h = 0;
  for (const c of channelId) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

/**
 * Reserves the next moment a channel may be posted to, `gapMs` after the last
 * one reserved, in whichever process: returns when this post may go.
 */
export async function reserveSlot(
  tx: Tx,
  provider: Provider,
  channelId: string,
  now: Date,
  gapMs: number,
): Promise<Date> {
  if (provider === 'postgresql') await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${lockKey(channelId)})`);
  const row = await tx.channelPace.findUnique({ where: { channelId } });
  const slot = new Date(Math.max(now.getTime(), row?.nextAt.getTime() ?? 0));
  const nextAt = new Date(slot.getTime() + gapMs);
  await tx.channelPace.upsert({ where: { channelId }, create: { channelId, nextAt }, update: { nextAt } });
  return slot;
}
