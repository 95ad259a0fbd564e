import { addDays } from './dates.js';
import { HOLIDAY_NOTICES } from './holidays-cn.js';

/** What a day is set to be, whatever its weekday: a day off, or a day worked (a 调休 weekend). */
export type DayKind = 'holiday' | 'workday';

/** A day an admin sets apart: a notice zonebot does not carry yet, a local closure, a correction. */
export interface CalendarDay {
  date: string;
  kind: DayKind;
}

/**
 * China's working days: Monday to Friday, except the days set otherwise.
 * A value, built once from the State Council's notices and the admins' days,
 * and passed in, so every rule that counts working days counts the same ones.
 */
export interface WorkCalendar {
  readonly days: ReadonlyMap<string, DayKind>;
  /** Years whose days off are known: a notice's, or one an admin has set days in. */
  readonly years: ReadonlySet<number>;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkDate(date: string): void {
  if (!DATE.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
}

/**
 * The built-in notices with the admins' days laid over them: an admin's day
 * wins over a notice's for its date. A year an admin has set days in counts
 * as known: the warning that a year falls back to weekends has then reached
 * someone who is entering it.
 */
export function buildCalendar(extra: readonly CalendarDay[]): WorkCalendar {
  const days = new Map<string, DayKind>();
  const years = new Set<number>();
  for (const notice of HOLIDAY_NOTICES) {
    years.add(notice.year);
    for (const holiday of notice.holidays) {
      for (let d = holiday.off[0]; d <= holiday.off[1]; d = addDays(d, 1)) days.set(d, 'holiday');
      for (const d of holiday.work) days.set(d, 'workday');
    }
  }
  for (const { date, kind } of extra) {
    checkDate(date);
    days.set(date, kind);
    years.add(Number(date.slice(0, 4)));
  }
  return { days, years };
}

const isWeekend = (date: string) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const kind = calendar.days.get(date);
  return kind === undefined ? !isWeekend(date) : kind === 'workday';
}

/**
 * The n-th working day after a date (before it when n is negative), not
 * counting the date itself; n = 0 is the date, working or not.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of working days: ${n}`);
  const step = Math.sign(n);
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** Each month's working days, worked out once per calendar: due dates ask for the same months over and over. */
const byMonth = new WeakMap<WorkCalendar, Map<string, readonly string[]>>();

/** A month's working days (YYYY-MM), in order. */
export function workingDaysOf(yearMonth: string, calendar: WorkCalendar): readonly string[] {
  if (!YEAR_MONTH.test(yearMonth)) throw new RangeError(`not a month as YYYY-MM: ${yearMonth}`);
  let months = byMonth.get(calendar);
  if (!months) {
    months = new Map();
    byMonth.set(calendar, months);
  }
  let days = months.get(yearMonth);
  if (!days) {
    const found: string[] = [];
    for (let day = `${yearMonth}-01`; day.startsWith(yearMonth); day = addDays(day, 1)) {
      if (isWorkingDay(day, calendar)) found.push(day);
    }
    days = found;
    months.set(yearMonth, days);
  }
  return days;
}

/** The n-th working day (from 1) of a month, YYYY-MM; a RangeError when the month has fewer. */
export function nthWorkingDay(yearMonth: string, n: number, calendar: WorkCalendar): string {
  const days = workingDaysOf(yearMonth, calendar);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a working day's number: ${n}`);
  const day = days[n - 1];
  if (day === undefined) throw new RangeError(`${yearMonth} has only ${days.length} working days, not ${n}`);
  return day;
}

/**
 * The n for which addWorkingDays(a, n) is b, when b is a working day: the
 * working days after a up to and including b; when b is earlier, minus the
 * working days from b up to but not including a.
 */
export function workingDaysBetween(a: string, b: string, calendar: WorkCalendar): number {
  const [from, to, sign] = a <= b ? [addDays(a, 1), b, 1] : [b, addDays(a, -1), -1];
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return sign * count;
}

/** The years whose days off are known, in order. */
export function yearsCovered(calendar: WorkCalendar): number[] {
  return [...calendar.years].sort((x, y) => x - y);
}

/** Whether a year's days off are known; without them its working days are Monday to Friday. */
export function hasHolidayData(year: number, calendar: WorkCalendar): boolean {
  return calendar.years.has(year);
}
