import { zonesText } from '../src/i18n/messages/zones.js';
import { zonesView } from '../src/views/zones.js';
import { type Command, UsageError } from './command.js';

export const zones: Command = {
  name: 'zones',
  aliases: ['开发区', '园区'],
  help: (lang) => zonesText(lang),
  async run(args, ctx) {
    const m = zonesText(ctx.lang);
    if (args.length) throw new UsageError(m.extra, m.details);
    return zonesView(ctx.plan.data.zones, ctx.lang);
  },
};
