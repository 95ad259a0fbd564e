import { buildCalendar, type WorkCalendar } from '../domain/workdays.js';
import {
  type CalendarDayRecord,
  deleteCalendarDay,
  readCalendarDays,
  saveCalendarDay,
} from '../store/calendar-repository.js';
import type { Database } from '../store/database.js';
import { Cached } from './cached.js';
import type { ChangeFeed } from './change-feed.js';

export type { CalendarDayRecord };

/**
 * China's working days: the State Council's holidays and 调休 working days,
 * with the days admins have added, the same in every process.
 */
export class CalendarService {
  private readonly days: Cached<CalendarDayRecord[]>;
  private built: { from: CalendarDayRecord[]; calendar: WorkCalendar } | null = null;

  constructor(
    private readonly database: Database,
    private readonly feed: ChangeFeed,
    private readonly clock: () => Date,
  ) {
    this.days = new Cached(() => readCalendarDays(database.db));
    feed.on(['calendar'], async () => this.days.invalidate());
  }

  async calendar(): Promise<WorkCalendar> {
    const days = await this.days.get();
    if (this.built?.from !== days) this.built = { from: days, calendar: buildCalendar(days) };
    return this.built.calendar;
  }

  /** The days admins added, oldest first. */
  added(): Promise<CalendarDayRecord[]> {
    return this.days.get();
  }

  async set(date: string, kind: CalendarDayRecord['kind'], note: string | null, by: string): Promise<void> {
    const day = { date, kind, note, setBy: by, setAt: this.clock() };
    await this.database.write((tx, log) => saveCalendarDay(tx, log, day));
    await this.feed.settle();
  }

  async remove(date: string): Promise<boolean> {
    const removed = await this.database.write((tx, log) => deleteCalendarDay(tx, log, date));
    await this.feed.settle();
    return removed;
  }
}
