import type { MilestoneData } from '../plan/types.js';
import { daysBetween, localDate } from './dates.js';
import type { Facts } from './facts.js';
import { type DeadlineStatus, deadlineStatus } from './milestones.js';
import type { PlanIndex } from './plan-index.js';
import type { Judging } from './schedule.js';

export interface DaysPast {
  mean: number;
  max: number;
}

/** How milestones that other zones owed went: done by the date, done after it, or not done and past it. */
export interface PeerRecord {
  onTime: number;
  late: number;
  overdue: number;
  /** Days after the due date on which the late ones were done. */
  lateDays: DaysPast | null;
  /** Days past the due date of those still not done, as of the day judged. */
  overdueDays: DaysPast | null;
}

/**
 * An early warning on a milestone a zone has not done, from how other zones
 * fared, as facts rather than guesses: on this very milestone (how many other
 * zones owe it, and what they did so far), or, before its date where none of
 * them has done it yet, on the same task's earlier milestones.
 */
export type MilestoneWarning =
  | ({ about: 'same'; zones: number } & PeerRecord)
  | ({ about: 'earlier'; milestones: number } & PeerRecord);

const daysPast = (days: number[]): DaysPast | null =>
  days.length ? { mean: days.reduce((a, b) => a + b, 0) / days.length, max: Math.max(...days) } : null;

/** The outcomes of (milestone, zone) pairs; a pair not done and not yet due has none. */
function recordOf(pairs: { milestone: MilestoneData; zone: string }[], facts: Facts, judging: Judging): PeerRecord {
  let onTime = 0;
  const late: number[] = [];
  const overdue: number[] = [];
  for (const { milestone, zone } of pairs) {
    const report = facts.report(milestone.key, zone);
    const status = deadlineStatus(milestone.dueOn, report, judging.today, judging.thresholds.dueSoonDays);
    if (status === 'done') onTime++;
    if (status === 'done_late' && report) late.push(daysBetween(milestone.dueOn, localDate(report.enteredAt)));
    if (status === 'overdue') overdue.push(daysBetween(milestone.dueOn, judging.today));
  }
  return {
    onTime,
    late: late.length,
    overdue: overdue.length,
    lateDays: daysPast(late),
    overdueDays: daysPast(overdue),
  };
}

const done = (r: PeerRecord) => r.onTime + r.late;

/** Warned of: a milestone not done that is overdue, or due within the due-soon days. */
const WARNED: ReadonlySet<DeadlineStatus> = new Set(['overdue', 'due_soon']);

/**
 * The warning on a zone's milestone, or null where it would say nothing: the
 * plan has ended (no warning is early then), the milestone is done or not yet
 * near, or no other zone has done it and, before its date, none has an
 * outcome on the task's earlier milestones. That every other zone is as
 * overdue as this one goes unsaid: it would stand under most lines of a late
 * plan and tell nobody what to do.
 */
export function milestoneWarning(
  plan: PlanIndex,
  line: { milestone: MilestoneData; status: DeadlineStatus },
  zone: string,
  facts: Facts,
  judging: Judging,
): MilestoneWarning | null {
  if (judging.today > plan.endsOn || !WARNED.has(line.status)) return null;
  const { milestone } = line;
  const others = milestone.zones.filter((z) => z !== zone);
  const same = recordOf(
    others.map((z) => ({ milestone, zone: z })),
    facts,
    judging,
  );
  if (done(same) > 0) return { about: 'same', zones: others.length, ...same };
  if (milestone.task === null || line.status !== 'due_soon') return null;
  const earlier = plan
    .milestonesOfTask(milestone.task)
    .filter((m) => m.dueOn < milestone.dueOn && m.zones.some((z) => z !== zone));
  const record = recordOf(
    earlier.flatMap((m) => m.zones.filter((z) => z !== zone).map((z) => ({ milestone: m, zone: z }))),
    facts,
    judging,
  );
  return done(record) + record.overdue > 0 ? { about: 'earlier', milestones: earlier.length, ...record } : null;
}
