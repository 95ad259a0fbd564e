import type { IndicatorData, MilestoneData, TargetData, ZoneData } from '../plan/types.js';
import type { Facts } from './facts.js';
import { type DeadlineStatus, deadlineStatus, type MilestoneReport } from './milestones.js';
import type { PlanIndex } from './plan-index.js';
import { type Observation, type Reading, readTarget } from './progress.js';

export interface TargetLine {
  target: TargetData;
  indicator: IndicatorData;
  /** A target the zones meet together (全市开发区…): the reading is theirs, not this zone's. */
  shared: boolean;
  reading: Reading;
  /** This zone's own latest figure, for a shared target. */
  own: Observation | null;
}

export interface MilestoneLine {
  milestone: MilestoneData;
  status: DeadlineStatus;
  report: MilestoneReport | undefined;
}

export interface ZoneStatus {
  zone: ZoneData;
  today: string;
  planEndsOn: string;
  planEnded: boolean;
  targets: TargetLine[];
  milestones: MilestoneLine[];
  counts: Record<DeadlineStatus, number>;
}

export function readTargetFor(plan: PlanIndex, target: TargetData, zone: string | null, facts: Facts): Reading {
  const subject =
    target.scope === 'city' ? [null] : target.aggregate === 'total' || zone === null ? target.zones : [zone];
  return readTarget(target, subject, facts, plan.data.plan.baselineYear);
}

export function milestoneLine(m: MilestoneData, zone: string | null, facts: Facts, today: string): MilestoneLine {
  const report = facts.report(m.key, zone);
  return { milestone: m, status: deadlineStatus(m.dueOn, report, today), report };
}

export function countStatuses(lines: { status: DeadlineStatus }[]): Record<DeadlineStatus, number> {
  const counts: Record<DeadlineStatus, number> = { done: 0, done_late: 0, overdue: 0, due_soon: 0, open: 0 };
  for (const l of lines) counts[l.status]++;
  return counts;
}

/** Where one zone stands: its targets with progress, its milestones against their deadlines. */
export function zoneStatus(plan: PlanIndex, zone: ZoneData, facts: Facts, today: string): ZoneStatus {
  const targets = plan.targetsOfZone(zone.slug).map((target) => {
    const shared = target.aggregate === 'total';
    const indicator = plan.indicator(target.indicator);
    const own = shared ? (facts.series(zone.slug, target.indicator).at(-1) ?? null) : null;
    return { target, indicator, shared, reading: readTargetFor(plan, target, zone.slug, facts), own };
  });
  const milestones = plan
    .milestonesOfZone(zone.slug)
    .map((m) => milestoneLine(m, zone.slug, facts, today))
    .sort((a, b) => a.milestone.dueOn.localeCompare(b.milestone.dueOn) || a.milestone.position - b.milestone.position);
  const { endsOn } = plan.data.plan;
  return {
    zone,
    today,
    planEndsOn: endsOn,
    planEnded: today > endsOn,
    targets,
    milestones,
    counts: countStatuses(milestones),
  };
}
