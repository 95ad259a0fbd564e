/**
 * Promises that settle when recorded state changes, with timers that close() cancels so a
 * test never leaves vitest waiting on a forgotten timeout.
 */
export class Waiters {
  private readonly pending = new Map<() => void, (error: Error) => void>();
  private readonly timers = new Set<NodeJS.Timeout>();

  /** Resolves with `find()`'s first defined result, checked now and on every `notify()`. */
  until<T>(find: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        this.cancel(timer);
        this.pending.delete(check);
      };
      const check = () => {
        const hit = find();
        if (hit === undefined) return;
        settle();
        resolve(hit);
      };
      const timer = this.schedule(timeoutMs, () => {
        settle();
        reject(new Error(describe()));
      });
      this.pending.set(check, (error) => {
        settle();
        reject(error);
      });
    });
  }

  notify(): void {
    for (const check of [...this.pending.keys()]) check();
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.schedule(ms, resolve));
  }

  /** Rejects every pending wait and drops every timer; sleeps never resolve. */
  close(reason: string): void {
    for (const reject of [...this.pending.values()]) reject(new Error(reason));
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(ms: number, fire: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fire();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private cancel(timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.timers.delete(timer);
  }
}
