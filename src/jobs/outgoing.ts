import type { Message } from './poster.js';

/** What a post is about, for replies in its thread and buttons on it. */
export interface About {
  zone: string | null;
  milestones: string[];
}

/** A post a job wants made: where, what, and the key that makes it once. */
export interface Outgoing {
  job: string;
  /** The job's period the post belongs to: a day (2026-12-01), a week (2026-W49), a month (2026-11), or `final`. */
  period: string;
  /** Whom or where within the period: a zone, a channel's purpose, an admin. */
  target: string;
  channel: string;
  message: Message;
  /** A chart or a file to go with the message, as a post of its own. */
  file?: { filename: string; title: string; content: Uint8Array };
  /** A post that is edited in place when its content changes within its period (the weekly digest). */
  editable?: boolean;
  about?: About;
  /** What the post stood for when it was made (a ranking as posted), kept with it to be shown again. */
  record?: unknown;
}

/** What is kept of an outgoing post with its claim, to send it as it was meant however late. */
export interface StoredPayload {
  message: Message;
  file?: { filename: string; title: string };
  about?: About;
  record?: unknown;
}
