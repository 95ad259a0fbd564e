import { describe, expect, it } from 'vitest';
import { milestoneWarning } from '../../src/domain/milestone-warning.js';
import { deadlineStatus } from '../../src/domain/milestones.js';
import { DEFAULT_THRESHOLDS, factsOf, PLAN, type ReportRow } from '../support/command-context.js';

const done = (milestone: string, zone: string, on: string): ReportRow => ({
  milestone,
  zone,
  state: 'done',
  // 10:00 in Shanghai, on the day named.
  enteredAt: new Date(`${on}T02:00:00Z`),
});

function warn(key: string, zone: string, reports: ReportRow[], today: string) {
  const milestone = PLAN.data.milestones.find((m) => m.key === key);
  if (!milestone) throw new Error(`no milestone ${key}`);
  const facts = factsOf([], reports);
  const judging = { today, thresholds: DEFAULT_THRESHOLDS };
  const status = deadlineStatus(milestone.dueOn, facts.report(key, zone), today, DEFAULT_THRESHOLDS.dueSoonDays);
  return milestoneWarning(PLAN, { milestone, status }, zone, facts, judging);
}

describe('milestoneWarning', () => {
  // 任务19's platform plan, due 30 Sep 2022, is owed by eight zones: xuwei and seven others.
  const ftz = 't19-ftz-linkage-plan';
  const others = [
    done(ftz, 'kaifaqu', '2022-09-01'),
    done(ftz, 'gaoxin', '2022-10-10'),
    done(ftz, 'shanghe', '2022-12-29'),
  ];

  it('tells a zone overdue how the other zones owing the milestone did', () => {
    // On time 1; late 2, by 10 and 90 days (50 on average); the other 4 are 123 days overdue on 31 Jan 2023.
    expect(warn(ftz, 'xuwei', others, '2023-01-31')).toEqual({
      about: 'same',
      zones: 7,
      onTime: 1,
      late: 2,
      overdue: 4,
      lateDays: { mean: 50, max: 90 },
      overdueDays: { mean: 123, max: 123 },
    });
  });

  it('says nothing when no other zone has done it, or the zone has', () => {
    expect(warn(ftz, 'xuwei', [], '2023-01-31')).toBeNull();
    expect(warn(ftz, 'kaifaqu', others, '2023-01-31')).toBeNull();
  });

  it('says nothing before the milestone is near, or after the plan’s end', () => {
    // Due in 112 days: not yet due soon.
    expect(warn(ftz, 'xuwei', [done(ftz, 'kaifaqu', '2022-06-01')], '2022-06-10')).toBeNull();
    expect(warn(ftz, 'xuwei', others, '2026-01-05')).toBeNull();
  });

  it('counts those already done before a milestone falls due', () => {
    expect(warn(ftz, 'xuwei', [done(ftz, 'kaifaqu', '2022-09-01')], '2022-09-10')).toMatchObject({
      about: 'same',
      zones: 7,
      onTime: 1,
      late: 0,
      overdue: 0,
      lateDays: null,
      overdueDays: null,
    });
  });

  it('falls back, before the date, on how the other zones did the task’s earlier milestones', () => {
    // 任务22's energy study (30 Sep 2022), before its energy system (31 Dec 2025): of the eleven
    // other zones one on time, one 30 days late, nine still not done 1,167 days on, by 10 Dec 2025.
    const study = 't22-energy-study';
    const reports = [done(study, 'kaifaqu', '2022-09-20'), done(study, 'gaoxin', '2022-10-30')];
    expect(warn('t22-energy-system', 'xuwei', reports, '2025-12-10')).toEqual({
      about: 'earlier',
      milestones: 1,
      onTime: 1,
      late: 1,
      overdue: 9,
      lateDays: { mean: 30, max: 30 },
      overdueDays: { mean: 1167, max: 1167 },
    });
    // A milestone only one zone owes, with nothing before it in its task, has no one to compare with.
    expect(warn('t28-xuwei-clean-heating', 'xuwei', [], '2023-12-20')).toBeNull();
  });
});
