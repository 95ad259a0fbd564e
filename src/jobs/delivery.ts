import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import { contentHash, type PostContent, type PostRow, type PostsService } from '../services/posts-service.js';
import type { Outgoing, StoredPayload } from './outgoing.js';
import { DeliveryError, type Poster } from './poster.js';

export type Delivered = 'sent' | 'edited' | 'already' | 'failed' | 'later';

export interface DeliveryOptions {
  /** About one message a second per channel, as Slack asks, shared by every process. */
  gapMs?: number;
  /** How long one process has a post to itself before another may try it. */
  leaseMs?: number;
  /** Tries within one delivery before the post waits for the next sweep. */
  tries?: number;
  wait?: (ms: number) => Promise<void>;
}

/** Told once, to the admins, when a post cannot be made until someone fixes something. */
export type OnPermanent = (post: PostRow, error: DeliveryError) => Promise<void>;

const fileTarget = (target: string) => `${target}#file`;

function contentOf(o: Outgoing): { message: PostContent; file: PostContent | null } {
  const payload: StoredPayload = {
    message: o.message,
    ...(o.about ? { about: o.about } : {}),
    ...(o.record === undefined ? {} : { record: o.record }),
  };
  const message = { channelId: o.channel, payload: JSON.stringify(payload), file: null };
  if (!o.file) return { message, file: null };
  const filePayload: StoredPayload = { message: o.message, file: { filename: o.file.filename, title: o.file.title } };
  return { message, file: { channelId: o.channel, payload: JSON.stringify(filePayload), file: o.file.content } };
}

function asDeliveryError(err: unknown): DeliveryError {
  return err instanceof DeliveryError
    ? err
    : new DeliveryError(err instanceof Error ? err.message : String(err), 'transient');
}

/**
 * Claim, send, record: the one place posts reach Slack. A post is claimed by
 * a durable row before anything is sent, carries its claim's id to Slack, and
 * is recorded with its ts once sent; a claim found unsent (a crash, an
 * outage) is first looked for in the channel, and sent only if Slack never
 * got it. Slack's errors and rate limits are retried here, and only here.
 */
export class Delivery {
  private readonly gapMs: number;
  private readonly leaseMs: number;
  private readonly tries: number;
  private readonly wait: (ms: number) => Promise<void>;

  constructor(
    private readonly posts: PostsService,
    private readonly poster: Poster,
    private readonly logger: Logger,
    private readonly onPermanent: OnPermanent,
    options: DeliveryOptions = {},
  ) {
    this.gapMs = options.gapMs ?? 1_000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.tries = options.tries ?? 4;
    this.wait = options.wait ?? ((ms) => sleep(ms).then(() => undefined));
  }

  /** Delivers a job's posts, one after another (each channel at its pace). */
  async deliverAll(planKey: string, outgoing: Outgoing[]): Promise<Delivered[]> {
    const out: Delivered[] = [];
    for (const o of outgoing) out.push(await this.deliver(planKey, o));
    return out;
  }

  async deliver(planKey: string, o: Outgoing): Promise<Delivered> {
    const content = contentOf(o);
    const key = { planKey, job: o.job, period: o.period, target: o.target };
    const message = await this.claimAndSend(key, content.message, o.editable === true);
    if (!content.file || message !== 'sent') return message;
    return this.claimAndSend({ ...key, target: fileTarget(o.target) }, content.file, false);
  }

  /** Pending posts left by a crash or an outage, sent now if Slack never got them. */
  async sweep(): Promise<void> {
    for (const row of await this.posts.due()) await this.send(row, true);
  }

  private async claimAndSend(
    key: { planKey: string; job: string; period: string; target: string },
    content: PostContent,
    editable: boolean,
  ): Promise<Delivered> {
    const { row, created } = await this.posts.claim(key, content);
    if (row.state === 'failed') return 'failed';
    if (row.state === 'sent') {
      if (!editable || row.contentHash === contentHash(content.payload, content.file)) return 'already';
      return this.edit(row, content);
    }
    // A claim this delivery did not make may have reached Slack before its process stopped.
    return this.send(row, !created);
  }

  private async edit(row: PostRow, content: PostContent): Promise<Delivered> {
    const { message } = JSON.parse(content.payload) as StoredPayload;
    try {
      await this.poster.update({ channel: row.channelId, ts: row.ts ?? '', ...message });
      await this.posts.edited(row.id, content);
      return 'edited';
    } catch (err) {
      this.logger.warn({ err, post: row.id }, 'could not edit a post in place; it will be tried at the next run');
      return 'later';
    }
  }

  private async send(row: PostRow, recovering: boolean): Promise<Delivered> {
    if (!(await this.posts.lease(row.id, this.leaseMs))) return 'later';
    if (recovering) {
      const ts = await this.poster
        .find({ channel: row.channelId, claim: row.id, since: new Date(row.claimedAt.getTime() - 60_000) })
        .catch(() => null);
      if (ts) {
        await this.posts.sent(row.id, ts);
        return 'sent';
      }
    }
    const payload = JSON.parse(row.payload) as StoredPayload;
    let last: DeliveryError | null = null;
    for (let attempt = 0; attempt < this.tries; attempt++) {
      try {
        const slot = await this.posts.slot(row.channelId, this.gapMs);
        const ahead = slot.getTime() - Date.now();
        if (ahead > 0) await this.wait(ahead);
        const { ts } = await this.once(row, payload);
        await this.posts.sent(row.id, ts);
        return 'sent';
      } catch (err) {
        last = asDeliveryError(err);
        if (last.kind === 'permanent') {
          await this.posts.failed(row.id, last.code);
          this.logger.error({ post: row.id, channel: row.channelId, error: last.code }, 'post cannot be delivered');
          await this.onPermanent(row, last).catch((e: unknown) =>
            this.logger.error({ err: e }, 'could not tell the admins'),
          );
          return 'failed';
        }
        this.logger.warn({ post: row.id, error: last.code, attempt }, 'post not delivered yet; trying again');
        await this.wait(last.kind === 'rate_limited' ? last.retryAfterMs : 500 * 2 ** attempt);
      }
    }
    const retryAt = new Date(Date.now() + Math.max(last?.retryAfterMs ?? 0, 60_000 * 2 ** Math.min(row.attempts, 5)));
    await this.posts.retryLater(row.id, last?.code ?? 'unknown', retryAt);
    return 'later';
  }

  private once(row: PostRow, payload: StoredPayload): Promise<{ ts: string }> {
    if (payload.file && row.file) {
      return this.poster.upload({
        channel: row.channelId,
        filename: payload.file.filename,
        title: payload.file.title,
        content: row.file,
        claim: row.id,
      });
    }
    return this.poster.post({ channel: row.channelId, ...payload.message, claim: row.id });
  }
}
