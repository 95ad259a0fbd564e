import type { CountyData, TargetData } from '../plan/types.js';
import { readLeadYears } from './growth-lead.js';
import { comparePeriods, type Period, yearOf } from './periods.js';
import {
  baselineShare,
  baselineSum,
  type Coverage,
  type FigureSource,
  type Measured,
  measuredBy,
  meets,
  type Observation,
  type Reading,
  readTarget,
  type Series,
  type Subject,
  type YearResult,
} from './progress.js';

/** What a target is judged on after its due date: the figures of its final period, or what is missing of them. */
export type FinalReading = Extract<Reading, { state: 'measured' | 'missing' | 'years' }>;

/**
 * The periods whose figure stands for a period ending on `day`, the one named
 * when all are missing first: for 31 December the year's annual figure, else
 * its December (a flow's December is its year-to-date total); for another
 * day, the month it falls in.
 */
export function finalPeriods(day: string): [Period, ...Period[]] {
  const month = day.slice(0, 7);
  return day.endsWith('-12-31') ? [day.slice(0, 4), month] : [month];
}

const yearEnd = (year: number) => finalPeriods(`${year}-12-31`);

function figureFor(series: Series, periods: Period[]): Observation | undefined {
  return periods.map((p) => series.find((o) => o.period === p)).find((o) => o !== undefined);
}

/** The zones' figures for one final period summed; named by the latest of them, an annual figure over a December. */
function sumAt(source: FigureSource, zones: Subject, indicator: string, periods: [Period, ...Period[]]) {
  const found = zones.map((z) => figureFor(source.series(z, indicator), periods)).filter((o) => o !== undefined);
  const coverage: Coverage = zones.length > 1 ? { reported: found.length, of: zones.length } : null;
  const period =
    found
      .map((o) => o.period)
      .sort(comparePeriods)
      .at(-1) ?? periods[0];
  return { value: found.reduce((acc, o) => acc + o.value, 0), period, reported: found.length, coverage };
}

function latestOf(reading: Reading): Observation | null {
  if (reading.state === 'measured') return { period: reading.period, value: reading.actual };
  return reading.state === 'no_baseline' ? reading.actual : null;
}

/** Yearly obligations are owed every year: each year's year-end figure is judged on its own. */
function readYears(target: TargetData, subject: Subject, source: FigureSource, baselineYear: number): FinalReading {
  const series = subject.length === 1 ? source.series(subject[0] ?? null, target.indicator) : [];
  const lastYear = yearOf(target.dueOn);
  const periodsOf = (year: number) => (year === lastYear ? finalPeriods(target.dueOn) : yearEnd(year));
  const years: YearResult[] = [];
  const missing = new Set<Period>();
  for (let year = target.fromYear ?? baselineYear + 1; year <= lastYear; year++) {
    const now = figureFor(series, periodsOf(year));
    // Places gained in a year are counted from the rank the year before.
    const before = target.kind === 'rank_gain' ? figureFor(series, periodsOf(year - 1)) : null;
    if (before === undefined) missing.add(periodsOf(year - 1)[0]);
    if (!now) missing.add(periodsOf(year)[0]);
    if (!now || before === undefined) continue;
    const actual = before ? before.value - now.value : now.value;
    years.push({ year, actual, met: meets(actual, target.comparator, target.value, target.valueMax) });
  }
  const gaps = [...missing].sort(comparePeriods);
  return { state: 'years', years, missing: gaps, met: gaps.length === 0 && years.every((y) => y.met) };
}

/**
 * Reads a target past its due date from the figures for its final period:
 * the zones' (or the city's) figures for the due year, or for each year of a
 * cumulative sum, a yearly obligation or a growth lead (against `counties`).
 * Figures after the final period do not count, and a figure missing is said
 * to be missing, not made up from an earlier one.
 */
export function readFinal(
  target: TargetData,
  subject: Subject,
  source: FigureSource,
  baselineYear: number,
  counties: CountyData[] = [],
): FinalReading {
  if (target.kind === 'yearly' || target.kind === 'rank_gain') return readYears(target, subject, source, baselineYear);
  if (target.kind === 'growth_lead') return readLeadYears(target, subject, counties, source, baselineYear);
  const periods = finalPeriods(target.dueOn);
  const [label] = periods;
  const measured = measuredBy(target);
  const missing = (gaps: Period[], coverage: Coverage): FinalReading => ({
    state: 'missing',
    missing: gaps,
    latest: latestOf(readTarget(target, subject, source, baselineYear)),
    coverage,
  });
  // A zone more can only add to a sum or to a share of the city, so a partial
  // one that already reaches a goal to rise to has reached it.
  const rising = target.comparator !== 'lte' && target.valueMax === null;
  const settle = (reading: Measured, gaps: Period[]) =>
    gaps.length === 0 || (rising && reading.met) ? reading : missing(gaps, reading.coverage);
  const now = sumAt(source, subject, target.indicator, periods);
  const unreported = now.reported < subject.length ? [label] : [];

  switch (target.kind) {
    case 'level':
    case 'range': {
      if (!now.reported) return missing([label], now.coverage);
      const baseline = baselineSum(source, subject, target.indicator, baselineYear);
      return settle(measured(now.value, now.period, target.value, baseline, now.coverage), unreported);
    }
    case 'multiple':
    case 'increase': {
      // Without the baseline there is no goal to meet.
      const baseline = baselineSum(source, subject, target.indicator, baselineYear);
      if (baseline === null) return missing([String(baselineYear), ...unreported], now.coverage);
      if (!now.reported) return missing([label], now.coverage);
      const goal = target.kind === 'multiple' ? baseline * target.value : baseline + target.value;
      return settle(measured(now.value, now.period, goal, baseline, now.coverage), unreported);
    }
    case 'share': {
      const city = figureFor(source.series(null, target.indicator), periods);
      if (!city?.value || !now.reported) return missing([label], now.coverage);
      const then = baselineShare(source, subject, target.indicator, baselineYear);
      return settle(measured((now.value / city.value) * 100, now.period, target.value, then, now.coverage), unreported);
    }
    case 'cumulative': {
      const lastYear = yearOf(target.dueOn);
      const periodsOf = (year: number) => (year === lastYear ? periods : yearEnd(year));
      const years: number[] = [];
      for (let year = target.fromYear ?? baselineYear + 1; year <= lastYear; year++) years.push(year);
      const sums = years.map((year) => ({ year, ...sumAt(source, subject, target.indicator, periodsOf(year)) }));
      const whole = subject.filter((z) =>
        years.every((year) => figureFor(source.series(z, target.indicator), periodsOf(year))),
      );
      const coverage: Coverage = subject.length > 1 ? { reported: whole.length, of: subject.length } : null;
      const gaps = sums.filter((y) => y.reported < subject.length).map((y) => periodsOf(y.year)[0]);
      if (sums.every((y) => !y.reported)) return missing(gaps, coverage);
      const sum = sums.reduce((acc, y) => acc + y.value, 0);
      return settle(measured(sum, label, target.value, null, coverage), gaps);
    }
  }
}
