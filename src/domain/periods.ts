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
 * The periods a figure may be given for, newest first: every month from the
 * month after the baseline year to this one, each closed year, and the
 * baseline year itself last.
 */
export function reportablePeriods(today: string, baselineYear: number): Period[] {
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
