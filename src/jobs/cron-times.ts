import { createTask, parse, validate } from 'node-cron';

/** China keeps one offset all year (no summer time since 1991), so Shanghai wall time is UTC + 8 h. */
const SHANGHAI_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export const PLAN_TIMEZONE = 'Asia/Shanghai';

export function isValidSchedule(expression: string): boolean {
  return validate(expression);
}

/**
 * Lends `use` a function giving the instants a schedule fires on one Shanghai
 * day, latest first: each hour and minute it names, checked against
 * node-cron's own matching (which knows how its day-of-month and day-of-week
 * fields combine).
 */
function withMatcher<T>(expression: string, use: (firesOn: (dayStartUtc: number) => Date[]) => T): T {
  const { hour, minute } = parse(expression);
  const hours = [...hour].sort((a, b) => b - a);
  const minutes = [...minute].sort((a, b) => b - a);
  const task = createTask(expression, () => undefined, { timezone: PLAN_TIMEZONE });
  try {
    return use((dayStartUtc) => {
      const out: Date[] = [];
      for (const h of hours) {
        for (const m of minutes) {
          const at = new Date(dayStartUtc + h * 3_600_000 + m * 60_000);
          if (task.match(at)) out.push(at);
        }
      }
      return out;
    });
  } finally {
    void task.destroy();
  }
}

/** Midnight in Shanghai of the day `at` falls on, as a UTC instant. */
function shanghaiDayStart(at: Date): number {
  const local = at.getTime() + SHANGHAI_MS;
  return local - (local % DAY_MS) - SHANGHAI_MS;
}

/** The latest time the schedule fired at or before `at`, looking back `days` days; null if none. */
export function lastFire(expression: string, at: Date, days = 62): Date | null {
  const start = shanghaiDayStart(at);
  return withMatcher(expression, (firesOn) => {
    for (let d = 0; d <= days; d++) {
      const fire = firesOn(start - d * DAY_MS).find((t) => t.getTime() <= at.getTime());
      if (fire) return fire;
    }
    return null;
  });
}

/** The next time the schedule fires after `at`, looking ahead `days` days; null if none. */
export function nextFire(expression: string, at: Date, days = 400): Date | null {
  const start = shanghaiDayStart(at);
  return withMatcher(expression, (firesOn) => {
    for (let d = 0; d <= days; d++) {
      const first = firesOn(start + d * DAY_MS)
        .filter((t) => t.getTime() > at.getTime())
        .at(-1);
      if (first) return first;
    }
    return null;
  });
}
