import type { Comparator, TargetData } from '../plan/types.js';
import { comparePeriods, type Period, yearOf } from './periods.js';

export interface Observation {
  period: Period;
  value: number;
}

/** The latest value of each period of one indicator for one zone (or the city), in time order. */
export type Series = Observation[];

/** Whose figures a target is read from: zones by slug, or null for the whole city (全市上市公司总数). */
export type Subject = (string | null)[];

/** Reads figures for a target: a zone's series, or the whole city's when zone is null. */
export interface FigureSource {
  series(zone: string | null, indicator: string): Series;
}

export type Reading =
  | { state: 'no_figures' }
  | { state: 'no_baseline'; actual: Observation }
  | {
      state: 'measured';
      /** The measured quantity in the target's terms: a level, a multiple's value, an increase, a share (%) … */
      actual: number;
      period: Period;
      goal: number;
      goalMax: number | null;
      /** How far along the way to the goal (100 = reached); null where a percentage means nothing (a rank). */
      percent: number | null;
      met: boolean;
      /** For totals over zones: how many of them the figure covers. */
      coverage: { reported: number; of: number } | null;
    };

function meets(actual: number, comparator: Comparator, goal: number, goalMax: number | null): boolean {
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

/** Sums zones' series period by period, at the latest period any of them reported. */
function total(source: FigureSource, zones: Subject, indicator: string, lastYear: number) {
  const all = zones.map((z) => source.series(z, indicator));
  const latest = all
    .map((s) => latestBy(s, lastYear)?.period)
    .filter((p): p is Period => p !== undefined)
    .sort(comparePeriods)
    .at(-1);
  if (!latest) return null;
  const atLatest = all.map((s) => s.find((o) => o.period === latest)).filter((o) => o !== undefined);
  const sum = atLatest.reduce((acc, o) => acc + o.value, 0);
  return { period: latest, value: sum, reported: atLatest.length, of: zones.length };
}

const pct = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/**
 * Reads a target for one zone (`each` targets) or for the zones together
 * (`total` targets), from the figures reported so far.
 */
export function readTarget(target: TargetData, subject: Subject, source: FigureSource, baselineYear: number): Reading {
  const lastYear = yearOf(target.dueOn);
  const measured = (
    actual: number,
    period: Period,
    goal: number,
    percent: number | null,
    coverage: { reported: number; of: number } | null = null,
  ): Reading => ({
    state: 'measured',
    actual,
    period,
    goal,
    goalMax: target.valueMax,
    percent,
    met: meets(actual, target.comparator, goal, target.valueMax),
    coverage,
  });

  const sumOf = (zones: Subject) => {
    const t = total(source, zones, target.indicator, lastYear);
    return t && { ...t, coverage: zones.length > 1 ? { reported: t.reported, of: t.of } : null };
  };

  switch (target.kind) {
    case 'level':
    case 'range': {
      const now = sumOf(subject);
      if (!now) return { state: 'no_figures' };
      const percent = target.comparator === 'lte' ? null : pct(now.value, target.value);
      return measured(now.value, now.period, target.value, percent, now.coverage);
    }
    case 'multiple':
    case 'increase': {
      const now = sumOf(subject);
      if (!now) return { state: 'no_figures' };
      const base = subject.map((z) => baselineOf(source.series(z, target.indicator), baselineYear));
      if (base.some((b) => b === undefined))
        return { state: 'no_baseline', actual: { period: now.period, value: now.value } };
      const baseline = base.reduce((a: number, b) => a + (b as number), 0);
      const goal = target.kind === 'multiple' ? baseline * target.value : baseline + target.value;
      return measured(now.value, now.period, goal, pct(now.value - baseline, goal - baseline), now.coverage);
    }
    case 'share': {
      const now = sumOf(subject);
      const city = now && source.series(null, target.indicator).find((o) => o.period === now.period);
      if (!now || !city) return { state: 'no_figures' };
      const share = (now.value / city.value) * 100;
      return measured(share, now.period, target.value, pct(share, target.value), now.coverage);
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
      return measured(sum, period, target.value, pct(sum, target.value));
    }
    case 'yearly':
    case 'rank_gain':
      return readYearly(target, subject, source, lastYear);
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
  const year = yearOf(latest.period);
  if (target.kind === 'yearly') {
    return {
      state: 'measured',
      actual: latest.value,
      period: latest.period,
      goal: target.value,
      goalMax: null,
      percent: pct(latest.value, target.value),
      met: meets(latest.value, target.comparator, target.value, null),
      coverage: null,
    };
  }
  const before = yearEnd(series, year - 1);
  if (!before) return { state: 'no_baseline', actual: latest };
  const gained = before.value - latest.value;
  return {
    state: 'measured',
    actual: gained,
    period: latest.period,
    goal: target.value,
    goalMax: null,
    percent: null,
    met: gained >= target.value,
    coverage: null,
  };
}
