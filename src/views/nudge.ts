import type { Button, KnownBlock } from '@slack/types';
import type { NudgeGroup, NudgeReason } from '../domain/nudges.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { nudgeText } from '../i18n/messages/nudge.js';
import { actions, button, context, header, type Reply, reply, sections } from './blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from './ids.js';
import { inferredAside } from './inferred.js';
import { mention } from './mrkdwn.js';
import { unitName, zoneShort } from './names.js';

/** The people a nudge calls on: the zone's reporters, and the officers of each unit answerable for its items. */
export interface NudgePeople {
  reporters: string[];
  officers: { unit: string; users: string[] }[];
}

const ICON: Record<NudgeReason['kind'], string> = { due_in: '⏰', due_today: '⏰', overdue: '🔴' };
const MAX_BUTTONS = 10;

function when(reason: NudgeReason, lang: Lang): string {
  const m = nudgeText(lang);
  if (reason.kind === 'due_today') return m.dueToday;
  return reason.kind === 'due_in' ? m.dueIn(reason.days) : m.overdue(reason.days);
}

function ownerName(group: NudgeGroup, plan: PlanIndex, lang: Lang): string {
  if (group.owner.kind === 'zone') {
    const zone = plan.zone(group.owner.zone);
    return zone ? zoneShort(zone, lang) : group.owner.zone;
  }
  const unit = plan.unit(group.owner.unit);
  return unit ? unitName(unit, lang) : group.owner.unit;
}

function whoLine(group: NudgeGroup, people: NudgePeople, plan: PlanIndex, lang: Lang): string {
  const m = nudgeText(lang);
  const list = (users: string[]) => users.map(mention).join(m.and);
  const parts: string[] = [];
  if (people.reporters.length) parts.push(m.reporters(ownerName(group, plan, lang), list(people.reporters)));
  for (const { unit, users } of people.officers) {
    const found = plan.unit(unit);
    if (users.length) parts.push(m.officers(found ? unitName(found, lang) : unit, list(users)));
  }
  return parts.length ? m.people(parts.join(m.and)) : m.nobody;
}

/** The line that reports on an item: its task's progress form, for the zone (or the unit) that owes it. */
function reportButton(group: NudgeGroup, task: number | null, lang: Lang): Button {
  const m = nudgeText(lang);
  const subject = task === null ? '组织保障' : String(task);
  const zone = group.owner.kind === 'zone' ? ` ${group.owner.zone}` : '';
  const label = task === null ? m.reportOrg : m.report(common(lang).task(task));
  return button(label, RUN_COMMAND_ACTION, `progress ${subject}${zone}`);
}

/** One zone's (or unit's) nudge for a day: every item with how it stands, the people called on, and a button per task. */
export function nudgeMessage(
  group: NudgeGroup,
  people: NudgePeople,
  plan: PlanIndex,
  today: string,
  lang: Lang,
): Reply {
  const m = nudgeText(lang);
  const title = m.title(ownerName(group, plan, lang), formatDate(today, lang));
  const lines = group.items.map(({ milestone, reason }) => {
    const task = milestone.task === null ? '' : `${common(lang).task(milestone.task)} `;
    const name = lang === 'zh' ? milestone.title : milestone.titleEn;
    return `${ICON[reason.kind]} ${when(reason, lang)} · ${task}${name}${m.by(formatDate(milestone.dueOn, lang))}${inferredAside(milestone, lang)}`;
  });
  const tasks = [...new Set(group.items.map((i) => i.milestone.task))].slice(0, MAX_BUTTONS);
  const who = whoLine(group, people, plan, lang);
  const blocks: KnownBlock[] = [
    header(title),
    ...sections([...lines, '', who]),
    actions(
      BLOCK.nudge,
      tasks.map((task) => reportButton(group, task, lang)),
    ),
    context(m.reply),
  ];
  return reply(`${title}\n${lines.join('\n')}\n${who}`, blocks);
}
