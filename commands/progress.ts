import { decide } from '../src/domain/permissions.js';
import { commandLine } from '../src/i18n/command-line.js';
import { common } from '../src/i18n/messages/common.js';
import { progressText } from '../src/i18n/messages/progress.js';
import { authorize } from '../src/services/authorize.js';
import { reply } from '../src/views/blocks.js';
import { taskTitle } from '../src/views/names.js';
import { progressModal } from '../src/views/report-progress.js';
import { requireZone, taskNumber } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

/** Words for the obligations of 组织保障 (yearly meetings), which belong to no task. */
const ORGANISATION = new Set(['org', '组织保障', '会议']);

/** The milestones a progress form is for: one task's, or the task-less ones of 组织保障. */
function requireSubject(word: string | undefined, ctx: CommandContext) {
  const m = progressText(ctx.lang);
  if (word && ORGANISATION.has(word.toLowerCase())) {
    return {
      task: null,
      heading: m.organisation,
      milestones: ctx.plan.data.milestones.filter((ms) => ms.task === null),
    };
  }
  const task = ctx.plan.task(taskNumber(word ?? '').number ?? 0);
  const line = commandLine(ctx.surface);
  if (!task) throw new UsageError(m.missing(line), line(m.usage));
  const heading = `${common(ctx.lang).task(task.number)} · ${taskTitle(task, ctx.lang)}`;
  return { task: task.number, heading, milestones: ctx.plan.milestonesOfTask(task.number) };
}

/** `/zone progress <task> [zone]`: the milestone progress form, for those who may report on that task. */
export const progress: Command = {
  name: 'progress',
  aliases: ['进展', '更新进展'],
  live: true,
  opensModal: true,
  help: (lang) => progressText(lang),
  async run(args, ctx) {
    const m = progressText(ctx.lang);
    if (ctx.surface === 'terminal') throw new UsageError(m.terminal);
    const { task, heading, milestones } = requireSubject(args[0], ctx);
    const wanted = args.length > 1 ? requireZone(args.slice(1).join(' '), ctx).slug : null;
    const [first] = milestones;
    if (!first) throw new UsageError(m.noMilestones(task ?? 0));
    const may = (milestone: (typeof milestones)[number], zone: string | null) =>
      decide(ctx.plan, ctx.actor, { kind: 'report_milestone', milestone, zone }).allowed;
    const zones = ctx.plan.data.zones
      .map((z) => z.slug)
      .filter((slug) => milestones.some((ms) => ms.zones.includes(slug) && may(ms, slug)));
    const unitItself = milestones.some((ms) => ms.units.length > 0 && may(ms, null));
    if (!zones.length && !unitItself) {
      await authorize(ctx.plan, ctx.services.roles, ctx.actor, {
        kind: 'report_milestone',
        milestone: first,
        zone: wanted ?? first.zones[0] ?? null,
      });
    }
    const modal = progressModal({
      plan: ctx.plan,
      heading,
      milestones,
      zones,
      unitItself,
      initialZone: wanted,
      lang: ctx.lang,
    });
    return { ...reply(m.title, []), modal };
  },
};
