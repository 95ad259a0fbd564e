import type { MilestoneData, TaskData } from '../plan/types.js';
import { daysBetween } from './dates.js';
import type { Facts } from './facts.js';
import type { DeadlineStatus } from './milestones.js';
import type { PlanIndex } from './plan-index.js';
import type { Judging } from './schedule.js';
import { countStatuses, type MilestoneLine, milestoneLine } from './zone-status.js';

/** Which tasks to list; null means "any". */
export interface TaskFilter {
  /** A zone's slug: tasks that concern it, judged on the milestones it owes. */
  zone: string | null;
  /** A unit's key: tasks it is responsible for. */
  unit: string | null;
  programme: number | null;
  deadline: { kind: 'overdue' } | { kind: 'due_within'; days: number } | null;
}

export const NO_FILTER: TaskFilter = { zone: null, unit: null, programme: null, deadline: null };

/** One owing party's standing on a milestone: a zone, or the owing units together (zone null). */
export interface PartyLine extends MilestoneLine {
  zone: string | null;
}

export interface OwedMilestone {
  milestone: MilestoneData;
  lines: PartyLine[];
  counts: Record<DeadlineStatus, number>;
}

export interface TaskRow {
  task: TaskData;
  /** The milestones in question, earliest first: those the zone owes, or all of the task's. */
  milestones: OwedMilestone[];
  /** Milestones some party in question has let pass undone. */
  overdue: OwedMilestone[];
  /** The earliest milestone still open for some party and not yet past due. */
  next: OwedMilestone | undefined;
}

export interface TaskList {
  rows: TaskRow[];
  /** How many tasks matched before the deadline condition; tells "no such task" from "none overdue". */
  inScope: number;
}

const isDone = (s: DeadlineStatus) => s === 'done' || s === 'done_late';

/**
 * A milestone with its owing parties' standing. Zones report one by one; a
 * milestone no zone owes is reported once by its units. When a zone is given,
 * only that zone counts.
 */
export function owedMilestone(m: MilestoneData, facts: Facts, judging: Judging, zone: string | null): OwedMilestone {
  const parties: (string | null)[] = zone !== null ? [zone] : m.zones.length > 0 ? m.zones : [null];
  const lines = parties.map((p) => ({ ...milestoneLine(m, p, facts, judging), zone: p }));
  return { milestone: m, lines, counts: countStatuses(lines) };
}

/** A task's milestones (those the zone owes, when one is given), earliest first. */
export function taskMilestones(
  plan: PlanIndex,
  task: number,
  facts: Facts,
  judging: Judging,
  zone: string | null,
): OwedMilestone[] {
  return plan
    .milestonesOfTask(task)
    .filter((m) => zone === null || m.zones.includes(zone))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.position - b.position)
    .map((m) => owedMilestone(m, facts, judging, zone));
}

export function taskRow(plan: PlanIndex, task: TaskData, facts: Facts, judging: Judging, zone: string | null): TaskRow {
  const milestones = taskMilestones(plan, task.number, facts, judging, zone);
  return {
    task,
    milestones,
    overdue: milestones.filter((o) => o.counts.overdue > 0),
    next: milestones.find((o) => o.lines.some((l) => l.status === 'due_soon' || l.status === 'open')),
  };
}

function dueWithin(row: TaskRow, today: string, days: number): boolean {
  return row.milestones.some((o) => {
    const left = daysBetween(today, o.milestone.dueOn);
    return left >= 0 && left <= days && o.lines.some((l) => !isDone(l.status));
  });
}

/** The tasks a filter keeps, in plan order; every condition must hold. */
export function filterTasks(plan: PlanIndex, filter: TaskFilter, facts: Facts, judging: Judging): TaskList {
  const ofZone = filter.zone === null ? null : new Set(plan.tasksOfZone(filter.zone).map((t) => t.number));
  const ofUnit = filter.unit === null ? null : new Set(plan.tasksOfUnit(filter.unit).map((t) => t.number));
  const scoped = plan.data.tasks.filter(
    (t) =>
      (ofZone === null || ofZone.has(t.number)) &&
      (ofUnit === null || ofUnit.has(t.number)) &&
      (filter.programme === null || t.programme === filter.programme),
  );
  const rows = scoped.map((t) => taskRow(plan, t, facts, judging, filter.zone));
  const { deadline } = filter;
  const kept =
    deadline === null
      ? rows
      : deadline.kind === 'overdue'
        ? rows.filter((r) => r.overdue.length > 0)
        : rows.filter((r) => dueWithin(r, judging.today, deadline.days));
  return { rows: kept, inScope: scoped.length };
}
