import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';
import { chineseNumeral } from '../numerals.js';
import { plural } from '../plural.js';

export const MAX_DUE_DAYS = 3650;

export const tasksText = defineMessages({
  zh: {
    usage: 'tasks [开发区] [单位] [逾期 | 到期 <天数>] [工程 <编号>]',
    summary: '任务清单，可按开发区、责任单位、期限和工程筛选',
    details: (line: CommandLine) =>
      [
        '条件可以任意组合，顺序不限：',
        `• 开发区（代号、全称、简称或别名），如 ${line('tasks 徐圩')}：涉及该区的任务，节点按该区统计`,
        `• 责任单位，如 ${line('tasks 市商务局')}：该单位负责的任务`,
        '• `逾期`（或 `overdue`）：有逾期节点的任务',
        `• \`到期 30\`、\`30天内到期\`（或 \`due 30d\`）：30天内有未完成节点到期的任务（1—${MAX_DUE_DAYS}天）`,
        '• `工程 五`、`工程5`、`第五项工程`（或 `programme 5`）：某项工程的任务',
        `例如 ${line('tasks 徐圩 逾期')}、${line('tasks 市商务局 工程 五')}。`,
      ].join('\n'),
    title: (label: string) => (label ? `任务清单 · ${label}` : '任务清单'),
    separator: ' · ',
    overdueLabel: '逾期',
    dueLabel: (days: number) => `${days}天内到期`,
    concerning: (zone: string) => `涉及${zone}`,
    responsible: (unit: string) => `${unit}负责`,
    inProgramme: (programme: string) => `属于${programme}`,
    withOverdue: '有逾期节点',
    withDue: (days: number) => `${days}天内有节点到期`,
    count: (parts: string[], n: number) =>
      parts.length ? `${parts.join('、')}的任务：共 ${n} 项` : `方案全部任务：共 ${n} 项`,
    planEnded: (date: string) => `规划期已于 ${date} 结束，未完成的节点均已逾期。`,
    /** `note`: what the encoding read into the first overdue milestone, its date most likely. */
    overdue: (n: number, date: string, note?: string) =>
      `🔴 ${n}项节点逾期（${n === 1 ? date : `最早于${date}`}到期${note ? `；${note}` : ''}）`,
    next: (icon: string, date: string, title: string) => `${icon} 下一节点 ${date}：${title}`,
    allDone: '✅ 节点均已完成',
    noMilestones: (zone: string | null) => (zone ? `${zone}在此任务中没有限期节点` : '没有限期节点'),
    open: '详情',
    hint: (line: CommandLine) => `输入 ${line('task <编号>')} 查看任务全文、节点和目标。`,
    noneInScope: '方案中没有同时满足这些条件的任务。',
    noneOverdue: (n: number) => (n === 1 ? '这项任务没有逾期节点。' : `这 ${n} 项任务都没有逾期节点。`),
    noneDueAfterPlan: (date: string, days: number) =>
      `规划期已于 ${date} 结束，所有节点的期限都已过去，不会再有“${days}天内到期”的节点；未完成的节点均已逾期。`,
    noneDue: (days: number) => `未来 ${days} 天内没有未完成的节点到期。`,
    showOverdue: '只看逾期',
    showAll: '不限期限',
    zoneStatus: '本区状态',
    unknownName: (token: string) => `“${token}”既不是开发区、责任单位，也不是筛选条件。`,
    ambiguousName: (token: string) => `“${token}”对应多个开发区或责任单位，请说得更具体些。`,
    twice: {
      zone: '一次只能按一个开发区筛选。',
      unit: '一次只能按一个责任单位筛选。',
      programme: '一次只能按一项工程筛选。',
      deadline: '“逾期”和“到期”只能选一个。',
    },
    badDays: (line: CommandLine, token: string | null) =>
      `${token === null ? '“到期”后面缺少天数' : `“${token}”不是有效的天数`}：请写 1—${MAX_DUE_DAYS} 之间的整数，例如 ${line('tasks 到期 30')}。`,
    badProgramme: (line: CommandLine, token: string | null, count: number) =>
      `${token === null ? '“工程”后面缺少编号' : `没有第“${token}”项工程`}：方案的工程从（一）编到（${chineseNumeral(count)}），例如 ${line('tasks 工程 五')}。`,
    bareNumber: (n: string) => `单独的“${n}”不清楚是指什么。`,
    bareNumberHint: (line: CommandLine, n: string) =>
      `查看任务请用 ${line(`task ${n}`)}；按工程筛选请用 ${line(`tasks 工程 ${n}`)}。`,
  },
  en: {
    usage: 'tasks [zone] [unit] [overdue | due <N>d] [programme <n>]',
    summary: 'Tasks, filtered by zone, responsible unit, deadline and programme',
    details: (line: CommandLine) =>
      [
        'Combine any of these, in any order:',
        `• a zone (slug, Chinese name or alias), e.g. ${line('tasks xuwei')}: tasks that concern it, with the zone's own milestones`,
        `• a responsible unit, e.g. ${line('tasks commerce')}: the tasks it is responsible for`,
        '• `overdue`: tasks with an overdue milestone',
        `• \`due 30d\` (or \`due 30\`): tasks with a milestone not done that falls due within 30 days (1–${MAX_DUE_DAYS})`,
        '• `programme 5`: the tasks of one programme',
        `e.g. ${line('tasks xuwei overdue')}, ${line('tasks commerce programme 5')}.`,
      ].join('\n'),
    title: (label: string) => (label ? `Tasks · ${label}` : 'Tasks'),
    separator: ' · ',
    overdueLabel: 'overdue',
    dueLabel: (days: number) => `due within ${days} ${plural(days, 'day', 'days')}`,
    concerning: (zone: string) => `concerning ${zone}`,
    responsible: (unit: string) => `with ${unit} responsible`,
    inProgramme: (programme: string) => `in ${programme}`,
    withOverdue: 'with overdue milestones',
    withDue: (days: number) => `with a milestone due within ${days} ${plural(days, 'day', 'days')}`,
    count: (parts: string[], n: number) =>
      parts.length ? `${n} ${plural(n, 'task', 'tasks')} ${parts.join(', ')}` : `All ${n} tasks in the plan`,
    planEnded: (date: string) => `The plan period ended on ${date}; every milestone not done is overdue.`,
    overdue: (n: number, date: string, note?: string) => {
      const due = plural(n, `due ${date}`, `the first due ${date}`);
      return `🔴 ${n} ${plural(n, 'milestone', 'milestones')} overdue (${due}${note ? `; ${note}` : ''})`;
    },
    next: (icon: string, date: string, title: string) => `${icon} next: ${title}, due ${date}`,
    allDone: '✅ every milestone done',
    noMilestones: (zone: string | null) => (zone ? `no dated milestone for ${zone}` : 'no dated milestone'),
    open: 'Details',
    hint: (line: CommandLine) => `Type ${line('task <number>')} for a task's full text, milestones and targets.`,
    noneInScope: 'No task in the plan meets all of these conditions.',
    noneOverdue: (n: number) =>
      plural(n, 'This task has no overdue milestone.', `None of these ${n} tasks has an overdue milestone.`),
    noneDueAfterPlan: (date: string, days: number) =>
      `The plan period ended on ${date}: every deadline has passed, so nothing can fall due within ${days} ${plural(days, 'day', 'days')}; every milestone not done is overdue.`,
    noneDue: (days: number) =>
      `No milestone still open falls due within the next ${plural(days, 'day', `${days} days`)}.`,
    showOverdue: 'Overdue only',
    showAll: 'Any deadline',
    zoneStatus: 'Zone status',
    unknownName: (token: string) => `"${token}" is neither a zone, a responsible unit nor a filter.`,
    ambiguousName: (token: string) => `"${token}" matches more than one zone or unit; please be more specific.`,
    twice: {
      zone: 'Filter by one zone at a time.',
      unit: 'Filter by one unit at a time.',
      programme: 'Filter by one programme at a time.',
      deadline: 'Choose either overdue or due, not both.',
    },
    badDays: (line: CommandLine, token: string | null) =>
      `${token === null ? '"due" needs a number of days' : `"${token}" is not a number of days`}: give a whole number from 1 to ${MAX_DUE_DAYS}, e.g. ${line('tasks due 30d')}.`,
    badProgramme: (line: CommandLine, token: string | null, count: number) =>
      `${token === null ? '"programme" needs a number' : `There is no programme "${token}"`}: the plan has programmes 1–${count}, e.g. ${line('tasks programme 5')}.`,
    bareNumber: (n: string) => `It is not clear what "${n}" on its own means.`,
    bareNumberHint: (line: CommandLine, n: string) =>
      `For a task, type ${line(`task ${n}`)}; for a programme's tasks, ${line(`tasks programme ${n}`)}.`,
  },
});
