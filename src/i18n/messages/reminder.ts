import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export const reminderText = defineMessages({
  zh: {
    title: (zone: string, date: string) => `${zone} · 数据填报提醒 · ${date}`,
    due: (date: string) => `以下数据将于 ${date} 到期，目前还没有填报：`,
    item: (indicator: string, period: string) => `• ${indicator} · ${period}`,
    people: (who: string) => `请 ${who} 按时填报。`,
    nobody: '这个开发区还没有填报员，请管理员分配（/zone admin grant）。',
    button: '填报数据',
    escalationTitle: (date: string) => `逾期未报数据 · ${date}到期`,
    escalation: (days: number) => `以下开发区的数据已过填报期限 ${days} 个工作日，仍未填报：`,
    zoneLine: (zone: string, items: string) => `• ${zone}：${items}`,
    separator: '、',
  },
  en: {
    title: (zone: string, date: string) => `${zone} · figures due · ${date}`,
    due: (date: string) => `These figures are due on ${date} and are not in yet:`,
    item: (indicator: string, period: string) => `• ${indicator} · ${period}`,
    people: (who: string) => `${who}: please report them on time.`,
    nobody: 'This zone has no reporter yet; an admin can assign one (/zone admin grant).',
    button: 'Report figures',
    escalationTitle: (date: string) => `Figures overdue · due ${date}`,
    escalation: (days: number) =>
      `These zones' figures are ${days} working ${plural(days, 'day', 'days')} past their due date and still not in:`,
    zoneLine: (zone: string, items: string) => `• ${zone}: ${items}`,
    separator: '; ',
  },
});
