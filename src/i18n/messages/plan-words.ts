import type { DeadlineStatus, MilestoneState, PendingState } from '../../domain/milestones.js';
import type { UnitKind, ZoneLevel } from '../../plan/types.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export const planWords = defineMessages<{
  level: Record<ZoneLevel, string>;
  unitKind: Record<UnitKind, string>;
  deadline: Record<DeadlineStatus, string>;
  reported: Record<MilestoneState, string>;
  /** How many parties' reports await an officer's decision, or were sent back. */
  pending: Record<PendingState, (n: number) => string>;
  daysOverdue: (n: number) => string;
  daysLeft: (n: number) => string;
}>({
  zh: {
    level: { national: '国家级开发区', provincial: '省级开发区', functional: '功能板块' },
    unitKind: { department: '市级部门', collective: '集体责任', agency: '其他机构' },
    deadline: { done: '按期完成', done_late: '逾期完成', overdue: '已逾期', due_soon: '即将到期', open: '未到期' },
    reported: {
      not_started: '未开始',
      in_progress: '推进中',
      done: '已完成',
      blocked: '受阻',
      awaiting_confirmation: '待确认',
      returned: '已退回',
    },
    pending: { awaiting_confirmation: (n) => `待确认 ${n}`, returned: (n) => `已退回 ${n}` },
    daysOverdue: (n) => `逾期 ${n} 天`,
    daysLeft: (n) => `还剩 ${n} 天`,
  },
  en: {
    level: { national: 'national zone', provincial: 'provincial zone', functional: 'functional area' },
    unitKind: { department: 'city department', collective: 'collective', agency: 'other body' },
    deadline: {
      done: 'done on time',
      done_late: 'done late',
      overdue: 'overdue',
      due_soon: 'due soon',
      open: 'not yet due',
    },
    reported: {
      not_started: 'not started',
      in_progress: 'in progress',
      done: 'done',
      blocked: 'blocked',
      awaiting_confirmation: 'awaiting confirmation',
      returned: 'sent back',
    },
    pending: {
      awaiting_confirmation: (n) => `${n} awaiting confirmation`,
      returned: (n) => `${n} sent back`,
    },
    daysOverdue: (n) => `${n} ${plural(n, 'day', 'days')} overdue`,
    daysLeft: (n) => `${n} ${plural(n, 'day', 'days')} left`,
  },
});
