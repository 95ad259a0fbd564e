import { daysBetween, localDate } from './dates.js';

export const REPORTED_STATES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type ReportedState = (typeof REPORTED_STATES)[number];

/** Where a milestone stands against its deadline for one zone (or owing unit). */
export type DeadlineStatus = 'done' | 'done_late' | 'overdue' | 'due_soon' | 'open';

export interface MilestoneReport {
  state: ReportedState;
  enteredAt: Date;
}

/**
 * Done counts as on time when it was reported by the end of the due date in
 * Shanghai; anything not done is overdue the day after its due date, and due
 * soon from `dueSoonDays` before it.
 */
export function deadlineStatus(
  dueOn: string,
  report: MilestoneReport | undefined,
  today: string,
  dueSoonDays: number,
): DeadlineStatus {
  if (report?.state === 'done') return localDate(report.enteredAt) <= dueOn ? 'done' : 'done_late';
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'due_soon' : 'open';
}
