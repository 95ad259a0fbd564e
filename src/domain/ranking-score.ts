import type { TargetData, ZoneData } from '../plan/types.js';
import type { Facts } from './facts.js';
import { deadlineStatus } from './milestones.js';
import { yearOf } from './periods.js';
import type { PlanIndex } from './plan-index.js';
import type { Reading } from './progress.js';
import type { Judging, Pace, Rag, Verdict } from './schedule.js';
import { judgeTargetFor } from './zone-status.js';

/** How much each part weighs in the composite score; only their ratio matters. */
export interface RankingWeights {
  targets: number;
  milestones: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = { targets: 0.7, milestones: 0.3 };

/** A milestone done after its date earns this share of one done on time: it was done, but late. */
export const LATE_CREDIT = 0.5;

/** Past its date, a target not met earns at most this, however close it came: only a met target earns full credit. */
export const NOT_MET_CAP = 0.99;

/**
 * Where a target's score comes from: its 序时进度 (pace), its light where it
 * has no path (a rank, a growth lead), or past its date the final verdict
 * (met, not met, the years of a yearly obligation or a lead, a final figure
 * missing); unjudged when there is nothing to judge it on (no figures, no
 * 2020 baseline); awaiting a county's figures when only those are missing to
 * tell a lead, which leaves the target out of the zone's mean: no zone can
 * report a county's figures.
 */
export type TargetBasis = 'pace' | 'light' | 'met' | 'not_met' | 'years' | 'missing' | 'unjudged' | 'awaiting_counties';

export interface TargetScore {
  target: string;
  basis: TargetBasis;
  /** 0 to 1. */
  score: number;
}

/** A zone's milestones whose date had come by the ranking's day, by how they were done. */
export interface MilestoneTally {
  due: number;
  onTime: number;
  late: number;
  overdue: number;
}

export interface ZoneScore {
  zone: string;
  /** 0–100 to one decimal; null when the zone has neither a target nor a milestone due to be scored on. */
  score: number | null;
  /** The targets' mean, 0–100 to one decimal; null when the zone has no target of its own to count. */
  targets: { score: number | null; items: TargetScore[] };
  /** The milestones' share, 0–100 to one decimal; null before any of them was due. */
  milestones: MilestoneTally & { score: number | null };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** A light where there is no path: on track is full credit, behind without falling half, fallen none. */
const LIGHT_CREDIT: Record<Rag, number> = { green: 1, yellow: 0.5, red: 0, grey: 0 };

/** Progress over 序时进度, as shown; where nothing was expected yet, not having gone backwards is on track. */
function paceCredit({ actual, expected }: Pace): number {
  if (expected <= 0) return actual >= 0 ? 1 : 0;
  return clamp01(actual / expected);
}

function yearsOwed(target: TargetData, baselineYear: number): number {
  return Math.max(1, yearOf(target.dueOn) - (target.fromYear ?? baselineYear + 1) + 1);
}

/** Years of a lead that only a county's figures keep from being told: the zone's own growth is known. */
const awaitingCounties = (reading: Reading) =>
  reading.state === 'lead'
    ? Number(reading.comparison.led === null && reading.comparison.zone.rate !== null)
    : reading.state === 'years'
      ? (reading.leads ?? []).filter((c) => c.led === null && c.zone.rate !== null).length
      : 0;

/**
 * One target's score, from the reading and verdict its light is lit from.
 * Until its date: actual ÷ expected progress, capped at full, or its light
 * where there is no path. After it: met is full, not met the share of the
 * way it went (capped below full), a final figure missing nothing; a yearly
 * obligation the share of its years met. A target that cannot be judged
 * scores nothing: a zone cannot rise by leaving figures out.
 */
export function scoreTarget(target: TargetData, reading: Reading, verdict: Verdict, baselineYear: number): TargetScore {
  const scored = (basis: TargetBasis, score: number): TargetScore => ({ target: target.key, basis, score });
  const waiting = awaitingCounties(reading);
  if (verdict.final === null) {
    if (waiting) return scored('awaiting_counties', 0);
    if (verdict.pace) return scored('pace', paceCredit(verdict.pace));
    return verdict.rag === 'grey' ? scored('unjudged', 0) : scored('light', LIGHT_CREDIT[verdict.rag]);
  }
  if (verdict.final === 'met') return scored('met', 1);
  if (reading.state === 'years') {
    const met = reading.years.filter((y) => y.met).length;
    const owed = yearsOwed(target, baselineYear) - waiting;
    if (owed <= 0) return scored('awaiting_counties', 0);
    return scored('years', Math.min(met / owed, NOT_MET_CAP));
  }
  if (verdict.final === 'missing' || reading.state !== 'measured') return scored('missing', 0);
  return scored('not_met', Math.min(clamp01((reading.percent ?? 0) / 100), NOT_MET_CAP));
}

/** Done on time counts whole, done late LATE_CREDIT, overdue nothing; null before anything was due. */
export function milestoneCredit(tally: MilestoneTally): number | null {
  return tally.due === 0 ? null : (tally.onTime + LATE_CREDIT * tally.late) / tally.due;
}

/**
 * The weighted mean of the parts a zone has, each as shown (to one decimal),
 * so a reader can check the composite from the parts; a part the zone lacks
 * leaves the whole weight to the other.
 */
export function composite(targets: number | null, milestones: number | null, weights: RankingWeights): number | null {
  const parts = [
    { score: targets, weight: weights.targets },
    { score: milestones, weight: weights.milestones },
  ].filter((p): p is { score: number; weight: number } => p.score !== null && p.weight > 0);
  const weight = parts.reduce((sum, p) => sum + p.weight, 0);
  if (weight === 0) return null;
  return oneDecimal(parts.reduce((sum, p) => sum + p.score * p.weight, 0) / weight);
}

/** The zone's own targets: one the zones meet together (合计) or the city's says nothing of one zone. */
export const rankedTargets = (plan: PlanIndex, zone: string) =>
  plan.targetsOfZone(zone).filter((t) => t.scope !== 'city' && t.aggregate === 'each');

/** A zone's score as of `judging.today`, from facts as they stood then. */
export function scoreZone(
  plan: PlanIndex,
  zone: ZoneData,
  facts: Facts,
  judging: Judging,
  weights: RankingWeights,
): ZoneScore {
  const { baselineYear } = plan.data.plan;
  const items = rankedTargets(plan, zone.slug).map((target) => {
    const { reading, verdict } = judgeTargetFor(plan, target, zone.slug, facts, judging);
    return scoreTarget(target, reading, verdict, baselineYear);
  });
  const tally: MilestoneTally = { due: 0, onTime: 0, late: 0, overdue: 0 };
  for (const m of plan.milestonesOfZone(zone.slug)) {
    if (m.dueOn > judging.today) continue;
    tally.due++;
    const status = deadlineStatus(m.dueOn, facts.report(m.key, zone.slug), judging.today, 0);
    if (status === 'done') tally.onTime++;
    else if (status === 'done_late') tally.late++;
    else tally.overdue++;
  }
  const counted = items.filter((i) => i.basis !== 'awaiting_counties');
  const targetScore = counted.length
    ? oneDecimal((counted.reduce((s, i) => s + i.score, 0) * 100) / counted.length)
    : null;
  const credit = milestoneCredit(tally);
  const milestoneScore = credit === null ? null : oneDecimal(credit * 100);
  return {
    zone: zone.slug,
    score: composite(targetScore, milestoneScore, weights),
    targets: { score: targetScore, items },
    milestones: { ...tally, score: milestoneScore },
  };
}
