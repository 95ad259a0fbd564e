import type { ZoneData } from '../../plan/types.js';
import type { Facts } from '../facts.js';
import type { PlanIndex } from '../plan-index.js';
import type { Judging } from '../schedule.js';
import type { Thresholds } from '../thresholds.js';
import {
  assessCityMilestones,
  assessUnitMilestones,
  assessZoneMilestones,
  type CityMilestone,
  type MilestoneAssessment,
  type MilestoneResult,
  tallyMilestones,
} from './milestones.js';
import {
  type AssessedRanking,
  flagsByYear,
  provincialRanks,
  type YearFlags,
  type ZoneYear,
  zoneYears,
} from './rankings.js';
import {
  assessCityTargets,
  assessZoneTargets,
  type CityTarget,
  type TargetAssessment,
  type TargetResult,
  tallyTargets,
} from './targets.js';

/** 终期评估 once the plan has ended by the day judged; 中期评估 while it runs. */
export type AssessmentKind = 'final' | 'interim';

export interface ZoneAssessment {
  zone: ZoneData;
  targets: TargetAssessment[];
  targetTally: Record<TargetResult, number>;
  milestones: MilestoneAssessment[];
  milestoneTally: Record<MilestoneResult, number>;
  /** Its line in each ranking of the report, oldest first. */
  years: ZoneYear[];
}

export interface CityAssessment {
  targets: CityTarget[];
  targetTally: Record<TargetResult, number>;
  milestones: CityMilestone[];
  /** Over every party of every milestone (项次). */
  milestoneTally: Record<MilestoneResult, number>;
  /** The milestones units owe themselves, which no zone's section shows. */
  unitMilestones: MilestoneAssessment[];
}

/** The assessment as plain facts, ready to be written in either language. */
export interface AssessmentReport {
  plan: PlanIndex;
  kind: AssessmentKind;
  /** The day the verdicts are judged on: the as-of day, or today. */
  judgedOn: string;
  /** The instant the facts stand at, and whether it was asked for (--as-of) rather than now. */
  asOf: { instant: Date; asked: boolean };
  /** The zone the report is about; null for the whole city. */
  scope: string | null;
  /** Null for a report on one zone. */
  city: CityAssessment | null;
  zones: ZoneAssessment[];
  /** Each year's December ranking, oldest first, and for a running plan the latest month's. */
  rankings: AssessedRanking[];
  /** The plan's 约谈整改 / 通报表彰 rules by year, on the zones reported; null where the plan sets none. */
  flags: YearFlags[] | null;
  thresholds: Thresholds;
}

export interface AssessmentInput {
  plan: PlanIndex;
  /** The facts as they stood at `asOf.instant`. */
  facts: Facts;
  judging: Judging;
  asOf: { instant: Date; asked: boolean };
  /** One zone's slug, or null for all. */
  zone: string | null;
  rankings: AssessedRanking[];
}

function assessZone(input: AssessmentInput, zone: ZoneData, flags: YearFlags[]): ZoneAssessment {
  const { plan, facts, judging } = input;
  const targets = assessZoneTargets(plan, zone.slug, facts, judging);
  const milestones = assessZoneMilestones(plan, zone.slug, facts, judging);
  const provincial = provincialRanks(plan, zone.slug, facts, judging.today);
  return {
    zone,
    targets,
    targetTally: tallyTargets(targets),
    milestones,
    milestoneTally: tallyMilestones(milestones),
    years: zoneYears(zone.slug, input.rankings, provincial, flags),
  };
}

function assessCity(input: AssessmentInput): CityAssessment {
  const { plan, facts, judging } = input;
  const targets = assessCityTargets(plan, facts, judging);
  const milestones = assessCityMilestones(plan, facts, judging);
  return {
    targets,
    targetTally: tallyTargets(targets),
    milestones,
    milestoneTally: tallyMilestones(milestones.flatMap((m) => m.parties)),
    unitMilestones: assessUnitMilestones(plan, facts, judging),
  };
}

/**
 * The final (or, for a running plan, interim) assessment: every target
 * with its baseline, figure, goal and result, every milestone with its
 * due and done dates, each zone's yearly ranking, and the plan's rules of
 * 约谈整改 / 通报表彰 by year, all read from the facts as of one instant.
 */
export function buildAssessment(input: AssessmentInput): AssessmentReport {
  const { plan, facts, judging, zone } = input;
  const zones = zone === null ? plan.data.zones : plan.data.zones.filter((z) => z.slug === zone);
  if (zones.length === 0) throw new Error(`assessment: unknown zone ${zone}`);
  const slugs = zones.map((z) => z.slug);
  // The rules are applied across all zones: whether one zone is flagged does not depend on which are reported.
  const allFlags = flagsByYear(
    plan,
    plan.data.zones.map((z) => z.slug),
    facts,
    judging.today,
  );
  const flags = allFlags?.map((y) => ({ year: y.year, flags: y.flags.filter((f) => slugs.includes(f.zone)) })) ?? null;
  return {
    plan,
    kind: judging.today > plan.endsOn ? 'final' : 'interim',
    judgedOn: judging.today,
    asOf: input.asOf,
    scope: zone,
    city: zone === null ? assessCity(input) : null,
    zones: zones.map((z) => assessZone(input, z, allFlags ?? [])),
    rankings: input.rankings,
    flags,
    thresholds: judging.thresholds,
  };
}
