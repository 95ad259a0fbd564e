import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate } from '../../src/domain/dates.js';
import { deadlineStatus, effectiveReport } from '../../src/domain/milestones.js';

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

describe('effectiveReport', () => {
  const enteredAt = new Date('2022-06-01T00:00:00Z');
  const row = (state: string, needsConfirmation: boolean, confirmed?: boolean) => ({
    state,
    enteredAt,
    needsConfirmation,
    confirmation: confirmed === undefined ? null : { confirmed },
  });

  it('takes a report that needs no confirmation as it was reported', () => {
    expect(effectiveReport(row('done', false))).toEqual({ state: 'done', enteredAt });
    expect(effectiveReport(row('blocked', false))).toEqual({ state: 'blocked', enteredAt });
  });

  it("holds a zone's done as awaiting confirmation until an officer decides, done once confirmed, returned if sent back", () => {
    expect(effectiveReport(row('done', true))).toEqual({ state: 'awaiting_confirmation', enteredAt });
    expect(effectiveReport(row('done', true, true))).toEqual({ state: 'done', enteredAt });
    expect(effectiveReport(row('done', true, false))).toEqual({ state: 'returned', enteredAt });
  });

  it('refuses a state the plan does not know rather than guess', () => {
    expect(() => effectiveReport(row('finished', false))).toThrow('unknown milestone state "finished"');
  });
});

describe('deadlineStatus of a done awaiting confirmation', () => {
  const due = '2022-06-30';
  const report = (state: 'awaiting_confirmation' | 'returned') => ({
    state,
    enteredAt: new Date('2022-06-01T00:00:00Z'),
  });

  it('is not done until confirmed (办结): still overdue once the date has passed', () => {
    expect(deadlineStatus(due, report('awaiting_confirmation'), '2022-06-10', 30)).toBe('due_soon');
    expect(deadlineStatus(due, report('awaiting_confirmation'), '2022-07-01', 30)).toBe('overdue');
    expect(deadlineStatus(due, report('returned'), '2022-07-01', 30)).toBe('overdue');
  });
});
