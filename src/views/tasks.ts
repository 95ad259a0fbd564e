import type { KnownBlock, SectionBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import type { TaskFilter, TaskList, TaskRow } from '../domain/task-filter.js';
import type { CommandLine } from '../i18n/command-line.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { tasksText } from '../i18n/messages/tasks.js';
import { actions, button, context, fitBlocks, header, type Reply, reply, section, sections } from './blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from './ids.js';
import { inferredAside } from './inferred.js';
import { DEADLINE_ICON, pendingCounts } from './milestone-text.js';
import { programmeName, taskTitle, unitName, zoneShort } from './names.js';

/** Up to this many tasks, each gets its own section with a button; more are packed into lines. */
const FEW = 8;

/** The `/zone tasks` line that asks for a filter, for buttons that vary it. */
function commandLine(filter: TaskFilter): string {
  const { zone, unit, deadline, programme } = filter;
  const words = [
    zone,
    unit,
    deadline?.kind === 'overdue' ? 'overdue' : deadline ? `due ${deadline.days}d` : null,
    programme === null ? null : `programme ${programme}`,
  ];
  return ['tasks', ...words.filter((w) => w !== null)].join(' ');
}

function names(filter: TaskFilter, plan: PlanIndex, lang: Lang) {
  const zone = filter.zone === null ? undefined : plan.zone(filter.zone);
  const unit = filter.unit === null ? undefined : plan.unit(filter.unit);
  const programme = filter.programme === null ? undefined : plan.programme(filter.programme);
  return {
    zone: zone ? zoneShort(zone, lang) : null,
    unit: unit ? unitName(unit, lang) : null,
    programme: programme ? programmeName(programme, lang) : null,
  };
}

/** The filter in words twice over: short for the header, as a phrase for the count. */
function describe(filter: TaskFilter, plan: PlanIndex, lang: Lang, count: number) {
  const m = tasksText(lang);
  const n = names(filter, plan, lang);
  const { deadline } = filter;
  const label = [
    n.zone,
    n.unit,
    n.programme,
    deadline === null ? null : deadline.kind === 'overdue' ? m.overdueLabel : m.dueLabel(deadline.days),
  ];
  const phrase = [
    n.zone === null ? null : m.concerning(n.zone),
    n.unit === null ? null : m.responsible(n.unit),
    n.programme === null ? null : m.inProgramme(n.programme),
    deadline === null ? null : deadline.kind === 'overdue' ? m.withOverdue : m.withDue(deadline.days),
  ];
  const present = (xs: (string | null)[]) => xs.filter((x): x is string => x !== null);
  return { title: m.title(present(label).join(m.separator)), count: m.count(present(phrase), count), zone: n.zone };
}

function deadlines(row: TaskRow, zone: string | null, lang: Lang): string {
  const m = tasksText(lang);
  const [first] = row.overdue;
  if (first) {
    return m.overdue(row.overdue.length, formatDate(first.milestone.dueOn, lang), first.milestone.inferred?.[lang]);
  }
  if (row.next) {
    const { milestone, counts } = row.next;
    const icon = DEADLINE_ICON[counts.due_soon > 0 ? 'due_soon' : 'open'];
    const title = `${lang === 'zh' ? milestone.title : milestone.titleEn}${inferredAside(milestone, lang)}`;
    return m.next(icon, formatDate(milestone.dueOn, lang), title);
  }
  return row.milestones.length ? m.allDone : m.noMilestones(zone);
}

/** Where the task's milestones stand, and how many reports of them done await an officer or were sent back. */
function state(row: TaskRow, zone: string | null, lang: Lang): string {
  const lines = row.milestones.flatMap((o) => o.lines);
  return [deadlines(row, zone, lang), ...pendingCounts(lines, lang)].join(' · ');
}

function line(row: TaskRow, zone: string | null, lang: Lang): string {
  const { number } = row.task;
  return `*${common(lang).task(number)}* ${taskTitle(row.task, lang)} — ${state(row, zone, lang)}`;
}

/** Rows by programme, in plan order. */
function byProgramme(rows: TaskRow[]): TaskRow[][] {
  const groups = new Map<number, TaskRow[]>();
  for (const r of rows) groups.set(r.task.programme, [...(groups.get(r.task.programme) ?? []), r]);
  return [...groups.values()];
}

function listBlocks(rows: TaskRow[], zone: string | null, plan: PlanIndex, lang: Lang, cmd: CommandLine): KnownBlock[] {
  const m = tasksText(lang);
  const blocks: KnownBlock[] = [];
  for (const group of byProgramme(rows)) {
    const p = plan.programme(group[0]?.task.programme ?? 0);
    const heading = p ? `*${programmeName(p, lang)}*` : '';
    if (rows.length > FEW) {
      blocks.push(...sections([heading, ...group.map((r) => line(r, zone, lang))]));
      continue;
    }
    blocks.push(context(heading));
    for (const r of group) {
      const open = button(m.open, RUN_COMMAND_ACTION, `task ${r.task.number}`);
      blocks.push({ ...section(line(r, zone, lang)), accessory: open } satisfies SectionBlock);
    }
  }
  if (rows.length > FEW) blocks.push(context(m.hint(cmd)));
  return blocks;
}

function emptyReason(list: TaskList, filter: TaskFilter, plan: PlanIndex, lang: Lang, today: string): string {
  const m = tasksText(lang);
  const { deadline } = filter;
  if (list.inScope === 0 || deadline === null) return m.noneInScope;
  if (deadline.kind === 'overdue') return m.noneOverdue(list.inScope);
  const { endsOn } = plan.data.plan;
  return today > endsOn ? m.noneDueAfterPlan(formatDate(endsOn, lang), deadline.days) : m.noneDue(deadline.days);
}

function followUps(filter: TaskFilter, lang: Lang) {
  const m = tasksText(lang);
  return [
    ...(filter.zone ? [button(m.zoneStatus, RUN_COMMAND_ACTION, `status ${filter.zone}`)] : []),
    ...(filter.deadline?.kind !== 'overdue'
      ? [button(m.showOverdue, RUN_COMMAND_ACTION, commandLine({ ...filter, deadline: { kind: 'overdue' } }))]
      : []),
    ...(filter.deadline ? [button(m.showAll, RUN_COMMAND_ACTION, commandLine({ ...filter, deadline: null }))] : []),
  ];
}

/** `/zone tasks …`: the tasks a filter keeps, by programme, each with where its milestones stand. */
export function tasksView(
  list: TaskList,
  filter: TaskFilter,
  plan: PlanIndex,
  lang: Lang,
  today: string,
  cmd: CommandLine,
): Reply {
  const m = tasksText(lang);
  const c = common(lang);
  const said = describe(filter, plan, lang, list.rows.length);
  const { endsOn } = plan.data.plan;
  const blocks: KnownBlock[] = [
    header(said.title),
    context(c.planRef(plan.data.plan.docNumber), c.asOf(formatDate(today, lang))),
    section(`*${said.count}*`),
  ];
  const reason = list.rows.length ? null : emptyReason(list, filter, plan, lang, today);
  if (today > endsOn && filter.deadline?.kind !== 'due_within')
    blocks.push(context(m.planEnded(formatDate(endsOn, lang))));
  blocks.push(...(reason ? [section(`⚠️ ${reason}`)] : listBlocks(list.rows, said.zone, plan, lang, cmd)));
  const buttons = followUps(filter, lang);
  if (buttons.length) blocks.push(actions(BLOCK.tasksList, buttons));
  const text = [
    said.count,
    ...(reason ? [reason] : list.rows.map((r) => `${c.task(r.task.number)} ${taskTitle(r.task, lang)}`)),
  ];
  return reply(text.join('\n'), fitBlocks(blocks, c.overflow));
}
