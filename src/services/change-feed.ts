import type { Logger } from '../logger.js';
import { type ChangeRow, lastChangeId, readChanges } from '../store/changes-repository.js';
import type { ChangeKind, Db } from '../store/database.js';

export type ChangeHandler = (changes: ChangeRow[]) => Promise<void>;

const BATCH = 500;

/**
 * How a process learns of every committed write, its own and other processes':
 * it reads the change feed forward from where it stands, in the background and
 * right after each of its own writes, and hands each change to the caches that
 * care. A cache never serves another process's stale truth for more than one
 * polling interval, and never costs a query on the read path.
 */
export class ChangeFeed {
  private cursor: number | null = null;
  private readonly handlers = new Map<ChangeKind, ChangeHandler[]>();
  private tail: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  on(kinds: ChangeKind[], handler: ChangeHandler): void {
    for (const kind of kinds) this.handlers.set(kind, [...(this.handlers.get(kind) ?? []), handler]);
  }

  /** Starts from the feed's end: caches loaded from here on already hold everything before it. */
  async begin(): Promise<void> {
    this.cursor ??= await lastChangeId(this.db);
  }

  /** Polls every `intervalMs` until stopped; a failed poll is logged and tried again. */
  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sync().catch((err: unknown) => this.logger.warn({ err }, 'change feed poll failed'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Brings every cache up to date with all that had committed when this was
   * called. Calls that come while a poll is waiting to run share it.
   */
  sync(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.tail.then(() => {
      this.queued = null;
      return this.drain();
    });
    this.queued = next;
    this.tail = next.catch(() => undefined);
    return next;
  }

  /**
   * `sync` after a write of this process's own: the write has committed and
   * says so whatever happens here, so a failure to catch up is logged, and
   * the next poll catches up instead.
   */
  async settle(): Promise<void> {
    await this.sync().catch((err: unknown) =>
      this.logger.warn({ err }, 'change feed: catching up after a write failed'),
    );
  }

  private async drain(): Promise<void> {
    if (this.cursor === null) return;
    for (;;) {
      const changes = await readChanges(this.db, this.cursor, BATCH);
      if (!changes.length) return;
      const byKind = new Map<ChangeKind, ChangeRow[]>();
      for (const c of changes) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
      for (const [kind, rows] of byKind) {
        for (const handler of this.handlers.get(kind) ?? []) await handler(rows);
      }
      // Only once every handler has taken a batch does the feed move past it: a failure means a retry, not a gap.
      this.cursor = changes[changes.length - 1]?.id ?? this.cursor;
      if (changes.length < BATCH) return;
    }
  }
}
