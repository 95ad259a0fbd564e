import type { IndicatorData, Reporting, TargetData } from '../plan/types.js';
import { addDays } from './dates.js';
import { reportableIndicators } from './figure-input.js';
import { comparePeriods, monthOf, type Period, yearOf } from './periods.js';
import type { PlanIndex } from './plan-index.js';
import type { FigureSource } from './progress.js';
import { addWorkingDays, nthWorkingDay, type WorkCalendar, workingDaysOf } from './workdays.js';

/**
 * For an indicator the plan file gives no rule: monthly, due on the 10th
 * working day of the next month, the commonest rule of the plan file.
 */
export const DEFAULT_REPORTING: Reporting = { frequency: 'monthly', due: { monthsAfter: 1, workingDay: 10 } };

/** Figures still missing this many working days after their due day are escalated. */
export const ESCALATION_WORKING_DAYS = 3;

/** Reporters are reminded this many working days before a due day, unless told otherwise. */
export const REMINDER_WORKING_DAYS = 3;

/** One period's figure of one indicator, and the day it is due. */
export interface DueFigure {
  indicator: IndicatorData;
  period: Period;
  dueOn: string;
}

export interface DueOptions {
  /** Also count figures falling due within this many working days after today. */
  workingDaysAhead?: number;
}

export function reportingOf(indicator: IndicatorData): Reporting {
  return indicator.reporting ?? DEFAULT_REPORTING;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month `n` months after a YYYY-MM month. */
function addMonths(yearMonth: string, n: number): string {
  const index = yearOf(yearMonth) * 12 + Number(yearMonth.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

const monthEnd = (yearMonth: string) => addDays(`${addMonths(yearMonth, 1)}-01`, -1);

/** A period's last month: a year's is its December. */
const lastMonthOf = (period: Period) => (monthOf(period) === null ? `${period}-12` : period);

/**
 * The periods of an indicator's figures that end between two dates, both
 * included, oldest first: months (YYYY-MM); quarters as their last month
 * (YYYY-03, -06, -09, -12), whose year-to-date figure stands for them; years
 * (YYYY).
 */
export function periodsOf(indicator: IndicatorData, from: string, to: string): Period[] {
  const { frequency } = reportingOf(indicator);
  const out: Period[] = [];
  const [first, last] = [from.slice(0, 7), to.slice(0, 7)];
  for (let month = first; month <= last; month = addMonths(month, 1)) {
    // Only the first and last months can end outside the dates.
    if ((month === first && monthEnd(month) < from) || (month === last && monthEnd(month) > to)) continue;
    const m = Number(month.slice(5, 7));
    if (frequency === 'monthly') out.push(month);
    else if (frequency === 'quarterly' && m % 3 === 0) out.push(month);
    else if (frequency === 'yearly' && m === 12) out.push(month.slice(0, 4));
  }
  return out;
}

/**
 * The day a period's figure is due. In a month an admin has left with fewer
 * working days than the rule's, it is the month's last working day.
 */
export function dueDate(indicator: IndicatorData, period: Period, calendar: WorkCalendar): string {
  const { monthsAfter, workingDay } = reportingOf(indicator).due;
  const month = addMonths(lastMonthOf(period), monthsAfter);
  return nthWorkingDay(month, Math.min(workingDay, workingDaysOf(month, calendar).length), calendar);
}

export function reminderDate(
  indicator: IndicatorData,
  period: Period,
  calendar: WorkCalendar,
  workingDaysBefore = REMINDER_WORKING_DAYS,
): string {
  return addWorkingDays(dueDate(indicator, period, calendar), -workingDaysBefore, calendar);
}

export function escalationDate(indicator: IndicatorData, period: Period, calendar: WorkCalendar): string {
  return addWorkingDays(dueDate(indicator, period, calendar), ESCALATION_WORKING_DAYS, calendar);
}

/**
 * Whether a figure stands for the period: its own, or for a year's end
 * either the annual figure or the December one (a flow's December is its
 * year-to-date total, a stock's its year-end level), as a final reading takes them.
 */
export function hasFigure(facts: FigureSource, zone: string | null, indicator: string, period: Period): boolean {
  const month = monthOf(period);
  const twin = month === null ? `${period}-12` : month === 12 ? String(yearOf(period)) : null;
  return facts.series(zone, indicator).some((o) => o.period === period || o.period === twin);
}

/** The targets whose figures a zone reports, or for the city (null) those that read the city's own: as reportableIndicators reads them. */
function reportedTargets(plan: PlanIndex, zone: string | null): TargetData[] {
  return zone === null
    ? plan.data.targets.filter((t) => t.kind === 'share' || t.scope === 'city')
    : plan.targetsOfZone(zone);
}

/**
 * The days a target's final reading takes figures at: its due date, or for
 * a cumulative sum, a yearly obligation or a growth lead each year's end up
 * to it (a rank's gain and a growth also the year before its first), none at
 * or before the baseline year.
 */
function assessedDays(target: TargetData, baselineYear: number): string[] {
  const dueYear = yearOf(target.dueOn);
  const yearly = ['yearly', 'rank_gain', 'cumulative', 'growth_lead'].includes(target.kind);
  if (!yearly) return [target.dueOn];
  const fromYearBefore = target.kind === 'rank_gain' || target.kind === 'growth_lead';
  const first = Math.max((target.fromYear ?? baselineYear + 1) - (fromYearBefore ? 1 : 0), baselineYear + 1);
  const days: string[] = [];
  for (let year = first; year < dueYear; year++) days.push(`${year}-12-31`);
  return [...days, target.dueOn];
}

/** The period of an indicator's figure that stands for a day: the year for a yearly one at 31 December, else the month. */
function periodAt(indicator: IndicatorData, day: string): Period {
  return reportingOf(indicator).frequency === 'yearly' && day.endsWith('-12-31') ? day.slice(0, 4) : day.slice(0, 7);
}

/** Per indicator, the periods the final assessment of a zone's (or the city's) targets reads. */
function assessedPeriods(plan: PlanIndex, zone: string | null): Map<string, Set<Period>> {
  const out = new Map<string, Set<Period>>();
  for (const target of reportedTargets(plan, zone)) {
    const indicator = plan.indicator(target.indicator);
    const periods = out.get(indicator.key) ?? new Set<Period>();
    for (const day of assessedDays(target, plan.data.plan.baselineYear)) periods.add(periodAt(indicator, day));
    out.set(indicator.key, periods);
  }
  return out;
}

/**
 * Every figure a zone (or the city, null) owed by today, oldest first for
 * each indicator in the plan's order. Until the plan's end that is each
 * period of each indicator it reports, from the first after the baseline
 * year, plus the periods its targets are judged at that the frequency does
 * not give (a yearly indicator's target due mid-year). After the end, only
 * the figures the final assessment reads, and after the assessment date,
 * nothing.
 */
export function dueFigures(
  plan: PlanIndex,
  zone: string | null,
  today: string,
  calendar: WorkCalendar,
  options: DueOptions = {},
): DueFigure[] {
  const { baselineYear, endsOn, assessment } = plan.data.plan;
  const closes = assessment?.date;
  if (closes !== undefined && today > closes) return [];
  const by = addWorkingDays(today, options.workingDaysAhead ?? 0, calendar);
  const assessed = assessedPeriods(plan, zone);
  return reportableIndicators(plan, zone).flatMap((key) => {
    const indicator = plan.indicator(key);
    const periods = new Set(assessed.get(key));
    if (today <= endsOn) for (const p of periodsOf(indicator, `${baselineYear + 1}-01-01`, endsOn)) periods.add(p);
    return [...periods].sort(comparePeriods).flatMap((period) => {
      const dueOn = dueDate(indicator, period, calendar);
      return dueOn <= by && (closes === undefined || dueOn <= closes) ? [{ indicator, period, dueOn }] : [];
    });
  });
}

/** The figures owed by today that have not come in. */
export function missingFigures(
  plan: PlanIndex,
  facts: FigureSource,
  zone: string | null,
  today: string,
  calendar: WorkCalendar,
): DueFigure[] {
  return dueFigures(plan, zone, today, calendar).filter((f) => !hasFigure(facts, zone, f.indicator.key, f.period));
}

/** The figures not yet in that fall due after today, within that many working days: what a reminder lists. */
export function upcoming(
  plan: PlanIndex,
  facts: FigureSource,
  zone: string | null,
  today: string,
  calendar: WorkCalendar,
  workingDaysAhead = REMINDER_WORKING_DAYS,
): DueFigure[] {
  return dueFigures(plan, zone, today, calendar, { workingDaysAhead }).filter(
    (f) => f.dueOn > today && !hasFigure(facts, zone, f.indicator.key, f.period),
  );
}

/** The figures still missing on or after their escalation day. */
export function escalations(
  plan: PlanIndex,
  facts: FigureSource,
  zone: string | null,
  today: string,
  calendar: WorkCalendar,
): DueFigure[] {
  return missingFigures(plan, facts, zone, today, calendar).filter(
    (f) => escalationDate(f.indicator, f.period, calendar) <= today,
  );
}
