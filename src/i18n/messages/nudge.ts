import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export const nudgeText = defineMessages({
  zh: {
    title: (owner: string, date: string) => `${owner} · 节点提醒 · ${date}`,
    dueIn: (days: number) => `${days} 天后到期`,
    dueToday: '今天到期',
    overdue: (days: number) => `已逾期 ${days} 天`,
    by: (date: string) => `（${date}前）`,
    people: (who: string) => `请 ${who} 关注。完成后请报告进展；已报告完成的无需重复。`,
    nobody: '这些事项目前还没有指定填报员或单位联络员，请管理员分配（/zone admin grant）。',
    reporters: (zone: string, users: string) => `${users}（${zone}填报员）`,
    officers: (unit: string, users: string) => `${users}（${unit}单位联络员）`,
    and: '、',
    report: (task: string) => `报告${task}进展`,
    reportOrg: '报告组织保障进展',
    reply: '在本消息下回复即可记录进展说明；提醒里有多项时，请注明任务编号，如“任务2：已报审”。',
  },
  en: {
    title: (owner: string, date: string) => `${owner} · deadlines · ${date}`,
    dueIn: (days: number) => `due in ${days} ${plural(days, 'day', 'days')}`,
    dueToday: 'due today',
    overdue: (days: number) => `${days} ${plural(days, 'day', 'days')} overdue`,
    by: (date: string) => ` (by ${date})`,
    people: (who: string) =>
      `${who}: please see to these. Report progress once done; anything already reported done needs nothing more.`,
    nobody: 'Nobody reports or answers for these yet; an admin can assign someone (/zone admin grant).',
    reporters: (zone: string, users: string) => `${users} (reporters for ${zone})`,
    officers: (unit: string, users: string) => `${users} (officers of ${unit})`,
    and: ', ',
    report: (task: string) => `Report on ${task}`,
    reportOrg: 'Report on 组织保障',
    reply:
      'Reply in this thread to record a progress note; when a nudge lists several items, name the task, e.g. "Task 2: submitted for review".',
  },
});
