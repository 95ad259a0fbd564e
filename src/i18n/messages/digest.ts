import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export const digestText = defineMessages({
  zh: {
    title: (from: string, to: string) => `领导周报 · ${from}至${to}`,
    closingTitle: (end: string) => `规划期结束总结 · 截至${end}`,
    overdue: (n: number) => `*逾期未完成的节点（${n}项）*`,
    overdueLine: (zone: string, n: number) => `• ${zone}：${n} 项`,
    figures: '*本周新报和更正的数据*',
    figuresLine: (zone: string, added: number, corrected: number) =>
      `• ${zone}：新报 ${added} 条${corrected ? `，更正 ${corrected} 条` : ''}`,
    noFigures: '本周没有新报或更正的数据。',
    changes: '*亮灯变化*',
    change: (zone: string, target: string, from: string, to: string) => `• ${zone} · ${target}：${from} → ${to}`,
    noChanges: '本周没有目标的亮灯发生变化。',
    flags: '*排名提示*',
    flag: (zone: string, kind: string) => `• ${zone}：${kind}`,
    missing: '*到期未报的数据*',
    missingLine: (zone: string, n: number) => `• ${zone}：${n} 条`,
    noMissing: '到期的数据已全部填报。',
    kinds: {
      interview_warning: '约谈整改预警（本机器人月度排名，非考核结论）',
      commendation_candidate: '通报表彰候选（本机器人月度排名，非考核结论）',
      interview: '约谈整改（方案考核规则应用于省级考评位次）',
      commendation: '通报表彰（方案考核规则应用于省级考评位次）',
    } as Record<string, string>,
    edited: '本周报会随本周内的数据更正自动更新。',
  },
  en: {
    title: (from: string, to: string) => `Leadership digest · ${from} to ${to}`,
    closingTitle: (end: string) => `The plan period's close · as of ${end}`,
    overdue: (n: number) => `*Milestones overdue and not done (${n})*`,
    overdueLine: (zone: string, n: number) => `• ${zone}: ${n}`,
    figures: '*Figures reported or corrected this week*',
    figuresLine: (zone: string, added: number, corrected: number) =>
      `• ${zone}: ${added} new ${plural(added, 'figure', 'figures')}${corrected ? `, ${corrected} ${plural(corrected, 'correction', 'corrections')}` : ''}`,
    noFigures: 'No figures were reported or corrected this week.',
    changes: '*Lights that changed*',
    change: (zone: string, target: string, from: string, to: string) => `• ${zone} · ${target}: ${from} → ${to}`,
    noChanges: 'No target changed its light this week.',
    flags: '*Ranking flags*',
    flag: (zone: string, kind: string) => `• ${zone}: ${kind}`,
    missing: '*Figures due and not in*',
    missingLine: (zone: string, n: number) => `• ${zone}: ${n} ${plural(n, 'figure', 'figures')}`,
    noMissing: 'Every figure due is in.',
    kinds: {
      interview_warning: "interview warning (the bot's monthly ranking, not an assessment verdict)",
      commendation_candidate: "commendation candidate (the bot's monthly ranking, not an assessment verdict)",
      interview: "interview and rectification (the plan's rule applied to the provincial ranks)",
      commendation: "public commendation (the plan's rule applied to the provincial ranks)",
    } as Record<string, string>,
    edited: "This digest is updated in place when a figure of this week's is corrected.",
  },
});
