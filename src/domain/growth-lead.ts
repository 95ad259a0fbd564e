import type { CountyData, TargetData } from '../plan/types.js';
import { type Comparable, comparable } from './comparable.js';
import { comparePeriods, monthOf, type Period, yearOf } from './periods.js';
import type { FigureSource, Reading, Subject, YearResult } from './progress.js';

/**
 * One subject's growth over a period on the same period a year before: a
 * year's end on the year before's ('2024': annual figures, else December
 * year-to-date), or a running year's month on the same month a year before.
 */
export interface Growth {
  /** In percent, to one decimal as statistics state it and as shown (12.3); null where it cannot be told. */
  rate: number | null;
  /** The periods (as compared: '2023' for a year's end) whose figure is missing; none where the year before's is zero or less. */
  missing: Period[];
}

export interface CountyGrowth extends Growth {
  county: CountyData;
}

/** A zone's growth against each county it is held to, over one period. */
export interface GrowthComparison {
  period: Period;
  zone: Growth;
  counties: CountyGrowth[];
  /**
   * Whether the zone's growth led every county's (by the target's margin):
   * false once it did not lead one whose growth is known, null while a growth
   * that could still decide it is unknown (缺数据).
   */
  led: boolean | null;
}

/** The same period a year before: 2023 for 2024's end, 2024-06 for 2025-06. */
function yearBefore(period: Period): Period {
  const year = String(yearOf(period) - 1);
  return monthOf(period) === null ? year : `${year}${period.slice(4)}`;
}

function growthAt(figures: Comparable, period: Period): Growth {
  const now = figures.get(period);
  const before = figures.get(yearBefore(period));
  const missing = [...(before === undefined ? [yearBefore(period)] : []), ...(now === undefined ? [period] : [])];
  if (now === undefined || before === undefined || before <= 0) return { rate: null, missing };
  return { rate: Math.round((now / before - 1) * 1000) / 10, missing };
}

/**
 * 领先 as the target sets it: ahead by more than `value` percentage points
 * (`gt`, 0: strictly higher), or by at least them (`gte`), on the rates as
 * shown, so that a reader who sees 8.1% against 8.1% sees no lead.
 */
function leads(zone: number, county: number, target: TargetData): boolean {
  const margin = Math.round((zone - county) * 10) / 10;
  return target.comparator === 'gt' ? margin > target.value : margin >= target.value;
}

function ledOf(target: TargetData, zone: Growth, counties: CountyGrowth[]): boolean | null {
  if (zone.rate === null || counties.length === 0) return null;
  const rate = zone.rate;
  const known = counties.flatMap((c) => (c.rate === null ? [] : [c.rate]));
  if (known.some((c) => !leads(rate, c, target))) return false;
  return known.length === counties.length ? true : null;
}

/** The figures a comparison reads: the zone's and each county's, keyed for comparison up to the target's year. */
interface LeadFigures {
  zone: Comparable;
  counties: { county: CountyData; figures: Comparable }[];
}

function leadFigures(
  target: TargetData,
  subject: Subject,
  counties: CountyData[],
  source: FigureSource,
): LeadFigures | null {
  const [zone] = subject;
  if (subject.length !== 1 || zone === null || zone === undefined) return null;
  const lastYear = yearOf(target.dueOn);
  return {
    zone: comparable(source.series(zone, target.indicator), lastYear),
    counties: counties.map((county) => ({
      county,
      figures: comparable(source.series(county.key, target.indicator), lastYear),
    })),
  };
}

function compareGrowth(target: TargetData, figures: LeadFigures, period: Period): GrowthComparison {
  const zone = growthAt(figures.zone, period);
  const counties = figures.counties.map(({ county, figures: f }) => ({ county, ...growthAt(f, period) }));
  return { period, zone, counties, led: ledOf(target, zone, counties) };
}

const firstYearOf = (target: TargetData, baselineYear: number) => target.fromYear ?? baselineYear + 1;

/**
 * Where a zone stands before the due date: the latest period from the first
 * year on for which it has a growth (a year's end, or a running year's
 * month on the same month a year before) and whose lead can be told, else
 * its latest growth with what is missing to tell it.
 */
export function readLead(
  target: TargetData,
  subject: Subject,
  counties: CountyData[],
  source: FigureSource,
  baselineYear: number,
): Reading {
  const figures = leadFigures(target, subject, counties, source);
  if (!figures) return { state: 'no_figures' };
  const from = firstYearOf(target, baselineYear);
  const periods = [...figures.zone.keys()]
    .filter((p) => yearOf(p) >= from && figures.zone.has(yearBefore(p)))
    .sort((a, b) => comparePeriods(b, a));
  // Newest first, and no further than the first that tells: a ranking reads every lead of every zone for five months.
  let latest: GrowthComparison | undefined;
  for (const period of periods) {
    const comparison = compareGrowth(target, figures, period);
    if (comparison.led !== null) return { state: 'lead', comparison };
    latest ??= comparison;
  }
  return latest ? { state: 'lead', comparison: latest } : { state: 'no_figures' };
}

/**
 * Past the due date, each year from the first on its year-end figures (the
 * last year's at the due date's month, when that is not December): led or
 * not where that can be told, and what is missing where it cannot. Met only
 * when the zone led every year.
 */
export function readLeadYears(
  target: TargetData,
  subject: Subject,
  counties: CountyData[],
  source: FigureSource,
  baselineYear: number,
): Extract<Reading, { state: 'years' }> {
  const figures = leadFigures(target, subject, counties, source) ?? { zone: new Map(), counties: [] };
  const lastYear = yearOf(target.dueOn);
  const leads: GrowthComparison[] = [];
  for (let year = firstYearOf(target, baselineYear); year <= lastYear; year++) {
    const period = year === lastYear && !target.dueOn.endsWith('-12-31') ? target.dueOn.slice(0, 7) : String(year);
    leads.push(compareGrowth(target, figures, period));
  }
  const years: YearResult[] = leads.flatMap((c) =>
    c.led === null || c.zone.rate === null ? [] : [{ year: yearOf(c.period), actual: c.zone.rate, met: c.led }],
  );
  const undecided = leads.filter((c) => c.led === null);
  const missing = [
    ...new Set(undecided.flatMap((c) => [...c.zone.missing, ...c.counties.flatMap((k) => k.missing)])),
  ].sort(comparePeriods);
  return { state: 'years', years, missing, met: undecided.length === 0 && years.every((y) => y.met), leads };
}
