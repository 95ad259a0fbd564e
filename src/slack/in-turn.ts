import { setImmediate } from 'node:timers/promises';

/**
 * Runs submissions in the order they came, at most `lanes` at once. Forty
 * people submitting at once otherwise all made progress together, and some
 * waited many seconds while later ones went through (p99 4 s against a p50
 * of 0.3 s); in turn, each waits for those before it and no longer. SQLite
 * takes one writer at a time, so it has one lane; PostgreSQL spends most of a
 * write waiting for its round trips, which several lanes overlap. One that has
 * waited `patienceMs` goes ahead anyway, so that a long queue can never keep
 * a submission from its answer within Slack's three seconds.
 *
 * Work that can wait (a Home tab to publish again) is done once no
 * submission has come for `quietMs`, once per key however often it was asked
 * for: done between the submissions of a burst, it took a third of the time
 * they had.
 */
export class InTurn {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private busy = 0;
  private flushing = false;
  private quiet: NodeJS.Timeout | null = null;
  private readonly deferred = new Map<string, () => Promise<void>>();

  constructor(
    private readonly patienceMs: number,
    private readonly quietMs: number,
    private readonly lanes = 1,
  ) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    this.hush();
    return this.inTurn(work).finally(() => {
      this.busy--;
      this.awaitQuiet();
    });
  }

  /** Work to do once submissions have paused; asked for again under the same key before then, it is done once. */
  later(key: string, task: () => Promise<void>): void {
    this.deferred.set(key, task);
    this.awaitQuiet();
  }

  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    // A lane is handed from the one that leaves it to the first in line, so none that came later takes it between.
    if (this.running < this.lanes && !this.waiting.length) this.running++;
    else if (!(await this.turn())) this.running++;
    // A turn handed on by a promise never let Node read its sockets: SQLite answers without I/O, so a queue
    // ran through in one go while other connections' submissions waited unread (p99 2 s against a p50 of 0.1 s).
    await setImmediate();
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Resolves true when a lane is handed to this one, false when it has waited its patience and goes ahead anyway. */
  private turn(): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const go = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(go);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(false);
      }, this.patienceMs);
      this.waiting.push(go);
    });
  }

  private hush(): void {
    if (this.quiet) clearTimeout(this.quiet);
    this.quiet = null;
  }

  private awaitQuiet(): void {
    if (this.busy > 0 || this.flushing || this.deferred.size === 0) return;
    this.hush();
    this.quiet = setTimeout(() => this.flush(), this.quietMs);
    this.quiet.unref();
  }

  private flush(): void {
    this.quiet = null;
    const [next] = this.deferred;
    if (!next || this.busy > 0) return;
    const [key, task] = next;
    this.deferred.delete(key);
    this.flushing = true;
    void this.inTurn(task)
      .catch(() => undefined)
      .finally(() => {
        this.flushing = false;
        if (this.busy === 0) this.flush();
        else this.awaitQuiet();
      });
  }
}
