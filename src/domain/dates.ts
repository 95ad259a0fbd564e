import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

/**
 * China Standard Time is UTC+8 all year, and has been since daylight saving
 * ended in 1991, so a Shanghai date needs no time-zone database: every answer
 * asks for it, and loading zone rules costs more than the rest of an answer.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar date (YYYY-MM-DD) in Shanghai at an instant. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant on Shanghai's wall clock as YYYY-MM-DD HH:mm:ss, without a Dayjs: the ledger writes one for every row. */
export function wallClock(at: Date): string {
  const iso = new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** An instant on Shanghai's wall clock, for formatting. */
export function shanghai(at: Date): Dayjs {
  return dayjs(at).utcOffset(SHANGHAI_OFFSET_MS / 60_000);
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
