import type { IndicatorData, TargetData } from '../plan/types.js';
import { comparableOf, shareOf } from './comparable.js';
import type { Outlook } from './outlook.js';
import { type PlanWindow, yearOf } from './periods.js';
import type { PlanIndex } from './plan-index.js';
import { baselineSum, type FigureSource, type Observation, type Subject, subjectOf } from './progress.js';
import { projectCumulative, projectLevel, projectRank, TOO_FEW } from './projection-paths.js';
import type { Judging } from './schedule.js';

export type Method = 'compound' | 'linear';

/**
 * Why a target has no projection:
 * - plan_ended: the plan is over, and the verdicts on the final figures replace projections;
 * - past_due: the target's own date has passed, and its final figures judge it;
 * - per_year: a yearly obligation (每年引进…个) is owed anew each year; nothing carries from
 *   one year's count to the next, and the running year is already held against m/12 by 序时进度;
 * - per_zone: a rank belongs to one zone, and ranks of several do not add up;
 * - relative: a growth lead is judged against the counties' growth of the same year, which
 *   no pace of the zone's own figures foretells;
 * - too_few_figures: fewer than two comparable figures (for the zones together, of periods
 *   every one of them reported; for a cumulative total, two whole years in a row from its first);
 * - no_baseline: a doubling or a net increase without the baseline that sets its goal.
 */
export type NoProjection =
  | 'plan_ended'
  | 'past_due'
  | 'per_year'
  | 'per_zone'
  | 'relative'
  | 'too_few_figures'
  | 'no_baseline';

export interface Projected {
  state: 'projected';
  method: Method;
  /**
   * What the figures measure: the indicator's level (a doubling's and a net
   * increase's too, against a goal raised from the baseline); the zones' share
   * of the city, in percent, taken as a level of its own; the total since the
   * target's first year; or a rank.
   */
  quantity: 'level' | 'share' | 'cumulative' | 'rank';
  /** The two figures the pace is measured between (a cumulative's first and last whole year). */
  from: Observation;
  to: Observation;
  /**
   * Where the projection starts: the latest figure; for a flow the latest one
   * comparable with the final figure (a year's total); for a cumulative the total so far.
   */
  base: Observation;
  dueOn: string;
  /** The goal (a rank's: places to gain every year). */
  goal: number;
  goalMax: number | null;
  /** The value at the due date at the pace so far (a rank: the rank). */
  expected: number;
  /**
   * The pace so far: for compound growth a yearly rate (0.091 is 9.1% a
   * year); for linear, a yearly amount (a cumulative's yearly average, a
   * share's percentage points, a rank's places gained).
   */
  currentGrowth: number;
  /**
   * The same measure of the pace still needed from the base to reach the goal
   * by the due date; 0 when the base already meets it; null when no time is
   * left to grow in (the base is of the final period).
   */
  neededGrowth: number | null;
  verdict: Outlook;
  /** How far the projection falls short of the goal, as a share of it (0 when it meets it): the worst first. */
  shortfall: number;
  /** A rank's years already short of the yearly gain. */
  shortYears: number[];
}

export type Projection = { state: 'none'; reason: NoProjection } | Projected;

const none = (reason: NoProjection): Projection => ({ state: 'none', reason });

/** The goal of a level: a doubling or a net increase raised from the subject's baseline. */
function goalOf(target: TargetData, subject: Subject, source: FigureSource, baselineYear: number): number | null {
  if (target.kind !== 'multiple' && target.kind !== 'increase') return target.value;
  const baseline = baselineSum(source, subject, target.indicator, baselineYear);
  if (baseline === null) return null;
  return target.kind === 'multiple' ? baseline * target.value : baseline + target.value;
}

/**
 * Where a target is heading at the pace of its comparable figures, until its
 * due date and while its plan runs: compound growth for flows and doublings,
 * a steady yearly amount for counts, shares and cumulative totals, the
 * average places gained for a rank; with the verdict (outlook.ts).
 */
export function projectTarget(
  target: TargetData,
  indicator: IndicatorData,
  subject: Subject,
  source: FigureSource,
  plan: PlanWindow,
  today: string,
): Projection {
  if (today > plan.endsOn) return none('plan_ended');
  if (today > target.dueOn) return none('past_due');
  if (target.kind === 'yearly') return none('per_year');
  if (target.kind === 'growth_lead') return none('relative');
  if (target.kind === 'rank_gain' && subject.length !== 1) return none('per_zone');
  const figures = comparableOf(source, subject, target.indicator, yearOf(target.dueOn));
  const firstYear = target.fromYear ?? plan.baselineYear + 1;
  const { comparator, valueMax: goalMax } = target;
  const path = (() => {
    switch (target.kind) {
      case 'rank_gain':
        return projectRank(figures, target.value, firstYear, target.dueOn);
      case 'cumulative':
        return projectCumulative(figures, { comparator, goal: target.value, goalMax }, firstYear, target.dueOn);
      case 'share': {
        const city = comparableOf(source, [null], target.indicator, yearOf(target.dueOn));
        const rule = { comparator, goal: target.value, goalMax, flow: false, compound: false, percent: true };
        return projectLevel(shareOf(figures, city), { ...rule, quantity: 'share' }, target.dueOn);
      }
      default: {
        const goal = goalOf(target, subject, source, plan.baselineYear);
        if (goal === null) return 'no_baseline';
        const flow = indicator.measure === 'flow';
        const compound = flow || target.kind === 'multiple';
        const rule = { comparator, goal, goalMax, flow, compound, percent: indicator.unit === '%' };
        return projectLevel(figures, { ...rule, quantity: 'level' }, target.dueOn);
      }
    }
  })();
  if (path === TOO_FEW || path === 'no_baseline') return none(path);
  return { state: 'projected', dueOn: target.dueOn, ...path };
}

/**
 * A target's projection for a zone, or for the zones together (zone null),
 * read from the figures as `judgeTargetFor` reads them; for the assessment
 * report and every view.
 */
export function projectionFor(
  plan: PlanIndex,
  target: TargetData,
  zone: string | null,
  facts: FigureSource,
  judging: Pick<Judging, 'today'>,
): Projection {
  const indicator = plan.indicator(target.indicator);
  return projectTarget(target, indicator, subjectOf(target, zone), facts, plan.data.plan, judging.today);
}
