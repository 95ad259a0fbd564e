/** Slack's window for a request's timestamp, either way: a signature can only be replayed within it. */
const WINDOW_MS = 5 * 60_000;
/** Beyond this many signatures in a window the oldest window is let go early, so a flood cannot exhaust memory. */
const MAX_SEEN = 200_000;

/**
 * Remembers the signatures of the requests taken within Slack's five-minute
 * window, so the same signed request sent again (captured and replayed) is
 * refused. Slack's own retries are new requests with new signatures. Two
 * windows are kept, the current and the one before, so a signature is held
 * for at least a whole window.
 */
export class ReplayGuard {
  private current = new Set<string>();
  private previous = new Set<string>();
  private windowStart: number;

  constructor(private readonly now: () => number = Date.now) {
    this.windowStart = now();
  }

  /** True the first time a signature is offered, false for a replay. */
  admit(signature: string): boolean {
    const now = this.now();
    if (now - this.windowStart >= WINDOW_MS || this.current.size >= MAX_SEEN) {
      this.previous = now - this.windowStart >= 2 * WINDOW_MS ? new Set() : this.current;
      this.current = new Set();
      this.windowStart = now;
    }
    if (this.current.has(signature) || this.previous.has(signature)) return false;
    this.current.add(signature);
    return true;
  }
}
