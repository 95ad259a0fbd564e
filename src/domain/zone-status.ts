import type { IndicatorData, MilestoneData, TargetData, ZoneData } from '../plan/types.js';
import type { Facts } from './facts.js';
import { type MilestoneWarning, milestoneWarning } from './milestone-warning.js';
import { type DeadlineStatus, deadlineStatus, type MilestoneReport } from './milestones.js';
import type { PlanIndex } from './plan-index.js';
import { type FigureSource, type Observation, type Reading, subjectOf } from './progress.js';
import { type Projection, projectionFor } from './projection.js';
import { type Judging, judgeTarget, type Verdict } from './schedule.js';
import type { Thresholds } from './thresholds.js';

export interface TargetLine {
  target: TargetData;
  indicator: IndicatorData;
  /** A target the zones meet together (全市开发区…): the reading is theirs, not this zone's. */
  shared: boolean;
  reading: Reading;
  verdict: Verdict;
  /** This zone's own latest figure, for a shared target. */
  own: Observation | null;
  /** Where the target is heading at the pace so far (the zones together for a shared one). */
  projection: Projection;
}

export interface MilestoneLine {
  milestone: MilestoneData;
  status: DeadlineStatus;
  report: MilestoneReport | undefined;
}

/** A zone's milestone line, with what other zones' record on it says where the zone has not done it. */
export interface ZoneMilestoneLine extends MilestoneLine {
  warning: MilestoneWarning | null;
}

export interface ZoneStatus {
  zone: ZoneData;
  today: string;
  /** The thresholds the targets were judged by, for the legend. */
  thresholds: Thresholds;
  planEndsOn: string;
  planEnded: boolean;
  targets: TargetLine[];
  milestones: ZoneMilestoneLine[];
  counts: Record<DeadlineStatus, number>;
}

/**
 * A target read for a zone (or for the zones together) and judged against
 * its 序时进度, or past its due date on its final figures; a growth lead
 * against the counties the zone is held to.
 */
export function judgeTargetFor(
  plan: PlanIndex,
  target: TargetData,
  zone: string | null,
  facts: FigureSource,
  judging: Judging,
): { reading: Reading; verdict: Verdict } {
  const indicator = plan.indicator(target.indicator);
  const counties = target.kind === 'growth_lead' && zone !== null ? plan.rivalsOf(zone) : [];
  const { baselineYear } = plan.data.plan;
  return judgeTarget(target, indicator, subjectOf(target, zone), facts, baselineYear, judging, counties);
}

export function milestoneLine(m: MilestoneData, zone: string | null, facts: Facts, judging: Judging): MilestoneLine {
  const report = facts.report(m.key, zone);
  const status = deadlineStatus(m.dueOn, report, judging.today, judging.thresholds.dueSoonDays);
  return { milestone: m, status, report };
}

export function countStatuses(lines: { status: DeadlineStatus }[]): Record<DeadlineStatus, number> {
  const counts: Record<DeadlineStatus, number> = { done: 0, done_late: 0, overdue: 0, due_soon: 0, open: 0 };
  for (const l of lines) counts[l.status]++;
  return counts;
}

/** Where one zone stands: its targets against 序时进度, its milestones against their deadlines. */
export function zoneStatus(plan: PlanIndex, zone: ZoneData, facts: Facts, judging: Judging): ZoneStatus {
  const targets = plan.targetsOfZone(zone.slug).map((target) => {
    const shared = target.aggregate === 'total';
    const indicator = plan.indicator(target.indicator);
    const own = shared ? (facts.series(zone.slug, target.indicator).at(-1) ?? null) : null;
    const projection = projectionFor(plan, target, zone.slug, facts, judging);
    return { target, indicator, shared, ...judgeTargetFor(plan, target, zone.slug, facts, judging), own, projection };
  });
  const milestones = plan
    .milestonesOfZone(zone.slug)
    .map((m) => {
      const line = milestoneLine(m, zone.slug, facts, judging);
      return { ...line, warning: milestoneWarning(plan, line, zone.slug, facts, judging) };
    })
    .sort((a, b) => a.milestone.dueOn.localeCompare(b.milestone.dueOn) || a.milestone.position - b.milestone.position);
  const { endsOn } = plan.data.plan;
  return {
    zone,
    today: judging.today,
    thresholds: judging.thresholds,
    planEndsOn: endsOn,
    planEnded: judging.today > endsOn,
    targets,
    milestones,
    counts: countStatuses(milestones),
  };
}
