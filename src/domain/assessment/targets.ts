import type { IndicatorData, TargetData } from '../../plan/types.js';
import type { Facts } from '../facts.js';
import type { PlanIndex } from '../plan-index.js';
import { baselineShare, baselineSum, type Reading, subjectOf } from '../progress.js';
import { type Projection, projectionFor } from '../projection.js';
import type { Judging, Verdict } from '../schedule.js';
import { judgeTargetFor } from '../zone-status.js';

/**
 * What the assessment says of a target: past its due date the final
 * figures' outcome (达标 / 未达标 / 缺数据), before it 未到期, which an
 * interim report shows with its latest figure and light.
 */
export type TargetResult = 'met' | 'not_met' | 'missing' | 'not_due';

export const TARGET_RESULTS: readonly TargetResult[] = ['met', 'not_met', 'missing', 'not_due'];

export interface TargetAssessment {
  target: TargetData;
  indicator: IndicatorData;
  /** The zone it was judged for; null for the zones together or the city. */
  zone: string | null;
  result: TargetResult;
  reading: Reading;
  /** The light and, before the due date, the 序时进度 it was judged by. */
  verdict: Verdict;
  /** The judged quantity in the baseline year (a share for a share); null where a target has none to start from. */
  baseline: number | null;
  /** The goal in the judged quantity; null where it rests on a baseline nobody reported. */
  goal: number | null;
  /** Before the due date, where the figures so far lead at their pace (an interim report shows it). */
  projection: Projection;
}

/** A target of several zones, each judged on its own (各开发区…), as the city sees it. */
export interface EachTarget {
  mode: 'each';
  target: TargetData;
  indicator: IndicatorData;
  result: TargetResult;
  zones: TargetAssessment[];
  tally: Record<TargetResult, number>;
}

/** A target met by the zones together, by the city, or set for one zone: one reading. */
export interface OneTarget {
  mode: 'together' | 'single';
  line: TargetAssessment;
  result: TargetResult;
}

export type CityTarget = EachTarget | OneTarget;

const PAST_DUE: Projection = { state: 'none', reason: 'past_due' };

// Years of a yearly obligation or a growth lead, or places in a rank, have no baseline of their own, nor does a sum from zero.
const NO_BASELINE = new Set<TargetData['kind']>(['yearly', 'rank_gain', 'cumulative', 'growth_lead']);

function baselineFor(plan: PlanIndex, target: TargetData, zone: string | null, facts: Facts): number | null {
  if (NO_BASELINE.has(target.kind)) return null;
  const subject = subjectOf(target, zone);
  const year = plan.baselineYear;
  return target.kind === 'share'
    ? baselineShare(facts, subject, target.indicator, year)
    : baselineSum(facts, subject, target.indicator, year);
}

function goalFor(target: TargetData, reading: Reading, baseline: number | null): number | null {
  if (reading.state === 'measured') return reading.goal;
  if (target.kind === 'multiple') return baseline === null ? null : baseline * target.value;
  if (target.kind === 'increase') return baseline === null ? null : baseline + target.value;
  return target.value;
}

/** A target judged for a zone (null: the zones together, or the city) as of the judging day. */
export function assessTarget(
  plan: PlanIndex,
  target: TargetData,
  zone: string | null,
  facts: Facts,
  judging: Judging,
): TargetAssessment {
  const { reading, verdict } = judgeTargetFor(plan, target, zone, facts, judging);
  const baseline = baselineFor(plan, target, zone, facts);
  return {
    target,
    indicator: plan.indicator(target.indicator),
    zone,
    result: verdict.final ?? 'not_due',
    reading,
    verdict,
    baseline,
    goal: goalFor(target, reading, baseline),
    projection: verdict.final === null ? projectionFor(plan, target, zone, facts, judging) : PAST_DUE,
  };
}

export function tallyTargets(results: { result: TargetResult }[]): Record<TargetResult, number> {
  const tally: Record<TargetResult, number> = { met: 0, not_met: 0, missing: 0, not_due: 0 };
  for (const r of results) tally[r.result]++;
  return tally;
}

/**
 * A target every one of several zones must meet, as one result: met when
 * all met it, not met when one did not, and otherwise (none short, some
 * without figures) missing, as a yearly obligation's years are read.
 */
export function combinedResult(tally: Record<TargetResult, number>): TargetResult {
  if (tally.not_due > 0) return 'not_due';
  if (tally.not_met > 0) return 'not_met';
  return tally.missing > 0 ? 'missing' : 'met';
}

/** Every target of the plan as the city sees it, in the plan's order: 发展目标 first, then task by task. */
export function assessCityTargets(plan: PlanIndex, facts: Facts, judging: Judging): CityTarget[] {
  const ordered = [...plan.data.targets].sort((a, b) => (a.task ?? 0) - (b.task ?? 0) || a.position - b.position);
  return ordered.map((target): CityTarget => {
    const [only] = target.zones;
    if (target.scope === 'city' || target.aggregate === 'total' || (target.zones.length === 1 && only)) {
      const line = assessTarget(plan, target, target.aggregate === 'total' ? null : (only ?? null), facts, judging);
      return { mode: line.zone === null ? 'together' : 'single', line, result: line.result };
    }
    const zones = target.zones.map((zone) => assessTarget(plan, target, zone, facts, judging));
    const tally = tallyTargets(zones);
    return {
      mode: 'each',
      target,
      indicator: plan.indicator(target.indicator),
      result: combinedResult(tally),
      zones,
      tally,
    };
  });
}

/** A zone's own targets (not the ones all zones meet together), in the plan's order. */
export function assessZoneTargets(plan: PlanIndex, zone: string, facts: Facts, judging: Judging): TargetAssessment[] {
  return plan
    .targetsOfZone(zone)
    .filter((t) => t.aggregate === 'each' && t.scope !== 'city')
    .sort((a, b) => (a.task ?? 0) - (b.task ?? 0) || a.position - b.position)
    .map((target) => assessTarget(plan, target, zone, facts, judging));
}
