import { commandLine } from '../src/i18n/command-line.js';
import { plansText } from '../src/i18n/messages/plans.js';
import { plansView } from '../src/views/plans.js';
import { type Command, UsageError } from './command.js';

export const plans: Command = {
  name: 'plans',
  aliases: ['方案', '规划'],
  help: (lang) => plansText(lang),
  async run(args, ctx) {
    const m = plansText(ctx.lang);
    const line = commandLine(ctx.surface);
    if (args.length) throw new UsageError(m.extra(line), m.details(line));
    const all = await ctx.services.plan.all();
    return plansView(all, await ctx.services.plan.on(ctx.today), ctx.today, ctx.lang, line);
  },
};
