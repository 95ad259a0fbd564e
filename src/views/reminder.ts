import type { KnownBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import type { DueFigure } from '../domain/reporting-calendar.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { reminderText } from '../i18n/messages/reminder.js';
import { actions, button, header, type Reply, reply, sections } from './blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from './ids.js';
import { mention } from './mrkdwn.js';
import { zoneShort } from './names.js';
import { periodLabel } from './report-figure.js';

const figureName = (plan: PlanIndex, f: DueFigure, lang: Lang) => ({
  name: lang === 'zh' ? f.indicator.name : f.indicator.nameEn,
  period: periodLabel(f.period, plan.data.plan.baselineYear, lang),
});

/** A zone's reminder: exactly which figures fall due soon and are not in, the reporters called on, a button to report. */
export function reminderMessage(
  zone: string,
  due: DueFigure[],
  reporters: string[],
  plan: PlanIndex,
  today: string,
  lang: Lang,
): Reply {
  const m = reminderText(lang);
  const found = plan.zone(zone);
  const title = m.title(found ? zoneShort(found, lang) : zone, formatDate(today, lang));
  const byDate = new Map<string, DueFigure[]>();
  for (const f of due) byDate.set(f.dueOn, [...(byDate.get(f.dueOn) ?? []), f]);
  const lines = [...byDate].flatMap(([dueOn, figures]) => [
    m.due(formatDate(dueOn, lang)),
    ...figures.map((f) => {
      const { name, period } = figureName(plan, f, lang);
      return m.item(name, period);
    }),
  ]);
  const who = reporters.length ? m.people(reporters.map(mention).join(lang === 'zh' ? '、' : ', ')) : m.nobody;
  const blocks: KnownBlock[] = [
    header(title),
    ...sections([...lines, '', who]),
    actions(BLOCK.reminder, [button(m.button, RUN_COMMAND_ACTION, `report ${zone}`, 'primary')]),
  ];
  return reply(`${title}\n${lines.join('\n')}\n${who}`, blocks);
}

/** For leadership: every zone whose figures due on one day are still missing three working days after. */
export function escalationMessage(
  dueOn: string,
  missing: { zone: string; figures: DueFigure[] }[],
  workingDays: number,
  plan: PlanIndex,
  lang: Lang,
): Reply {
  const m = reminderText(lang);
  const title = m.escalationTitle(formatDate(dueOn, lang));
  const lines = [
    m.escalation(workingDays),
    ...missing.map(({ zone, figures }) => {
      const found = plan.zone(zone);
      const items = figures.map((f) => {
        const { name, period } = figureName(plan, f, lang);
        return `${name} ${period}`;
      });
      return m.zoneLine(found ? zoneShort(found, lang) : zone, items.join(m.separator));
    }),
  ];
  return reply(`${title}\n${lines.join('\n')}`, [header(title), ...sections(lines)]);
}
