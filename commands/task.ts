import { summarizeTarget } from '../src/domain/target-summary.js';
import { taskMilestones } from '../src/domain/task-filter.js';
import { commandLine } from '../src/i18n/command-line.js';
import { taskText } from '../src/i18n/messages/task.js';
import type { TaskData } from '../src/plan/types.js';
import { taskView } from '../src/views/task.js';
import { taskNumber } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

/** Words that may stand apart from the number they belong to: 任务 十九, 第 19 项. */
const BEFORE = new Set(['#', '任务', '第', '任务第']);
const AFTER = '项';

/** The words that spell one task number, run together, and whatever follows them. */
function numberWords(args: string[]): { token: string; rest: string[] } {
  let end = 1;
  while (end < args.length && BEFORE.has(args.slice(0, end).join(''))) end++;
  if (args[end] === AFTER) end++;
  return { token: args.slice(0, end).join(''), rest: args.slice(end) };
}

function requireTask(args: string[], ctx: CommandContext): TaskData {
  const m = taskText(ctx.lang);
  const count = ctx.plan.taskCount;
  const range = m.range(commandLine(ctx.surface), count);
  if (args.length === 0) throw new UsageError(m.missing, range);
  const { token, rest } = numberWords(args);
  const { written, number: n } = taskNumber(token);
  if (n === null) throw new UsageError(m.notNumber(token), range);
  const found = ctx.plan.task(n);
  if (!found) throw new UsageError(m.outOfRange(written, count), range);
  if (rest.length) throw new UsageError(m.extra(rest.join(' ')), range);
  return found;
}

export const task: Command = {
  name: 'task',
  aliases: ['任务'],
  help: (lang) => taskText(lang),
  async run(args, ctx) {
    const found = requireTask(args, ctx);
    const milestones = taskMilestones(ctx.plan, found.number, ctx.facts, ctx, null);
    const targets = ctx.plan.targetsOfTask(found.number).map((t) => summarizeTarget(ctx.plan, t, ctx.facts, ctx));
    return taskView({ task: found, milestones, targets, today: ctx.today }, ctx.plan, ctx.lang);
  },
};
