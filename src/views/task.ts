import type { KnownBlock } from '@slack/types';
import { daysBetween } from '../domain/dates.js';
import type { DeadlineStatus } from '../domain/milestones.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { TargetSummary } from '../domain/target-summary.js';
import type { OwedMilestone } from '../domain/task-filter.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { taskText } from '../i18n/messages/task.js';
import type { MilestoneData, TaskData } from '../plan/types.js';
import {
  actions,
  button,
  context,
  divider,
  fitBlocks,
  header,
  MAX_SECTION_TEXT,
  type Reply,
  reply,
  section,
  sections,
} from './blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from './ids.js';
import { inferredAside } from './inferred.js';
import { DEADLINE_ICON, pendingCounts } from './milestone-text.js';
import { programmeName, taskTitle, unitName, zoneShort } from './names.js';
import { describeReading, describeTarget } from './target-text.js';

export interface TaskDetail {
  task: TaskData;
  milestones: OwedMilestone[];
  targets: TargetSummary[];
  today: string;
}

// Worst first: the icon of a milestone is that of its worst-placed party.
const SEVERITY: DeadlineStatus[] = ['overdue', 'due_soon', 'open', 'done_late', 'done'];

function zonesText(slugs: string[], plan: PlanIndex, lang: Lang): string {
  const m = taskText(lang);
  if (slugs.length === plan.data.zones.length) return m.allZones(slugs.length);
  const name = (slug: string) => {
    const zone = plan.zone(slug);
    return zone ? zoneShort(zone, lang) : slug;
  };
  return slugs.map(name).join(common(lang).listSeparator);
}

function unitsText(keys: string[], plan: PlanIndex, lang: Lang): string {
  const name = (key: string) => {
    const unit = plan.unit(key);
    return unit ? unitName(unit, lang) : key;
  };
  return keys.map(name).join(common(lang).listSeparator);
}

function owers(m: MilestoneData, plan: PlanIndex, lang: Lang): string {
  const who = [m.zones.length ? zonesText(m.zones, plan, lang) : '', unitsText(m.units, plan, lang)];
  return who.filter(Boolean).join(' · ');
}

/** 8个开发区：已逾期 8（逾期 1520 天）, or for one party 市发改委：已逾期（逾期 1520 天） */
function tally(owed: OwedMilestone, plan: PlanIndex, lang: Lang, today: string): string {
  const m = taskText(lang);
  const words = planWords(lang);
  const { milestone, lines, counts } = owed;
  const late = counts.overdue > 0 ? m.aside(words.daysOverdue(-daysBetween(today, milestone.dueOn))) : '';
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only) {
    const who = only.zone === null ? unitsText(milestone.units, plan, lang) : zonesText([only.zone], plan, lang);
    const reported = only.report && only.report.state !== 'done' ? ` · ${words.reported[only.report.state]}` : '';
    return m.tally(who, `${words.deadline[only.status]}${late}${reported}`);
  }
  const states = SEVERITY.filter((s) => counts[s] > 0).map((s) => `${words.deadline[s]} ${counts[s]}`);
  const who = lines.length === plan.data.zones.length ? m.allZones(lines.length) : m.zoneCount(lines.length);
  return m.tally(who, [`${states.join(' · ')}${late}`, ...pendingCounts(lines, lang)].join(' · '));
}

function milestoneText(owed: OwedMilestone, plan: PlanIndex, lang: Lang, today: string): string {
  const { milestone, counts } = owed;
  const icon = DEADLINE_ICON[SEVERITY.find((s) => counts[s] > 0) ?? 'open'];
  const title = lang === 'zh' ? milestone.title : milestone.titleEn;
  return [
    `${icon} *${formatDate(milestone.dueOn, lang)}* · ${title}${inferredAside(milestone, lang)}`,
    `    ${taskText(lang).owedBy(owers(milestone, plan, lang))}`,
    `    ${tally(owed, plan, lang, today)}`,
  ].join('\n');
}

function targetLine(s: TargetSummary, plan: PlanIndex, lang: Lang): string {
  const indicator = plan.indicator(s.target.indicator);
  const what = describeTarget(s.target, indicator, lang, plan.data.plan.baselineYear);
  const where =
    s.mode === 'each'
      ? taskText(lang).eachTally(s.zones.length, s.met.length, s.reported.length)
      : describeReading(s.reading, s.verdict, s.target, indicator, lang);
  const who = s.mode === 'single' ? taskText(lang).tally(zonesText([s.zone], plan, lang), '') : '';
  return `• ${what}\n    ${`${who}${where}`}`;
}

/** The plan's text under its label; only a paragraph too long for one section is broken, at sentence ends. */
function bodyBlocks(label: string, body: string): KnownBlock[] {
  const text = body;
  return sections([label, ...(text.length < MAX_SECTION_TEXT ? [text] : text.split(/(?<=[。；])/u))]);
}

function whoLines(detail: TaskDetail, plan: PlanIndex, lang: Lang): string[] {
  const m = taskText(lang);
  const { task } = detail;
  const units = task.units.map((u, i) => {
    const name = lang === 'zh' ? u.asWritten : (plan.unit(u.key)?.nameEn ?? u.asWritten);
    return i === 0 ? m.lead(name) : name;
  });
  const zones = task.zones.length ? m.zones(task.zones.length, zonesText(task.zones, plan, lang)) : m.noZones;
  return [m.units(units.join(common(lang).listSeparator)), zones];
}

/** `/zone task <n>`: one task in full, its milestones by owing party, its targets read. */
export function taskView(detail: TaskDetail, plan: PlanIndex, lang: Lang): Reply {
  const m = taskText(lang);
  const c = common(lang);
  const { task, milestones, targets, today } = detail;
  const programme = plan.programme(task.programme);
  const title = m.title(task.number, taskTitle(task, lang));
  const programmeLabel = programme ? programmeName(programme, lang) : '';

  const blocks: KnownBlock[] = [
    header(title),
    context(programmeLabel, c.planRef(plan.data.plan.docNumber), c.asOf(formatDate(today, lang))),
  ];
  if (today > plan.data.plan.endsOn) blocks.push(section(m.planEnded(formatDate(plan.data.plan.endsOn, lang))));
  blocks.push(...bodyBlocks(m.body, task.body), section(whoLines(detail, plan, lang).join('\n')));
  blocks.push(divider(), section(m.milestones(milestones.length)));
  blocks.push(
    ...(milestones.length
      ? sections(milestones.map((o) => milestoneText(o, plan, lang, today)))
      : [context(m.noMilestones)]),
  );
  if (targets.length) {
    blocks.push(divider(), section(m.targets(targets.length)));
    blocks.push(...sections(targets.map((t) => targetLine(t, plan, lang))));
  }
  const buttons = [
    ...(milestones.length ? [button(m.updateProgress, RUN_COMMAND_ACTION, `progress ${task.number}`, 'primary')] : []),
    ...(task.number > 1 ? [button(m.previous(task.number - 1), RUN_COMMAND_ACTION, `task ${task.number - 1}`)] : []),
    ...(task.number < plan.taskCount
      ? [button(m.next(task.number + 1), RUN_COMMAND_ACTION, `task ${task.number + 1}`)]
      : []),
    button(m.programmeTasks, RUN_COMMAND_ACTION, `tasks programme ${task.programme}`),
  ];
  blocks.push(actions(BLOCK.taskActions, buttons));
  return reply(`${title} · ${programmeLabel}`, fitBlocks(blocks, c.overflow));
}
