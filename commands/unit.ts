import { milestoneLine } from '../src/domain/zone-status.js';
import { commandLine } from '../src/i18n/command-line.js';
import { common } from '../src/i18n/messages/common.js';
import { unitText } from '../src/i18n/messages/unit.js';
import type { UnitData } from '../src/plan/types.js';
import { type UnitDuties, unitView } from '../src/views/unit.js';
import { requireUnit } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

function duties(unit: UnitData, ctx: CommandContext): UnitDuties {
  const tasks = ctx.plan.tasksOfUnit(unit.key).map((task) => ({ task, lead: task.units[0]?.key === unit.key }));
  const milestones = ctx.plan
    .milestonesOfUnit(unit.key)
    // Zone null: the unit's own report, not any zone's.
    .map((m) => milestoneLine(m, null, ctx.facts, ctx))
    .sort((a, b) => a.milestone.dueOn.localeCompare(b.milestone.dueOn) || a.milestone.position - b.milestone.position);
  return { unit, tasks, milestones, today: ctx.today };
}

export const unit: Command = {
  name: 'unit',
  aliases: ['单位', '责任单位'],
  help: (lang) => unitText(lang),
  async run(args, ctx) {
    const m = unitText(ctx.lang);
    // English names take several words: "Municipal Bureau of Commerce".
    const query = args.join(' ');
    if (!query) throw new UsageError(m.missing, common(ctx.lang).usage(commandLine(ctx.surface), m.usage));
    return unitView(duties(requireUnit(query, ctx), ctx), ctx.plan, ctx.lang);
  },
};
