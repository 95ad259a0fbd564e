import { describe, expect, it } from 'vitest';
import { nudgeReason, nudgesDue } from '../../src/domain/nudges.js';
import { factsOf, PLAN } from '../support/command-context.js';

describe('when a milestone is nudged', () => {
  it.each([
    ['2022-05-31', { kind: 'due_in', days: 30 }],
    ['2022-06-23', { kind: 'due_in', days: 7 }],
    ['2022-06-29', { kind: 'due_in', days: 1 }],
    ['2022-06-30', { kind: 'due_today' }],
    ['2022-07-01', { kind: 'overdue', days: 1 }],
    ['2022-07-08', { kind: 'overdue', days: 8 }],
    ['2022-07-15', { kind: 'overdue', days: 15 }],
  ])('on %s for a milestone due 2022-06-30', (today, reason) => {
    expect(nudgeReason('2022-06-30', today)).toEqual(reason);
  });

  it.each(['2022-05-30', '2022-06-22', '2022-06-28', '2022-07-02', '2022-07-07'])('not on %s', (today) => {
    expect(nudgeReason('2022-06-30', today)).toBeNull();
  });
});

describe("the day's nudges", () => {
  it('group every item a zone owes into one nudge, and leave out what is done or awaiting confirmation', () => {
    const groups = nudgesDue(PLAN, factsOf(), '2022-06-30');
    const xuwei = groups.find((g) => g.owner.kind === 'zone' && g.owner.zone === 'xuwei');
    expect(xuwei?.items.map((i) => i.milestone.key)).toContain('t2-internal-agencies');
    expect(new Set(groups.map((g) => JSON.stringify(g.owner))).size).toBe(groups.length);
    const reported = factsOf(
      [],
      [
        { milestone: 't2-internal-agencies', zone: 'xuwei', state: 'done', enteredAt: new Date('2022-06-29') },
        {
          milestone: 't2-internal-agencies',
          zone: 'kaifaqu',
          state: 'awaiting_confirmation',
          enteredAt: new Date('2022-06-29'),
        },
        { milestone: 't2-internal-agencies', zone: 'gaoxin', state: 'returned', enteredAt: new Date('2022-06-29') },
      ],
    );
    const again = nudgesDue(PLAN, reported, '2022-06-30');
    const keys = (zone: string) =>
      again.find((g) => g.owner.kind === 'zone' && g.owner.zone === zone)?.items.map((i) => i.milestone.key) ?? [];
    expect(keys('xuwei')).not.toContain('t2-internal-agencies');
    expect(keys('kaifaqu')).not.toContain('t2-internal-agencies');
    expect(keys('gaoxin')).toContain('t2-internal-agencies');
  });

  it('nudge the units for the deadlines they owe themselves', () => {
    const units = nudgesDue(PLAN, factsOf(), '2022-09-30').filter((g) => g.owner.kind === 'unit');
    expect(units.length).toBeGreaterThan(0);
  });

  it('stop once the plan period is over', () => {
    expect(nudgesDue(PLAN, factsOf(), '2026-01-05')).toEqual([]);
    expect(nudgesDue(PLAN, factsOf(), '2026-12-01')).toEqual([]);
  });
});
