import { describe, expect, it } from 'vitest';
import { common } from '../../src/i18n/messages/common.js';
import { homeText } from '../../src/i18n/messages/home.js';
import { ledgerText } from '../../src/i18n/messages/ledger.js';
import { planWords } from '../../src/i18n/messages/plan-words.js';
import { targetText } from '../../src/i18n/messages/targets.js';
import { taskText } from '../../src/i18n/messages/task.js';
import { tasksText } from '../../src/i18n/messages/tasks.js';
import { zonesText } from '../../src/i18n/messages/zones.js';
import { plural } from '../../src/i18n/plural.js';

describe('plural', () => {
  it.each([
    [0, 'people'],
    [1, 'person'],
    [2, 'people'],
    [1.5, 'people'],
    [400, 'people'],
  ])('reads %d as %s', (n, form) => {
    expect(plural(n, 'person', 'people')).toBe(form);
  });
});

describe('English counts', () => {
  const counted = (say: (n: number) => string) => [0, 1, 2, 31].map(say);

  it('agree with their number in every message that counts', () => {
    expect(counted(planWords('en').daysOverdue)).toEqual([
      '0 days overdue',
      '1 day overdue',
      '2 days overdue',
      '31 days overdue',
    ]);
    expect(counted(planWords('en').daysLeft)[1]).toBe('1 day left');
    expect(counted((n) => targetText('en').coverage(0, n))).toEqual([
      '0 of 0 zones reported',
      '0 of 1 zone reported',
      '0 of 2 zones reported',
      '0 of 31 zones reported',
    ]);
    expect(counted((n) => taskText('en').zoneCount(n))).toEqual(['0 zones', '1 zone', '2 zones', '31 zones']);
    expect(taskText('en').eachTally(1, 1, 1)).toBe('1 of 1 zone met it · 1 of 1 reported');
    expect(counted((n) => zonesText('en').group('national zone', n))).toEqual([
      '*0 national zones*',
      '*1 national zone*',
      '*2 national zones*',
      '*31 national zones*',
    ]);
    expect(counted(tasksText('en').dueLabel)).toEqual([
      'due within 0 days',
      'due within 1 day',
      'due within 2 days',
      'due within 31 days',
    ]);
    expect(tasksText('en').noneDue(1)).toBe('No milestone still open falls due within the next day.');
    expect(tasksText('en').noneDue(30)).toBe('No milestone still open falls due within the next 30 days.');
    expect(counted(tasksText('en').noneOverdue)[1]).toBe('This task has no overdue milestone.');
    expect(counted(tasksText('en').noneOverdue)[2]).toBe('None of these 2 tasks has an overdue milestone.');
    expect(tasksText('en').count(['concerning Xuwei'], 1)).toBe('1 task concerning Xuwei');
    expect(homeText('en').slipping(1)).toBe('1 of its tasks has overdue milestones:');
    expect(homeText('en').slipping(2)).toBe('2 of its tasks have overdue milestones:');
    expect(homeText('en').overviewLine('Xuwei', 'xuwei', '', 1)).toContain('· 1 overdue milestone');
    expect(homeText('en').overflow(1)).toMatch(/^1 more block not shown; .* to see it\.$/);
    expect(common('en').overflow(2)).toBe('2 more not shown; narrow your question to see them.');
    expect(ledgerText('en').exported(1, 0)).toBe('Ledger ready: 1 figure entry, 0 progress reports.');
    expect(ledgerText('en').rejected(1)).toBe('1 line has problems; nothing was imported:');
  });

  it('leave Chinese, which has no plural, reading naturally for one', () => {
    expect(tasksText('zh').noneOverdue(1)).toBe('这项任务没有逾期节点。');
    expect(tasksText('zh').noneOverdue(3)).toBe('这 3 项任务都没有逾期节点。');
    expect(planWords('zh').daysOverdue(1)).toBe('逾期 1 天');
  });
});
