import { daysBetween, localDate } from './dates.js';

/** The states a reporter may report, as the progress form offers them. */
export const REPORTED_STATES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type ReportedState = (typeof REPORTED_STATES)[number];

/** A zone reporter's "done" that an officer has yet to confirm (签收 → 办结), or has sent back (退回). */
export const PENDING_STATES = ['awaiting_confirmation', 'returned'] as const;
export type PendingState = (typeof PENDING_STATES)[number];

/** Where a milestone stands once officers have had their say: only a confirmed "done" is done. */
export type MilestoneState = ReportedState | PendingState;

/** Where a milestone stands against its deadline for one zone (or owing unit). */
export type DeadlineStatus = 'done' | 'done_late' | 'overdue' | 'due_soon' | 'open';

export interface MilestoneReport {
  state: MilestoneState;
  enteredAt: Date;
}

/** A stored progress report with the officer's decision on it, if it needed one. */
export interface StoredReport {
  state: string;
  enteredAt: Date;
  needsConfirmation: boolean;
  confirmation: { confirmed: boolean } | null;
}

export function isReportedState(state: string): state is ReportedState {
  return (REPORTED_STATES as readonly string[]).includes(state);
}

/** What a stored report says about the milestone: a "done" that needs confirmation is done only once confirmed. */
export function effectiveReport(row: StoredReport): MilestoneReport {
  const { state, enteredAt, needsConfirmation, confirmation } = row;
  if (!isReportedState(state)) throw new Error(`unknown milestone state "${state}"`);
  if (state !== 'done' || !needsConfirmation) return { state, enteredAt };
  if (!confirmation) return { state: 'awaiting_confirmation', enteredAt };
  return { state: confirmation.confirmed ? 'done' : 'returned', enteredAt };
}

/**
 * Done counts as on time when it was reported by the end of the due date in
 * Shanghai; anything not done is overdue the day after its due date, and due
 * soon from `dueSoonDays` before it. A "done" awaiting confirmation is not
 * done yet (not 办结), so for supervision it is still overdue once its date
 * has passed; its state says that it awaits confirmation.
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
