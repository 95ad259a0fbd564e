import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export const homeText = defineMessages({
  zh: {
    title: 'zonebot · 开发区行动方案',
    greeting: (who: string) => `您好，${who}。`,
    roles: (roles: string) => `您的角色：${roles}`,
    zoneDue: (zone: string) => `*${zone}* · 待办`,
    unitDue: (unit: string) => `*${unit}* · 待办`,
    nothingPressing: '✅ 没有逾期或即将到期的节点任务。',
    missing: (n: number, lines: string) => `📊 *到期未报数据* ${n} 期：\n${lines}`,
    missingIndicator: (indicator: string, periods: string, older: number) =>
      `• ${indicator}：${periods}${older ? `，另有更早 ${older} 期` : ''}`,
    allIn: '📊 到期的数据已全部填报。',
    report: '填报数据',
    progress: '填报进展',
    more: (n: number, command: string) => `另有 ${n} 项未显示，输入 \`${command}\` 查看。`,
    ownMilestones: '本单位直接承担的节点：',
    slipping: (n: number) => `负责的任务中有 ${n} 项存在逾期节点：`,
    slippingTask: (task: string, overdue: number) => `${task} — 逾期节点 ${overdue} 个`,
    noSlipping: '✅ 负责的任务都没有逾期节点。',
    overview: '全市开发区总览',
    overviewLine: (zone: string, slug: string, lights: string, overdue: number) =>
      `*${zone}*（\`${slug}\`） ${lights} · 逾期节点 ${overdue}`,
    overviewLegend:
      '🔴 红灯 🟡 黄灯 🟢 绿灯 ⚪ 未评价（各区自身目标：期限之前对照序时进度，过了期限看期末数据是否达标）。按红灯、逾期节点、黄灯排序，最需关注的在前。输入 `/zone status <代号>` 查看详情。',
    about: (doc: string, title: string, zones: number, tasks: number) =>
      `*zonebot* 把${doc}《${title}》搬进 Slack：${zones} 个开发区的目标进度（对照序时进度亮红黄绿灯）、${tasks} 项任务的节点期限和责任单位。`,
    guide: [
      '• `/zone help`：全部指令',
      '• `/zone status <开发区>`：一个开发区的推进情况，如 `/zone status xuwei`',
      '• `/zone tasks 逾期`：有逾期节点的任务',
      '• `/zone lang en`: answers in English',
      '需要填报数据或节点进展，请联系管理员为您开通填报员或单位联络员角色。',
    ].join('\n'),
    zoneList: (list: string) => `开发区代号：${list}`,
    overflow: (hidden: number) => `还有 ${hidden} 块内容未显示，请用 \`/zone tasks\`、\`/zone status\` 查看。`,
  },
  en: {
    title: 'zonebot · development-zone action plan',
    greeting: (who: string) => `Hello, ${who}.`,
    roles: (roles: string) => `Your roles: ${roles}`,
    zoneDue: (zone: string) => `*${zone}* · to do`,
    unitDue: (unit: string) => `*${unit}* · to do`,
    nothingPressing: '✅ No milestone overdue or due soon.',
    missing: (n: number, lines: string) => `📊 *${n} ${plural(n, 'figure', 'figures')} due and not in*:\n${lines}`,
    missingIndicator: (indicator: string, periods: string, older: number) =>
      `• ${indicator}: ${periods}${older ? `, and ${older} earlier` : ''}`,
    allIn: '📊 Every figure due is in.',
    report: 'Report figures',
    progress: 'Report progress',
    more: (n: number, command: string) => `${n} more not shown; type \`${command}\` to see ${plural(n, 'it', 'them')}.`,
    ownMilestones: 'Milestones the unit owes itself:',
    slipping: (n: number) => `${n} of its tasks ${plural(n, 'has', 'have')} overdue milestones:`,
    slippingTask: (task: string, overdue: number) => `${task} — ${overdue} overdue`,
    noSlipping: '✅ None of its tasks has an overdue milestone.',
    overview: 'All development zones',
    overviewLine: (zone: string, slug: string, lights: string, overdue: number) =>
      `*${zone}* (\`${slug}\`) ${lights} · ${overdue} overdue ${plural(overdue, 'milestone', 'milestones')}`,
    overviewLegend:
      '🔴 red 🟡 yellow 🟢 green ⚪ not judged (each zone’s own targets: before their due date against 序时进度, time-proportional progress; after it, on whether the final figures met them). Worst first: red lights, then overdue milestones, then yellow. Type `/zone status <slug>` for details.',
    about: (doc: string, title: string, zones: number, tasks: number) =>
      `*zonebot* brings ${doc}, the ${title}, into Slack: the targets of ${zones} development zones with red/yellow/green lights against time-proportional progress, and the deadlines and responsible units of its ${tasks} tasks.`,
    guide: [
      '• `/zone help`: every command',
      '• `/zone status <zone>`: where one zone stands, e.g. `/zone status xuwei`',
      '• `/zone tasks overdue`: tasks with overdue milestones',
      '• `/zone lang zh`：用中文回答',
      'To report figures or milestone progress, ask an admin to make you a zone reporter or a unit officer.',
    ].join('\n'),
    zoneList: (list: string) => `Zone slugs: ${list}`,
    overflow: (hidden: number) =>
      `${hidden} more ${plural(hidden, 'block', 'blocks')} not shown; use \`/zone tasks\` and \`/zone status\` to see ${plural(hidden, 'it', 'them')}.`,
  },
});
