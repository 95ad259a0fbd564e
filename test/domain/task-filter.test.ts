import { describe, expect, it } from 'vitest';
import { filterTasks, NO_FILTER, owedMilestone, type TaskFilter, taskRow } from '../../src/domain/task-filter.js';
import { DEFAULT_THRESHOLDS, factsOf, PLAN, type ReportRow } from '../support/command-context.js';

const on = (today: string) => ({ today, thresholds: DEFAULT_THRESHOLDS });
const AFTER_PLAN = on('2026-11-28');
const numbers = (filter: Partial<TaskFilter>, judging = AFTER_PLAN, reports: ReportRow[] = []) =>
  filterTasks(PLAN, { ...NO_FILTER, ...filter }, factsOf([], reports), judging).rows.map((r) => r.task.number);

const done = (milestone: string, zone: string | null, at = '2022-09-01T00:00:00Z'): ReportRow => ({
  milestone,
  zone,
  state: 'done',
  enteredAt: new Date(at),
});

const T19_ZONES = ['kaifaqu', 'gaoxin', 'xuwei', 'shanghe', 'donghai', 'guanyun', 'guannan', 'ganyu'];
const XUWEI_OVERDUE = [1, 2, 7, 8, 10, 11, 14, 15, 19, 22, 23, 25, 28];

describe('filterTasks', () => {
  it('keeps every task, in plan order, without a filter', () => {
    const list = filterTasks(PLAN, NO_FILTER, factsOf(), AFTER_PLAN);
    expect(list.rows.map((r) => r.task.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(list.inScope).toBe(31);
  });

  it('keeps the tasks that concern a zone: named, or binding it by milestone or target', () => {
    expect(numbers({ zone: 'xuwei' })).toEqual([
      1, 2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 22, 23, 24, 25, 28, 29,
    ]);
  });

  it("keeps a unit's tasks, whether the plan writes it 市商务局 or 市商务局(自贸办)", () => {
    expect(numbers({ unit: 'commerce' })).toEqual([3, 6, 8, 13, 14, 15, 16, 17, 18, 19, 20, 23, 24, 27, 30, 31]);
    expect(numbers({ unit: 'finance' })).toEqual([4, 5, 12]);
  });

  it("keeps a programme's tasks", () => {
    expect(numbers({ programme: 5 })).toEqual([17, 18, 19, 20]);
    expect(numbers({ programme: 9 })).toEqual([31]);
  });

  it('judges overdue on the milestones the zone owes, once the plan has ended every one is', () => {
    expect(numbers({ zone: 'xuwei', deadline: { kind: 'overdue' } })).toEqual(XUWEI_OVERDUE);
    expect(numbers({ deadline: { kind: 'overdue' } })).toEqual([
      1, 2, 5, 7, 8, 9, 10, 11, 14, 15, 19, 20, 22, 23, 24, 25, 28,
    ]);
  });

  it('drops a task from the overdue list once its milestones are reported done', () => {
    const xuweiDone = [done('t19-ftz-linkage-plan', 'xuwei')];
    expect(numbers({ zone: 'xuwei', deadline: { kind: 'overdue' } }, AFTER_PLAN, xuweiDone)).toEqual(
      XUWEI_OVERDUE.filter((n) => n !== 19),
    );
    // Seven zones still owe it, so the task stays overdue for the plan as a whole …
    expect(numbers({ deadline: { kind: 'overdue' } }, AFTER_PLAN, xuweiDone)).toContain(19);
    // … until every one of the eight has reported it done.
    const allDone = T19_ZONES.map((z) => done('t19-ftz-linkage-plan', z));
    expect(numbers({ deadline: { kind: 'overdue' } }, AFTER_PLAN, allDone)).not.toContain(19);
  });

  it('finds milestones not done that fall due within N days, and none after the plan period', () => {
    expect(numbers({ zone: 'xuwei', deadline: { kind: 'due_within', days: 30 } }, on('2022-06-10'))).toEqual([
      2, 7, 11, 23, 25,
    ]);
    expect(numbers({ zone: 'xuwei', deadline: { kind: 'due_within', days: 10 } }, on('2022-06-10'))).toEqual([]);
    expect(numbers({ deadline: { kind: 'due_within', days: 3650 } })).toEqual([]);
    const reported = [done('t2-internal-agencies', 'xuwei', '2022-06-05T00:00:00Z')];
    expect(numbers({ zone: 'xuwei', deadline: { kind: 'due_within', days: 30 } }, on('2022-06-10'), reported)).toEqual([
      7, 11, 23, 25,
    ]);
  });

  it('combines conditions, and counts the tasks in scope before the deadline condition', () => {
    expect(numbers({ zone: 'xuwei', unit: 'commerce', programme: 5, deadline: { kind: 'overdue' } })).toEqual([19]);
    const none = filterTasks(
      PLAN,
      { ...NO_FILTER, zone: 'xuwei', deadline: { kind: 'due_within', days: 30 } },
      factsOf(),
      AFTER_PLAN,
    );
    expect(none).toEqual({ rows: [], inScope: 20 });
    expect(filterTasks(PLAN, { ...NO_FILTER, zone: 'xuwei', programme: 9 }, factsOf(), AFTER_PLAN).inScope).toBe(0);
  });
});

describe('owedMilestone and taskRow', () => {
  it('counts each owing zone, or the owing units together for a milestone no zone owes', () => {
    const t19 = PLAN.milestonesOfTask(19)[0];
    const credit = PLAN.milestonesOfTask(25).find((m) => m.key === 't25-credit-supervision');
    if (!t19 || !credit) throw new Error('plan changed');
    const byZone = owedMilestone(t19, factsOf([], [done(t19.key, 'xuwei', '2023-01-05T00:00:00Z')]), AFTER_PLAN, null);
    expect(byZone.lines.map((l) => l.zone)).toEqual(T19_ZONES);
    expect(byZone.counts).toMatchObject({ overdue: 7, done_late: 1, done: 0 });
    const byUnit = owedMilestone(credit, factsOf([], [done(credit.key, null)]), AFTER_PLAN, null);
    expect(byUnit.lines).toHaveLength(1);
    expect(byUnit.lines[0]).toMatchObject({ zone: null, status: 'done' });
  });

  it('names the next milestone before the plan ends, and the overdue ones after', () => {
    const task28 = PLAN.task(28);
    if (!task28) throw new Error('plan changed');
    const before = taskRow(PLAN, task28, factsOf(), on('2023-06-01'), 'xuwei');
    expect(before.overdue).toEqual([]);
    expect(before.next?.milestone.key).toBe('t28-xuwei-clean-heating');
    const after = taskRow(PLAN, task28, factsOf(), AFTER_PLAN, 'xuwei');
    expect(after.overdue.map((o) => o.milestone.dueOn)).toEqual(['2023-12-31', '2025-12-31', '2025-12-31']);
    expect(after.next).toBeUndefined();
  });
});
