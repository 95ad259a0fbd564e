/**
 * A figure's period: a year ("2020", the annual figure, used for baselines) or a
 * month ("2024-03"). Flow indicators (GDP, trade …) are reported month by month
 * as year-to-date totals (1–3月累计), as Chinese statistics are, so a year's
 * figure is its annual one, else its latest month.
 */
export type Period = string;

export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export function yearOf(period: Period): number {
  return Number(period.slice(0, 4));
}

export function monthOf(period: Period): number | null {
  return period.length === 7 ? Number(period.slice(5)) : null;
}

/** Sorts periods in time, an annual figure after the year's December. */
export function periodKey(period: Period): number {
  return yearOf(period) * 100 + (monthOf(period) ?? 13);
}

export function comparePeriods(a: Period, b: Period): number {
  return periodKey(a) - periodKey(b);
}

/**
 * The periods a figure may be given for under a plan, newest first: every
 * month from the month after the baseline year to this one (or the plan's
 * last), each closed year, and the baseline year itself last.
 */
export function reportablePeriods(today: string, window: PlanWindow): Period[] {
  return periodsSince(today, window.baselineYear).filter((p) => inPlanWindow(p, window));
}

/** Every period from the baseline year to today's month, newest first, whatever plan asks. */
export function periodsSince(today: string, baselineYear: number): Period[] {
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const out: Period[] = [];
  for (let year = thisYear; year > baselineYear; year--) {
    for (let month = year === thisYear ? thisMonth : 12; month >= 1; month--) {
      out.push(`${year}-${String(month).padStart(2, '0')}`);
    }
  }
  for (let year = thisYear - 1; year > baselineYear; year--) out.push(String(year));
  out.push(String(baselineYear));
  return out;
}

/** The periods a plan's figures are read from: its baseline year to its last month. */
export interface PlanWindow {
  baselineYear: number;
  /** The plan's last day, YYYY-MM-DD. */
  endsOn: string;
}

/**
 * Whether a figure's period falls within a plan: from its baseline year to
 * the month it ends, the final year's annual figure included when the plan
 * runs to December. A plan never reads a figure of after its end, so a newer
 * plan's reports cannot change an ended plan's answers.
 */
export function inPlanWindow(period: Period, window: PlanWindow): boolean {
  const endYear = Number(window.endsOn.slice(0, 4));
  const endMonth = Number(window.endsOn.slice(5, 7));
  const year = yearOf(period);
  if (year < window.baselineYear) return false;
  const month = monthOf(period);
  if (month === null) return year < endYear || (year === endYear && endMonth === 12);
  return year * 100 + month <= endYear * 100 + endMonth;
}

/**
 * A plan's window as a range of period texts, which sort in time as text
 * ('2025' < '2025-01' < '2025-12' < '2026'), so a store can select it in the
 * query: from the baseline year to the last month, without the final year's
 * annual figure when the plan ends before December.
 */
export function periodRange(window: PlanWindow): { from: Period; to: Period; notYear: Period | null } {
  const to = window.endsOn.slice(0, 7);
  return { from: String(window.baselineYear), to, notYear: to.endsWith('-12') ? null : to.slice(0, 4) };
}
