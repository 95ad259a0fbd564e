import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildCalendar,
  hasHolidayData,
  isWorkingDay,
  nthWorkingDay,
  workingDaysBetween,
  workingDaysOf,
  yearsCovered,
} from '../../src/domain/workdays.js';

const calendar = buildCalendar([]);

describe('isWorkingDay', () => {
  it('is false on every day of a long holiday, weekdays included', () => {
    // 2026 春节: 2月15日 (Sunday) to 23日 (Monday), nine days.
    for (const day of ['2026-02-15', '2026-02-16', '2026-02-18', '2026-02-20', '2026-02-23']) {
      expect(isWorkingDay(day, calendar), day).toBe(false);
    }
    expect(isWorkingDay('2026-02-13', calendar)).toBe(true);
    expect(isWorkingDay('2026-02-24', calendar)).toBe(true);
  });

  it('is true on a 调休 Saturday and Sunday, false on an ordinary weekend', () => {
    expect(isWorkingDay('2026-02-14', calendar)).toBe(true);
    expect(isWorkingDay('2026-02-28', calendar)).toBe(true);
    expect(isWorkingDay('2024-02-04', calendar)).toBe(true);
    expect(isWorkingDay('2026-03-07', calendar)).toBe(false);
    expect(isWorkingDay('2026-03-08', calendar)).toBe(false);
  });

  it('follows a holiday across a year’s end', () => {
    // 2023 元旦: 2022年12月31日 to 2023年1月2日 (Monday).
    expect(isWorkingDay('2022-12-30', calendar)).toBe(true);
    expect(isWorkingDay('2023-01-02', calendar)).toBe(false);
    expect(isWorkingDay('2023-01-03', calendar)).toBe(true);
  });
});

describe('a year without holiday data', () => {
  it('counts weekdays only, and says it has no data', () => {
    expect(hasHolidayData(2027, calendar)).toBe(false);
    expect(hasHolidayData(2026, calendar)).toBe(true);
    expect(yearsCovered(calendar)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    // 2027-01-01 is a Friday: without the notice, a working day.
    expect(isWorkingDay('2027-01-01', calendar)).toBe(true);
    expect(isWorkingDay('2027-01-02', calendar)).toBe(false);
    expect(nthWorkingDay('2027-02', 10, calendar)).toBe('2027-02-12');
  });
});

describe('buildCalendar with an admin’s days', () => {
  it('makes a weekday a day off and a weekend day a working day', () => {
    const local = buildCalendar([
      { date: '2025-07-10', kind: 'holiday' },
      { date: '2025-07-12', kind: 'workday' },
    ]);
    expect(isWorkingDay('2025-07-10', local)).toBe(false);
    expect(isWorkingDay('2025-07-12', local)).toBe(true);
    expect(isWorkingDay('2025-07-10', calendar)).toBe(true);
  });

  it('overrides the notice’s day either way', () => {
    const local = buildCalendar([
      { date: '2026-02-16', kind: 'workday' },
      { date: '2026-02-14', kind: 'holiday' },
    ]);
    expect(isWorkingDay('2026-02-16', local)).toBe(true);
    expect(isWorkingDay('2026-02-14', local)).toBe(false);
  });

  it('knows a year once an admin has set days in it', () => {
    const local = buildCalendar([{ date: '2027-02-08', kind: 'holiday' }]);
    expect(hasHolidayData(2027, local)).toBe(true);
    expect(yearsCovered(local).at(-1)).toBe(2027);
  });

  it('refuses a date that is not one', () => {
    expect(() => buildCalendar([{ date: '2026-02-30', kind: 'holiday' }])).toThrow(RangeError);
    expect(() => buildCalendar([{ date: '2026-2-3', kind: 'holiday' }])).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('steps over a long holiday and its weekends', () => {
    expect(addWorkingDays('2026-02-13', 1, calendar)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1, calendar)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-24', -1, calendar)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-24', -2, calendar)).toBe('2026-02-13');
  });

  it('crosses a year’s end', () => {
    // 2025-12-31 is a Wednesday; 2026's 元旦 runs 1月1日 to 3日, and 4日 (Sunday) is worked.
    expect(addWorkingDays('2025-12-31', 1, calendar)).toBe('2026-01-04');
    expect(addWorkingDays('2026-01-04', -1, calendar)).toBe('2025-12-31');
  });

  it('is the date itself for no days, working or not', () => {
    expect(addWorkingDays('2026-02-16', 0, calendar)).toBe('2026-02-16');
  });
});

describe('nthWorkingDay', () => {
  it('counts a month’s working days from its first', () => {
    expect(nthWorkingDay('2025-01', 1, calendar)).toBe('2025-01-02');
    expect(nthWorkingDay('2025-01', 10, calendar)).toBe('2025-01-15');
    expect(nthWorkingDay('2026-01', 1, calendar)).toBe('2026-01-04');
  });

  it('counts 调休 weekends and skips the Spring Festival', () => {
    // February 2026: 2–6, 9–13, 14 (Saturday, worked), then 24 after the holiday.
    expect(nthWorkingDay('2026-02', 10, calendar)).toBe('2026-02-13');
    expect(nthWorkingDay('2026-02', 11, calendar)).toBe('2026-02-14');
    expect(nthWorkingDay('2026-02', 12, calendar)).toBe('2026-02-24');
    expect(nthWorkingDay('2026-02', 16, calendar)).toBe('2026-02-28');
  });

  it('lists a month’s working days', () => {
    expect(workingDaysOf('2026-02', calendar)).toHaveLength(16);
    expect(workingDaysOf('2026-02', calendar).slice(9, 13)).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
    ]);
  });

  it('refuses a working day the month does not have, or a bad month', () => {
    expect(() => nthWorkingDay('2026-02', 17, calendar)).toThrow(/only 16 working days/);
    expect(() => nthWorkingDay('2026-13', 1, calendar)).toThrow(RangeError);
    expect(() => nthWorkingDay('2026-02', 0, calendar)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to the second', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-24', calendar)).toBe(2);
    expect(workingDaysBetween('2026-02-24', '2026-02-13', calendar)).toBe(-2);
    expect(workingDaysBetween('2026-02-16', '2026-02-16', calendar)).toBe(0);
    expect(workingDaysBetween('2025-12-31', '2026-01-05', calendar)).toBe(2);
  });

  it('undoes addWorkingDays from any day', () => {
    for (const from of ['2026-02-13', '2026-02-15', '2025-12-27', '2023-09-30']) {
      for (const n of [-12, -3, -1, 0, 1, 3, 12]) {
        expect(workingDaysBetween(from, addWorkingDays(from, n, calendar), calendar), `${from} ${n}`).toBe(n);
      }
    }
  });
});
