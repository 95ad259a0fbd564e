import type { ChangeLog, Db, Tx } from './database.js';

export interface CalendarDayRecord {
  date: string;
  kind: 'holiday' | 'workday';
  note: string | null;
  setBy: string;
  setAt: Date;
}

export async function readCalendarDays(db: Db): Promise<CalendarDayRecord[]> {
  const rows = await db.calendarDay.findMany({ orderBy: { date: 'asc' } });
  return rows.map((r) => ({ ...r, kind: r.kind as CalendarDayRecord['kind'] }));
}

/** Sets (or replaces) an admin's entry for a day. */
export async function saveCalendarDay(tx: Tx, log: ChangeLog, day: CalendarDayRecord): Promise<void> {
  await tx.calendarDay.upsert({ where: { date: day.date }, create: day, update: day });
  log('calendar');
}

/** Takes an admin's entry away, so the built-in calendar holds again; false when there was none. */
export async function deleteCalendarDay(tx: Tx, log: ChangeLog, date: string): Promise<boolean> {
  const { count } = await tx.calendarDay.deleteMany({ where: { date } });
  if (count) log('calendar');
  return count > 0;
}
