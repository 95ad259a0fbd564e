import type { Comparator, CountyData, TargetData } from '../plan/types.js';
import { type GrowthComparison, readLead } from './growth-lead.js';
import { comparePeriods, type Period, yearOf } from './periods.js';

export interface Observation {
  period: Period;
  value: number;
}

/** The latest value of each period of one indicator for one zone (or the city), in time order. */
export type Series = Observation[];

/** Whose figures a target is read from: zones by slug, or null for the whole city (全市上市公司总数). */
export type Subject = (string | null)[];

/**
 * Whose figures a target is read from for a zone: the city's for a city-wide
 * target, every zone's of a total (or of any target read for no one zone), else the zone's own.
 */
export function subjectOf(target: TargetData, zone: string | null): Subject {
  if (target.scope === 'city') return [null];
  return target.aggregate === 'total' || zone === null ? target.zones : [zone];
}

/** Reads figures for a target: a zone's series, or the whole city's when zone is null. */
export interface FigureSource {
  series(zone: string | null, indicator: string): Series;
}

/** For totals over zones: how many of them the figure covers. */
export type Coverage = { reported: number; of: number } | null;

/** One year of a yearly obligation: the year's count, or the places gained on the year before. */
export interface YearResult {
  year: number;
  actual: number;
  met: boolean;
}

export type Reading =
  | { state: 'no_figures' }
  | { state: 'no_baseline'; actual: Observation }
  | {
      state: 'measured';
      /**
       * The measured quantity: a level (for a multiple or an increase too, against
       * a goal raised from the baseline), a share (%), a sum, a count, places gained.
       */
      actual: number;
      period: Period;
      goal: number;
      goalMax: number | null;
      /**
       * The measured quantity in 2020, where the way to the goal starts; null where
       * none was reported, or where the way starts at zero (a sum, a yearly count) or means nothing (a rank).
       */
      baseline: number | null;
      /** How far along the way from its start to the goal (100 = reached); null where that means nothing (a rank). */
      percent: number | null;
      met: boolean;
      coverage: Coverage;
    }
  /**
   * Past the due date without every figure the verdict needs: the periods
   * missing, and the latest reading so far (the measured quantity and its period).
   */
  | { state: 'missing'; missing: Period[]; latest: Observation | null; coverage: Coverage }
  /**
   * A yearly obligation or a growth lead past its due date, judged year by
   * year: met only when every year was. A lead's years are its growth in
   * percent, with every year's comparison (`leads`), told or not.
   */
  | { state: 'years'; years: YearResult[]; missing: Period[]; met: boolean; leads?: GrowthComparison[] }
  /** A growth lead before its due date: the latest comparison that tells it, else the latest one. */
  | { state: 'lead'; comparison: GrowthComparison };

export type Measured = Extract<Reading, { state: 'measured' }>;

export function meets(actual: number, comparator: Comparator, goal: number, goalMax: number | null): boolean {
  if (goalMax !== null) return actual >= goal && actual <= goalMax;
  if (comparator === 'gt') return actual > goal;
  if (comparator === 'gte') return actual >= goal;
  return actual <= goal;
}

/** The latest observation no later than the target's due year. */
function latestBy(series: Series, lastYear: number): Observation | undefined {
  return series.filter((o) => yearOf(o.period) <= lastYear).at(-1);
}

/** The figure a year ends on: its annual figure, else its latest month. */
function yearEnd(series: Series, year: number): Observation | undefined {
  return series.filter((o) => yearOf(o.period) === year).at(-1);
}

function baselineOf(series: Series, baselineYear: number): number | undefined {
  return series.find((o) => o.period === String(baselineYear))?.value;
}

/** The zones' baselines summed; null unless every one of them reported its own. */
export function baselineSum(
  source: FigureSource,
  zones: Subject,
  indicator: string,
  baselineYear: number,
): number | null {
  let sum = 0;
  for (const zone of zones) {
    const b = baselineOf(source.series(zone, indicator), baselineYear);
    if (b === undefined) return null;
    sum += b;
  }
  return sum;
}

/** The zones' share of the city in the baseline year, in percent; null unless all of them and the city reported it. */
export function baselineShare(source: FigureSource, zones: Subject, indicator: string, baselineYear: number) {
  const zonesThen = baselineSum(source, zones, indicator, baselineYear);
  const cityThen = baselineOf(source.series(null, indicator), baselineYear);
  return zonesThen === null || !cityThen ? null : (zonesThen / cityThen) * 100;
}

/** Percent of the way from `from` to `goal` (100 = there); null when there is no way to go. */
export function wayAlong(value: number, from: number, goal: number): number | null {
  return goal === from ? null : ((value - from) * 100) / (goal - from);
}

/**
 * Where the way to a goal starts: the 2020 baseline when it is short of the
 * goal; else zero for a goal to rise to (no baseline reported, or one already
 * past the goal, when holding the level is all that is asked); null for a
 * ceiling without a baseline above it, and for a rank.
 */
export function wayStart(target: TargetData, baseline: number | null, goal: number): number | null {
  if (target.kind === 'rank_gain') return null;
  const falling = target.comparator === 'lte';
  if (baseline !== null && (falling ? baseline > goal : baseline < goal)) return baseline;
  return falling ? null : 0;
}

/**
 * Sums zones' figures for one period: the latest period that the most zones
 * reported (one zone's March must not stand for the others' whole year, so a
 * total waits for the period most of them have reached).
 */
function total(source: FigureSource, zones: Subject, indicator: string, lastYear: number) {
  const all = zones.map((z) => source.series(z, indicator).filter((o) => yearOf(o.period) <= lastYear));
  const coverage = new Map<Period, number>();
  for (const series of all) for (const o of series) coverage.set(o.period, (coverage.get(o.period) ?? 0) + 1);
  const [best] = [...coverage].sort(([a, x], [b, y]) => y - x || comparePeriods(b, a));
  if (!best) return null;
  const [period] = best;
  const atPeriod = all.map((s) => s.find((o) => o.period === period)).filter((o) => o !== undefined);
  const sum = atPeriod.reduce((acc, o) => acc + o.value, 0);
  return { period, value: sum, reported: atPeriod.length, of: zones.length };
}

/** A measured reading of a target: how far along the way from its start, and whether the goal is met. */
export function measuredBy(target: TargetData) {
  return (
    actual: number,
    period: Period,
    goal: number,
    baseline: number | null,
    coverage: Coverage = null,
  ): Measured => {
    const from = wayStart(target, baseline, goal);
    return {
      state: 'measured',
      actual,
      period,
      goal,
      goalMax: target.valueMax,
      baseline,
      percent: from === null ? null : wayAlong(actual, from, goal),
      met: meets(actual, target.comparator, goal, target.valueMax),
      coverage,
    };
  };
}

/**
 * Reads a target for one zone (`each` targets) or for the zones together
 * (`total` targets), from the figures reported so far; a growth lead against
 * the counties the zone is held to.
 */
export function readTarget(
  target: TargetData,
  subject: Subject,
  source: FigureSource,
  baselineYear: number,
  counties: CountyData[] = [],
): Reading {
  const lastYear = yearOf(target.dueOn);
  const measured = measuredBy(target);
  const sumOf = (zones: Subject) => {
    const t = total(source, zones, target.indicator, lastYear);
    return t && { ...t, coverage: zones.length > 1 ? { reported: t.reported, of: t.of } : null };
  };

  switch (target.kind) {
    case 'level':
    case 'range': {
      const now = sumOf(subject);
      if (!now) return { state: 'no_figures' };
      const baseline = baselineSum(source, subject, target.indicator, baselineYear);
      return measured(now.value, now.period, target.value, baseline, now.coverage);
    }
    case 'multiple':
    case 'increase': {
      const now = sumOf(subject);
      if (!now) return { state: 'no_figures' };
      const baseline = baselineSum(source, subject, target.indicator, baselineYear);
      if (baseline === null) return { state: 'no_baseline', actual: { period: now.period, value: now.value } };
      const goal = target.kind === 'multiple' ? baseline * target.value : baseline + target.value;
      return measured(now.value, now.period, goal, baseline, now.coverage);
    }
    case 'share': {
      const now = sumOf(subject);
      const city = now && source.series(null, target.indicator).find((o) => o.period === now.period);
      if (!now || !city) return { state: 'no_figures' };
      const share = (now.value / city.value) * 100;
      const then = baselineShare(source, subject, target.indicator, baselineYear);
      return measured(share, now.period, target.value, then, now.coverage);
    }
    case 'cumulative': {
      const from = target.fromYear ?? baselineYear + 1;
      let sum = 0;
      let period: Period | undefined;
      for (let year = from; year <= lastYear; year++) {
        const ends = subject
          .map((z) => yearEnd(source.series(z, target.indicator), year))
          .filter((o) => o !== undefined);
        for (const o of ends) sum += o.value;
        period =
          ends
            .map((o) => o.period)
            .sort(comparePeriods)
            .at(-1) ?? period;
      }
      if (period === undefined) return { state: 'no_figures' };
      return measured(sum, period, target.value, null);
    }
    case 'yearly':
    case 'rank_gain':
      return readYearly(target, subject, source, lastYear);
    case 'growth_lead':
      return readLead(target, subject, counties, source, baselineYear);
  }
}

/**
 * Yearly obligations are judged on the latest year with figures: a count of
 * that year (每年引进…项目), or places gained over the year before (每年至少进1位).
 */
function readYearly(target: TargetData, subject: Subject, source: FigureSource, lastYear: number): Reading {
  const series = source.series(subject[0] ?? null, target.indicator);
  const latest = latestBy(series, lastYear);
  if (!latest || subject.length !== 1) return { state: 'no_figures' };
  const measured = measuredBy(target);
  if (target.kind === 'yearly') return measured(latest.value, latest.period, target.value, null);
  const before = yearEnd(series, yearOf(latest.period) - 1);
  if (!before) return { state: 'no_baseline', actual: latest };
  return measured(before.value - latest.value, latest.period, target.value, null);
}
