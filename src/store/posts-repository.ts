import type { Db, Tx } from './database.js';

export type PostState = 'pending' | 'sent' | 'failed';

/** What identifies a post: one per plan, job, period (a day, a week, a month) and target (a zone, a channel). */
export interface PostKey {
  planKey: string;
  job: string;
  period: string;
  target: string;
}

export interface PostRow extends PostKey {
  id: number;
  channelId: string;
  payload: string;
  file: Uint8Array | null;
  contentHash: string;
  state: PostState;
  attempts: number;
  lastError: string | null;
  ts: string | null;
  claimedAt: Date;
  sentAt: Date | null;
}

const toRow = (r: Awaited<ReturnType<Db['post']['findFirstOrThrow']>>): PostRow => ({
  ...r,
  state: r.state as PostState,
});

export async function findPost(db: Db | Tx, key: PostKey): Promise<PostRow | null> {
  const row = await db.post.findUnique({ where: { planKey_job_period_target: key } });
  return row ? toRow(row) : null;
}

/** Claims a post; throws a unique violation when someone claimed it first. */
export async function insertPost(
  tx: Tx,
  key: PostKey,
  content: { channelId: string; payload: string; file: Uint8Array | null; contentHash: string },
  at: Date,
): Promise<PostRow> {
  return toRow(
    await tx.post.create({
      data: {
        ...key,
        ...content,
        file: content.file ? Buffer.from(content.file) : null,
        state: 'pending',
        claimedAt: at,
      },
    }),
  );
}

/** Takes the right to deliver a pending post until `until`: false when another process holds it. */
export async function leasePost(tx: Tx, id: number, now: Date, until: Date): Promise<boolean> {
  const { count } = await tx.post.updateMany({
    where: { id, state: 'pending', OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseUntil: until },
  });
  return count === 1;
}

export async function markSent(tx: Tx, id: number, ts: string, at: Date): Promise<void> {
  await tx.post.update({ where: { id }, data: { state: 'sent', ts, sentAt: at, leaseUntil: null, lastError: null } });
}

/** A failed try: it is tried again once `retryAt` has passed, unless it failed for good. */
export async function markAttempt(
  tx: Tx,
  id: number,
  error: string,
  outcome: { retryAt: Date } | { failed: true },
): Promise<void> {
  await tx.post.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastError: error.slice(0, 500),
      ...('failed' in outcome ? { state: 'failed', leaseUntil: null } : { leaseUntil: outcome.retryAt }),
    },
  });
}

/** A sent post whose content changed (a digest corrected within its week): the new content, edited in place. */
export async function replaceContent(tx: Tx, id: number, payload: string, contentHash: string): Promise<void> {
  await tx.post.update({ where: { id }, data: { payload, contentHash } });
}

/** Pending posts nobody is delivering now: a crash or an outage left them claimed but not sent. */
export async function duePosts(db: Db, now: Date, limit: number): Promise<PostRow[]> {
  const rows = await db.post.findMany({
    where: { state: 'pending', OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { id: 'asc' },
    take: limit,
  });
  return rows.map(toRow);
}

export async function postAt(db: Db, channelId: string, ts: string): Promise<PostRow | null> {
  const row = await db.post.findFirst({ where: { channelId, ts } });
  return row ? toRow(row) : null;
}

export async function postById(db: Db, id: number): Promise<PostRow | null> {
  const row = await db.post.findUnique({ where: { id } });
  return row ? toRow(row) : null;
}

/** Posts of a job, newest first: a ranking's snapshots, a digest's weeks. */
export async function postsOf(db: Db, planKey: string, job: string, take: number): Promise<PostRow[]> {
  const rows = await db.post.findMany({ where: { planKey, job, state: 'sent' }, orderBy: { id: 'desc' }, take });
  return rows.map(toRow);
}
