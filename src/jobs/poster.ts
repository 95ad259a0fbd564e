import type { KnownBlock } from '@slack/types';

/** A message as a job posts it: Slack-ready text and blocks from the views. */
export interface Message {
  text: string;
  blocks: KnownBlock[];
}

/**
 * What the jobs need of Slack, and nothing of Bolt: the runtime gives them
 * one over the Web API (src/slack/poster.ts); `zonebot job --dry-run` gives
 * them one that prints.
 */
export interface Poster {
  /** Posts a message carrying its claim's id in the message metadata; resolves with its ts. */
  post(m: Message & { channel: string; threadTs?: string; claim: number }): Promise<{ ts: string }>;
  update(m: Message & { channel: string; ts: string }): Promise<void>;
  /** Uploads a file whose name carries the claim's id; resolves with the ts of the message showing it. */
  upload(f: { channel: string; filename: string; title: string; content: Uint8Array; claim: number }): Promise<{
    ts: string;
  }>;
  /** The ts of a message in the channel since `since` that carries the claim (in its metadata or a file's name), if any. */
  find(q: { channel: string; claim: number; since: Date }): Promise<string | null>;
}

/**
 * A Slack failure, as delivery needs to know it: wait and try again (rate
 * limited, or Slack having trouble), or give up (the channel is gone, the bot
 * is not in it …), which only an admin can mend.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly code: string,
    readonly kind: 'rate_limited' | 'transient' | 'permanent',
    readonly retryAfterMs = 0,
  ) {
    super(code);
  }
}
