/**
 * A value computed on first use and kept until invalidated. Callers that ask
 * while it is being computed share the one computation; a failed computation
 * is not kept, so the next caller tries again.
 */
export class Cached<T> {
  private pending: Promise<T> | null = null;
  private generation = 0;

  constructor(private readonly compute: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.pending) {
      const generation = this.generation;
      const computing = this.compute();
      this.pending = computing;
      computing.catch(() => {
        if (this.generation === generation) this.pending = null;
      });
    }
    return this.pending;
  }

  /** Whether a value is held or being computed. */
  isLoaded(): boolean {
    return this.pending !== null;
  }

  invalidate(): void {
    this.generation++;
    this.pending = null;
  }
}
