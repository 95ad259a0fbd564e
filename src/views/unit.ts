import type { KnownBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import { countStatuses, type MilestoneLine } from '../domain/zone-status.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { statusText } from '../i18n/messages/status.js';
import { unitText } from '../i18n/messages/unit.js';
import type { TaskData, UnitData, ZoneData } from '../plan/types.js';
import {
  actions,
  button,
  context,
  divider,
  fitBlocks,
  header,
  type Reply,
  reply,
  section,
  sections,
} from './blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from './ids.js';
import { inferredAside } from './inferred.js';
import { describeMilestone } from './milestone-text.js';
import { bold } from './mrkdwn.js';
import { programmeName, taskTitle, unitName, zoneShort } from './names.js';

export interface UnitDuties {
  unit: UnitData;
  /** In task order; `lead` where the plan lists this unit first (牵头). */
  tasks: { task: TaskData; lead: boolean }[];
  /** Deadlines the unit owes itself, not through the zones. */
  milestones: MilestoneLine[];
  today: string;
}

/** The city-run zones are nobody's county business; the plan marks them 市直. */
const CITY_RUN = '市直';

/** What a collective unit (各县区, 各省级开发区 …) stands for in this plan, or null for a single body. */
function standsFor(unit: UnitData, plan: PlanIndex, lang: Lang): string | null {
  const m = unitText(lang);
  const sep = common(lang).listSeparator;
  const names = (zones: ZoneData[]) => zones.map((z) => zoneShort(z, lang)).join(sep);
  const zones = plan.data.zones;
  const provincial = zones.filter((z) => z.level === 'provincial');
  switch (unit.key) {
    case 'counties': {
      const counties = [...new Set(zones.map((z) => z.county).filter((c) => c !== CITY_RUN))];
      const byCounty = counties.map((c) => m.countyZones(c, names(zones.filter((z) => z.county === c))));
      return m.counties(byCounty.join(sep));
    }
    case 'boards':
      return m.boards(names(zones.filter((z) => z.level === 'functional')));
    case 'provincial-zones':
      return m.provincialZones(names(provincial));
    case 'related-provincial-zones': {
      const named = new Set(plan.tasksOfUnit(unit.key).flatMap((t) => t.zones));
      return m.relatedProvincialZones(names(provincial.filter((z) => named.has(z.slug))));
    }
    case 'related-departments':
      return m.relatedDepartments;
    default:
      return null;
  }
}

function taskLines(duties: UnitDuties, plan: PlanIndex, lang: Lang): string[] {
  const c = common(lang);
  const lines: string[] = [];
  let programme: number | null = null;
  for (const { task, lead } of duties.tasks) {
    if (task.programme !== programme) {
      programme = task.programme;
      const p = plan.programme(programme);
      if (p) lines.push(bold(programmeName(p, lang)));
    }
    const mark = lead ? ` · ${bold(unitText(lang).lead)}` : '';
    lines.push(`• ${`${c.task(task.number)} ${taskTitle(task, lang)}`}${mark}`);
  }
  return lines;
}

/** `/zone unit <name>`: what a responsible unit answers for: its tasks (leading or helping) and its own deadlines. */
export function unitView(duties: UnitDuties, plan: PlanIndex, lang: Lang): Reply {
  const m = unitText(lang);
  const c = common(lang);
  const { unit, tasks, milestones, today } = duties;
  const { docNumber, endsOn } = plan.data.plan;
  const title = m.title(unitName(unit, lang));
  const about = [
    ...(lang === 'zh' ? [] : [unit.name]),
    m.unitLine(planWords(lang).unitKind[unit.kind], unit.key),
    ...(unit.aliases.length ? [`${m.aliases(unit.aliases.join(c.listSeparator))}${inferredAside(unit, lang)}`] : []),
  ];
  const blocks: KnownBlock[] = [
    header(title),
    context(about.join(' · '), c.asOf(formatDate(today, lang)), c.planRef(docNumber)),
  ];
  const members = standsFor(unit, plan, lang);
  if (members) blocks.push(section(members));
  if (today > endsOn) blocks.push(section(m.planEnded(formatDate(endsOn, lang))));

  const leads = tasks.filter((t) => t.lead).length;
  blocks.push(divider(), section(m.tasks(tasks.length, leads)));
  blocks.push(...(tasks.length ? sections(taskLines(duties, plan, lang)) : [context(m.noTasks)]));
  if (leads) blocks.push(context(m.leadNote));

  const n = countStatuses(milestones);
  const counts = statusText(lang).counts(n.overdue, n.done, n.done_late, n.due_soon, n.open);
  blocks.push(divider(), section(m.milestones(milestones.length)));
  if (milestones.length) {
    blocks.push(context(counts), ...sections(milestones.map((l) => describeMilestone(l, lang, today))));
  } else {
    blocks.push(context(m.noMilestones));
  }
  if (tasks.length) {
    blocks.push(
      actions(BLOCK.unitActions, [
        button(m.showTasks, RUN_COMMAND_ACTION, `tasks ${unit.key}`),
        button(m.showOverdue, RUN_COMMAND_ACTION, `tasks ${unit.key} overdue`),
      ]),
    );
  }
  return reply(title, fitBlocks(blocks, c.overflow));
}
