import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

/** `/zone unit`: what one responsible unit answers for. */
export const unitText = defineMessages({
  zh: {
    usage: 'unit <责任单位>',
    summary: '某个责任单位负责的任务和它自己的节点',
    details: (line: CommandLine) =>
      `责任单位可以用全称、简称、英文名或代号，例如 ${line('unit 市商务局')}、${line('unit 商务局')}、${line('unit commerce')}、${line('unit 各省级开发区')}。`,
    missing: '请告诉我要查看哪个责任单位。',
    title: (name: string) => `${name} · 责任分工`,
    unitLine: (kind: string, key: string) => `${kind} · 代号 \`${key}\``,
    aliases: (list: string) => `又称 ${list}`,
    counties: (list: string) => `指开发区所在县区的政府：${list}。`,
    countyZones: (county: string, zones: string) => `${county}（${zones}）`,
    boards: (list: string) => `指方案中的功能板块：${list}。`,
    provincialZones: (list: string) => `指全部省级开发区：${list}。`,
    relatedProvincialZones: (list: string) => `指相关任务点名的省级开发区：${list}。`,
    relatedDepartments: '泛指与具体事项相关的市级部门，方案没有逐一列明。',
    tasks: (n: number, lead: number) => `*负责的任务*（${n}项${lead ? `，其中牵头 ${lead}项` : ''}）`,
    lead: '牵头',
    leadNote: '“牵头”：方案在该任务的责任单位中把本单位列在第一位。',
    noTasks: '方案没有点名由本单位负责的任务。',
    milestones: (n: number) => `*本单位自己承担的节点*（${n}项）`,
    noMilestones: '方案没有给本单位单列有期限的节点；任务中的节点多由各开发区承担。',
    planEnded: (date: string) => `⚠️ *规划期已于 ${date} 结束。* 未完成的节点均已逾期。`,
    showTasks: '本单位任务',
    showOverdue: '逾期任务',
  },
  en: {
    usage: 'unit <responsible unit>',
    summary: 'The tasks a responsible unit answers for, and its own milestones',
    details: (line: CommandLine) =>
      `Name the unit in Chinese (full or short) or English, or by key, e.g. ${line('unit 市商务局')}, ${line('unit 商务局')}, ${line('unit commerce')}, ${line('unit Municipal Bureau of Commerce')}.`,
    missing: 'Which responsible unit? Please name one.',
    title: (name: string) => `${name} · responsibilities`,
    unitLine: (kind: string, key: string) => `${kind} · key \`${key}\``,
    aliases: (list: string) => `also ${list}`,
    counties: (list: string) => `The governments of the counties and districts the zones lie in, over: ${list}.`,
    countyZones: (_county: string, zones: string) => zones,
    boards: (list: string) => `The plan's functional areas: ${list}.`,
    provincialZones: (list: string) => `Every provincial zone: ${list}.`,
    relatedProvincialZones: (list: string) => `The provincial zones its tasks name: ${list}.`,
    relatedDepartments: 'Whichever city departments a matter concerns; the plan does not list them.',
    tasks: (n: number, lead: number) => `*Tasks* (${n}${lead ? `, leading ${lead}` : ''})`,
    lead: 'lead',
    leadNote: '“lead”: the plan lists this unit first among the task’s responsible units.',
    noTasks: 'The plan names this unit on no task.',
    milestones: (n: number) => `*Its own milestones* (${n})`,
    noMilestones:
      "The plan gives this unit no dated milestone of its own; its tasks' milestones are mostly the zones'.",
    planEnded: (date: string) => `⚠️ *The plan period ended on ${date}.* Every milestone not done is overdue.`,
    showTasks: 'Its tasks',
    showOverdue: 'Overdue',
  },
});
