import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface QuietOptions {
  /** How long the process must have been mostly idle. */
  quietMs: number;
  /** Waiting ends after this long however busy it is, so work put off is never put off for good. */
  maxWaitMs: number;
}

/**
 * The jobs start once a started bot has answered whoever was waiting and been
 * idle a second: its first answers are not held up by a catch-up's ranking.
 */
export const AFTER_START_QUIET: QuietOptions = { quietMs: 1_000, maxWaitMs: 60_000 };

/** A share of the event loop's time above this is someone being answered (or a start-up still running). */
const BUSY_SHARE = 0.1;
const STEP_MS = 50;

/**
 * Resolves once the event loop has been mostly idle for `quietMs`, so that
 * people's answers do not queue behind the jobs.
 */
export async function untilQuiet({ quietMs, maxWaitMs }: QuietOptions): Promise<void> {
  const since = performance.now();
  let quietSince = since;
  let last = performance.eventLoopUtilization();
  while (performance.now() - since < maxWaitMs) {
    // Unreferenced: a process that is otherwise done (a test, a stopping bot) does not stay for this.
    await sleep(STEP_MS, undefined, { ref: false });
    const now = performance.eventLoopUtilization();
    if (performance.eventLoopUtilization(now, last).utilization > BUSY_SHARE) quietSince = performance.now();
    else if (performance.now() - quietSince >= quietMs) return;
    last = now;
  }
}
