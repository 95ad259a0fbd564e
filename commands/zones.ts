import { commandLine } from '../src/i18n/command-line.js';
import { zonesText } from '../src/i18n/messages/zones.js';
import { zonesView } from '../src/views/zones.js';
import { type Command, UsageError } from './command.js';

export const zones: Command = {
  name: 'zones',
  aliases: ['开发区', '园区'],
  help: (lang) => zonesText(lang),
  async run(args, ctx) {
    const m = zonesText(ctx.lang);
    const line = commandLine(ctx.surface);
    if (args.length) throw new UsageError(m.extra(line), m.details(line));
    return zonesView(ctx.plan.data.zones, ctx.lang, line);
  },
};
