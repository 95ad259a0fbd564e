import { defineMessages } from '../lang.js';

export const statusText = defineMessages({
  zh: {
    title: (zone: string) => `${zone} · 推进情况`,
    zoneLine: (level: string, slug: string, county: string | null) =>
      `${level}${county ? ` · ${county}` : ''} · 代号 \`${slug}\``,
    planEnded: (date: string) => `⚠️ *规划期已于 ${date} 结束。* 以下是对照方案的期末情况；未完成的节点均为逾期。`,
    targets: (n: number) => `*目标*（${n}项）`,
    noTargets: '方案没有为本区单列量化目标。',
    lights: (counts: string) => `亮灯：${counts}`,
    summary: (targets: string, milestones: string) => `目标 ${targets}；节点 ${milestones}`,
    sharedTargets: '*共同目标*（各开发区合计完成）',
    milestones: (n: number) => `*节点任务*（${n}项）`,
    noMilestones: '方案没有为本区设定有期限的节点任务。',
    counts: (overdue: number, done: number, late: number, soon: number, open: number) =>
      `逾期 ${overdue} · 按期完成 ${done} · 逾期完成 ${late} · 即将到期 ${soon} · 未到期 ${open}`,
    showTasks: '本区任务',
    showOverdue: '逾期任务',
    showTargets: '本区目标',
    report: '填报数据',
  },
  en: {
    title: (zone: string) => `${zone} · status`,
    zoneLine: (level: string, slug: string, county: string | null) =>
      `${level}${county ? ` · ${county}` : ''} · slug \`${slug}\``,
    planEnded: (date: string) =>
      `⚠️ *The plan period ended on ${date}.* Below is where this zone stood against the plan; every milestone not done is overdue.`,
    targets: (n: number) => `*Targets* (${n})`,
    noTargets: 'The plan sets no quantitative target for this zone alone.',
    lights: (counts: string) => `Lights: ${counts}`,
    summary: (targets: string, milestones: string) => `targets ${targets}; milestones ${milestones}`,
    sharedTargets: '*Shared targets* (met by all zones together)',
    milestones: (n: number) => `*Milestones* (${n})`,
    noMilestones: 'The plan gives this zone no dated milestone.',
    counts: (overdue: number, done: number, late: number, soon: number, open: number) =>
      `overdue ${overdue} · done on time ${done} · done late ${late} · due soon ${soon} · not yet due ${open}`,
    showTasks: 'Tasks',
    showOverdue: 'Overdue',
    showTargets: 'Targets',
    report: 'Report figures',
  },
});
