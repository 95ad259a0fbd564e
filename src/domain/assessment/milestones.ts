import type { MilestoneData } from '../../plan/types.js';
import { localDate } from '../dates.js';
import type { Facts } from '../facts.js';
import type { DeadlineStatus, MilestoneState } from '../milestones.js';
import type { PlanIndex } from '../plan-index.js';
import type { Judging } from '../schedule.js';
import { milestoneLine } from '../zone-status.js';

/** 按期完成 / 逾期完成 / 未完成, or 未到期 for a running plan's milestone not yet due and not done. */
export type MilestoneResult = 'on_time' | 'late' | 'not_done' | 'not_due';

export const MILESTONE_RESULTS: readonly MilestoneResult[] = ['on_time', 'late', 'not_done', 'not_due'];

const RESULT_OF: Record<DeadlineStatus, MilestoneResult> = {
  done: 'on_time',
  done_late: 'late',
  overdue: 'not_done',
  due_soon: 'not_due',
  open: 'not_due',
};

export interface MilestoneAssessment {
  milestone: MilestoneData;
  /** The zone that owes it, or null for the units that owe it themselves. */
  party: string | null;
  status: DeadlineStatus;
  result: MilestoneResult;
  /** The Shanghai date of the confirmed "done" report it rests on; null when it is not done. */
  doneOn: string | null;
  /** What the latest report says, as officers have decided it (待确认 is not done); null before any. */
  state: MilestoneState | null;
}

/** A milestone with every party that owes it: the zones, then the units where they owe it themselves. */
export interface CityMilestone {
  milestone: MilestoneData;
  parties: MilestoneAssessment[];
  tally: Record<MilestoneResult, number>;
}

export function assessMilestone(
  milestone: MilestoneData,
  party: string | null,
  facts: Facts,
  judging: Judging,
): MilestoneAssessment {
  const { status, report } = milestoneLine(milestone, party, facts, judging);
  const done = report?.state === 'done';
  return {
    milestone,
    party,
    status,
    result: RESULT_OF[status],
    doneOn: done ? localDate(report.enteredAt) : null,
    state: report?.state ?? null,
  };
}

export function tallyMilestones(results: { result: MilestoneResult }[]): Record<MilestoneResult, number> {
  const tally: Record<MilestoneResult, number> = { on_time: 0, late: 0, not_done: 0, not_due: 0 };
  for (const r of results) tally[r.result]++;
  return tally;
}

const byDue = (a: MilestoneData, b: MilestoneData) => a.dueOn.localeCompare(b.dueOn) || a.position - b.position;

/** Every milestone of the plan with each party that owes it, by due date. */
export function assessCityMilestones(plan: PlanIndex, facts: Facts, judging: Judging): CityMilestone[] {
  return [...plan.data.milestones].sort(byDue).map((milestone) => {
    const owing = [...milestone.zones, ...(milestone.units.length > 0 ? [null] : [])];
    const parties = owing.map((party) => assessMilestone(milestone, party, facts, judging));
    return { milestone, parties, tally: tallyMilestones(parties) };
  });
}

/** A zone's milestones, by due date. */
export function assessZoneMilestones(
  plan: PlanIndex,
  zone: string,
  facts: Facts,
  judging: Judging,
): MilestoneAssessment[] {
  return [...plan.milestonesOfZone(zone)].sort(byDue).map((m) => assessMilestone(m, zone, facts, judging));
}

/** The milestones that units owe themselves (no zone reports them), by due date. */
export function assessUnitMilestones(plan: PlanIndex, facts: Facts, judging: Judging): MilestoneAssessment[] {
  return plan.data.milestones
    .filter((m) => m.units.length > 0)
    .sort(byDue)
    .map((m) => assessMilestone(m, null, facts, judging));
}
