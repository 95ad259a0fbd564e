import { addDays } from './dates.js';

/** A calendar month, YYYY-MM: a monthly ranking stands as of its last day. */
export type Month = string;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): text is Month {
  return MONTH.test(text);
}

function checked(month: Month): [number, number] {
  if (!isMonth(month)) throw new Error(`not a month (YYYY-MM): ${month}`);
  return [Number(month.slice(0, 4)), Number(month.slice(5))];
}

const format = (year: number, month: number): Month => `${year}-${String(month).padStart(2, '0')}`;

/** The last day of a month, YYYY-MM-DD. */
export function monthEnd(month: Month): string {
  const [year, m] = checked(month);
  return addDays(m === 12 ? `${year + 1}-01-01` : `${format(year, m + 1)}-01`, -1);
}

export function previousMonth(month: Month): Month {
  const [year, m] = checked(month);
  return m === 1 ? format(year - 1, 12) : format(year, m - 1);
}

/** The latest month that has ended by `today`: the one a monthly ranking posted today is for. */
export function lastClosedMonth(today: string): Month {
  return previousMonth(today.slice(0, 7));
}
