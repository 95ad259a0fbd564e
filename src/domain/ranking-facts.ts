import { localDate } from './dates.js';
import type { Facts } from './facts.js';
import { periodEnd } from './schedule.js';

/**
 * The facts as they stand for the end of `day`: figures for periods that had
 * ended by then, and milestone reports entered by then. Recomputing a past
 * month from today's facts so differs from what was posted only where figures
 * of that time were corrected or came in late, which is what a correction note
 * reports. Only a milestone's latest report is kept, so one entered later
 * hides any earlier one: the milestone counts as unreported by that day.
 */
export function factsAsOf(facts: Facts, day: string): Facts {
  // A ranking asks for each series many times (every target, projection and lead): filter each once.
  const seen = new Map<string, ReturnType<Facts['series']>>();
  // Its own, for every indicator: it keeps each series as first read.
  const edition = {};
  return {
    series: (zone, indicator) => {
      const key = `${zone}\u0000${indicator}`;
      let found = seen.get(key);
      if (!found) {
        found = facts.series(zone, indicator).filter((o) => periodEnd(o.period) <= day);
        seen.set(key, found);
      }
      return found;
    },
    report: (milestone, zone) => {
      const report = facts.report(milestone, zone);
      return report && localDate(report.enteredAt) <= day ? report : undefined;
    },
    edition: () => edition,
  };
}
