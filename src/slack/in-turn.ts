import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs submissions one after another, in the order they came. Forty people
 * submitting at once otherwise all made progress together, and some waited
 * many seconds while later ones went through (p99 4 s against a p50 of 0.3 s);
 * in turn, each waits for those before it and no longer. One that has waited
 * `patienceMs` goes ahead anyway, so that a long queue can never keep a
 * submission from its answer within Slack's three seconds.
 *
 * Work that can wait (a Home tab to publish again) is done in turns of its
 * own once nobody is waiting, once per key however often it was asked for.
 */
export class InTurn {
  private last: Promise<void> = Promise.resolve();
  private waiting = 0;
  private flushing = false;
  private readonly deferred = new Map<string, () => Promise<void>>();

  constructor(private readonly patienceMs: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    const before = this.last;
    let done: () => void = () => {};
    this.last = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.waiting++;
    const gaveUp = new AbortController();
    await Promise.race([before, sleep(this.patienceMs, undefined, { signal: gaveUp.signal }).catch(() => undefined)]);
    gaveUp.abort();
    this.waiting--;
    try {
      return await work();
    } finally {
      // The next in line goes once this one is done, or once the one before it is, whichever is later.
      before.then(done, done);
      this.flush();
    }
  }

  /** Work to do when nobody waits; asked for again under the same key before then, it is done once. */
  later(key: string, task: () => Promise<void>): void {
    this.deferred.set(key, task);
    this.flush();
  }

  private flush(): void {
    if (this.flushing || this.waiting > 0) return;
    const [next] = this.deferred;
    if (!next) return;
    const [key, task] = next;
    this.deferred.delete(key);
    this.flushing = true;
    void this.run(task)
      .catch(() => undefined)
      .finally(() => {
        this.flushing = false;
        this.flush();
      });
  }
}
