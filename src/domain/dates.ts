import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date the plan speaks of is a calendar date in China Standard Time. */
export const PLAN_TZ = 'Asia/Shanghai';

const HOUR_MS = 3_600_000;
let lastHour = Number.NaN;
let lastDate = '';

/**
 * The calendar date (YYYY-MM-DD) in Shanghai at an instant. Every answer asks
 * for it and a time-zone conversion is costly, while the date can only change
 * on a whole UTC hour (China's offset is whole hours), so it is computed once
 * an hour.
 */
export function localDate(at: Date): string {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  if (hour !== lastHour) {
    lastDate = dayjs(at).tz(PLAN_TZ).format('YYYY-MM-DD');
    lastHour = hour;
  }
  return lastDate;
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `days` after a date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The ISO week a date falls in, as 2026-W49: weeks begin on Monday, and the week of a year's first Thursday is its first. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Midnight in Shanghai at the start of a calendar date, as an instant. */
export function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
