import { summarizeTarget } from '../src/domain/target-summary.js';
import { taskMilestones } from '../src/domain/task-filter.js';
import { taskText } from '../src/i18n/messages/task.js';
import type { TaskData } from '../src/plan/types.js';
import { taskView } from '../src/views/task.js';
import { wholeNumber } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

// People copy numbers as the plan and chats write them: 19, #19, 任务19, 第19项.
const TASK_NUMBER = /^(?:#|任务|第)?(\d+)项?$/u;

function requireTask(args: string[], ctx: CommandContext): TaskData {
  const m = taskText(ctx.lang);
  const count = ctx.plan.taskCount;
  const [token, ...rest] = args;
  if (token === undefined) throw new UsageError(m.missing, m.range(count));
  const digits = TASK_NUMBER.exec(token)?.[1];
  if (digits === undefined) throw new UsageError(m.notNumber(token), m.range(count));
  const n = wholeNumber(digits);
  const found = n === null ? undefined : ctx.plan.task(n);
  if (!found) throw new UsageError(m.outOfRange(digits, count), m.range(count));
  if (rest.length) throw new UsageError(m.extra(rest.join(' ')), m.range(count));
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
