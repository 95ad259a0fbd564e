import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export const taskText = defineMessages({
  zh: {
    usage: 'task <编号>',
    summary: '一项任务的全文、责任单位、节点和目标',
    details: (line: CommandLine) =>
      `任务按方案编号，例如 ${line('task 19')} 或 ${line('task 十九')} 查看任务19。${line('tasks')} 列出全部任务，也可以按开发区、单位、工程或期限筛选。`,
    missing: '请告诉我要查看第几项任务。',
    notNumber: (token: string) => `“${token}”不是任务编号。`,
    outOfRange: (n: string, count: number) => `没有任务${n}：方案共有任务1—${count}。`,
    extra: (tokens: string) => `多余的内容“${tokens}”：一次只能查看一项任务。`,
    range: (line: CommandLine, count: number) =>
      `请输入 1—${count} 之间的任务编号，例如 ${line('task 19')}；输入 ${line('tasks')} 查看全部任务。`,
    title: (n: number, title: string) => `任务${n} · ${title}`,
    planEnded: (date: string) => `⚠️ *规划期已于 ${date} 结束。* 未完成的节点均已逾期。`,
    body: '*任务内容*',
    units: (list: string) => `*责任单位*：${list}`,
    lead: (name: string) => `${name}（牵头）`,
    zones: (n: number, list: string) => `*点名开发区*（${n}个）：${list}`,
    noZones: '*点名开发区*：方案未点名具体开发区',
    milestones: (n: number) => `*节点*（${n}项）`,
    noMilestones: '方案没有为这项任务设定有期限的节点。',
    owedBy: (who: string) => `责任：${who}`,
    allZones: (n: number) => `全部${n}个开发区`,
    zoneCount: (n: number) => `${n}个开发区`,
    tally: (who: string, states: string) => `${who}：${states}`,
    aside: (text: string) => `（${text}）`,
    targets: (n: number) => `*量化目标*（${n}项）`,
    eachTally: (of: number, met: number, reported: number) =>
      `${of}个开发区中 ${met} 个已达标 · ${reported}/${of} 个已报数`,
    previous: (n: number) => `◀ 任务${n}`,
    next: (n: number) => `任务${n} ▶`,
    programmeTasks: '本工程全部任务',
    updateProgress: '更新进展',
  },
  en: {
    usage: 'task <number>',
    summary: "One task in full: the plan's text, responsible units, milestones and targets",
    details: (line: CommandLine) =>
      `Tasks go by their number in the plan, e.g. ${line('task 19')}. ${line('tasks')} lists every task, and filters them by zone, unit, programme or deadline.`,
    missing: 'Which task? Please give its number.',
    notNumber: (token: string) => `"${token}" is not a task number.`,
    outOfRange: (n: string, count: number) => `There is no task ${n}: the plan has tasks 1–${count}.`,
    extra: (tokens: string) => `Unexpected "${tokens}": one task at a time, please.`,
    range: (line: CommandLine, count: number) =>
      `Give a whole number from 1 to ${count}, e.g. ${line('task 19')}; ${line('tasks')} lists every task.`,
    title: (n: number, title: string) => `Task ${n} · ${title}`,
    planEnded: (date: string) => `⚠️ *The plan period ended on ${date}.* Every milestone not done is overdue.`,
    body: "*The plan's text* (Chinese original)",
    units: (list: string) => `*Responsible units*: ${list}`,
    lead: (name: string) => `${name} (lead)`,
    zones: (n: number, list: string) => `*Zones named* (${n}): ${list}`,
    noZones: '*Zones named*: the task names no particular zone',
    milestones: (n: number) => `*Milestones* (${n})`,
    noMilestones: 'The plan sets no dated milestone for this task.',
    owedBy: (who: string) => `Owed by: ${who}`,
    allZones: (n: number) => plural(n, 'the only zone', `all ${n} zones`),
    zoneCount: (n: number) => `${n} ${plural(n, 'zone', 'zones')}`,
    tally: (who: string, states: string) => `${who}: ${states}`,
    aside: (text: string) => ` (${text})`,
    targets: (n: number) => `*Targets* (${n})`,
    eachTally: (of: number, met: number, reported: number) =>
      `${met} of ${of} ${plural(of, 'zone', 'zones')} met it · ${reported} of ${of} reported`,
    previous: (n: number) => `◀ Task ${n}`,
    next: (n: number) => `Task ${n} ▶`,
    programmeTasks: 'Tasks in this programme',
    updateProgress: 'Update progress',
  },
});
