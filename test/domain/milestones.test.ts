import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate } from '../../src/domain/dates.js';
import { deadlineStatus } from '../../src/domain/milestones.js';

describe('dates in Asia/Shanghai', () => {
  it('turns an instant into the Shanghai calendar date', () => {
    expect(localDate(new Date('2022-06-30T15:59:59Z'))).toBe('2022-06-30');
    expect(localDate(new Date('2022-06-30T16:00:00Z'))).toBe('2022-07-01');
  });

  it('counts calendar days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2022-07-01', '2022-06-30')).toBe(-1);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('deadlineStatus', () => {
  const due = '2022-06-30';
  const done = (at: string) => ({ state: 'done' as const, enteredAt: new Date(at) });

  it('is open, then due soon within 30 days, then overdue the day after', () => {
    expect(deadlineStatus(due, undefined, '2022-05-30', 30)).toBe('open');
    expect(deadlineStatus(due, undefined, '2022-05-31', 30)).toBe('due_soon');
    expect(deadlineStatus(due, undefined, '2022-06-30', 30)).toBe('due_soon');
    expect(deadlineStatus(due, undefined, '2022-07-01', 30)).toBe('overdue');
  });

  it('is due soon within the configured number of days', () => {
    expect(deadlineStatus(due, undefined, '2022-06-22', 7)).toBe('open');
    expect(deadlineStatus(due, undefined, '2022-06-23', 7)).toBe('due_soon');
  });

  it('counts done by the end of the due date in Shanghai as on time', () => {
    expect(deadlineStatus(due, done('2022-06-30T15:59:59Z'), '2026-11-28', 30)).toBe('done');
    expect(deadlineStatus(due, done('2022-06-30T16:00:00Z'), '2026-11-28', 30)).toBe('done_late');
  });

  it('treats reported progress short of done as not done', () => {
    const blocked = { state: 'blocked' as const, enteredAt: new Date('2022-01-01T00:00:00Z') };
    expect(deadlineStatus(due, blocked, '2022-07-01', 30)).toBe('overdue');
  });
});
