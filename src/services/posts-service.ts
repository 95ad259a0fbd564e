import { createHash } from 'node:crypto';
import type { Database } from '../store/database.js';
import { reserveSlot } from '../store/pace-repository.js';
import {
  duePosts,
  findPost,
  insertPost,
  leasePost,
  markAttempt,
  markSent,
  type PostKey,
  type PostRow,
  postAt,
  postById,
  postsOf,
  replaceContent,
} from '../store/posts-repository.js';
import { isUniqueViolation } from '../store/receipts-repository.js';

export type { PostKey, PostRow };

export interface PostContent {
  channelId: string;
  /** What is to be sent, as JSON: kept so a post claimed but not delivered can be sent later as it was meant. */
  payload: string;
  file: Uint8Array | null;
}

export const contentHash = (payload: string, file: Uint8Array | null) =>
  createHash('sha256')
    .update(payload)
    .update(file ?? new Uint8Array())
    .digest('hex');

/**
 * The durable side of posting: a claim row per post, taken before anything
 * is sent, so that however many processes, ticks and restarts there are,
 * each post is sent once; and the pace of each channel, shared by them all.
 */
export class PostsService {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date,
  ) {}

  /** The post's claim: taken now (`created`), or the one someone took before (which may already be sent). */
  async claim(key: PostKey, content: PostContent): Promise<{ row: PostRow; created: boolean }> {
    const hash = contentHash(content.payload, content.file);
    const existing = await findPost(this.database.db, key);
    if (existing) return { row: existing, created: false };
    try {
      const row = await this.database.write((tx) =>
        insertPost(tx, key, { ...content, contentHash: hash }, this.clock()),
      );
      return { row, created: true };
    } catch (err) {
      const taken = isUniqueViolation(err) ? await findPost(this.database.db, key) : null;
      if (taken) return { row: taken, created: false };
      throw err;
    }
  }

  /** The right to deliver a pending post for `ms`: false while another process holds it. */
  lease(id: number, ms: number): Promise<boolean> {
    const now = this.clock();
    return this.database.write((tx) => leasePost(tx, id, now, new Date(now.getTime() + ms)));
  }

  sent(id: number, ts: string): Promise<void> {
    return this.database.write((tx) => markSent(tx, id, ts, this.clock()));
  }

  retryLater(id: number, error: string, retryAt: Date): Promise<void> {
    return this.database.write((tx) => markAttempt(tx, id, error, { retryAt }));
  }

  failed(id: number, error: string): Promise<void> {
    return this.database.write((tx) => markAttempt(tx, id, error, { failed: true }));
  }

  edited(id: number, content: PostContent): Promise<void> {
    return this.database.write((tx) =>
      replaceContent(tx, id, content.payload, contentHash(content.payload, content.file)),
    );
  }

  /** Pending posts whose last try has had its wait. */
  due(limit = 50): Promise<PostRow[]> {
    return duePosts(this.database.db, this.clock(), limit);
  }

  /** The post a message in a thread replies to, if zonebot posted it. */
  at(channelId: string, ts: string): Promise<PostRow | null> {
    return postAt(this.database.db, channelId, ts);
  }

  /** A post's claim, if it was ever made. */
  find(key: PostKey): Promise<PostRow | null> {
    return findPost(this.database.db, key);
  }

  byId(id: number): Promise<PostRow | null> {
    return postById(this.database.db, id);
  }

  /** A job's sent posts, newest first. */
  history(planKey: string, job: string, take = 24): Promise<PostRow[]> {
    return postsOf(this.database.db, planKey, job, take);
  }

  /** When this post may go: about `gapMs` after the channel's last post from any process. */
  slot(channelId: string, gapMs: number): Promise<Date> {
    const now = this.clock();
    return this.database.write((tx) => reserveSlot(tx, this.database.provider, channelId, now, gapMs));
  }
}
