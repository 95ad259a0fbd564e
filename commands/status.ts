import { zoneStatus } from '../src/domain/zone-status.js';
import { type CommandLine, commandLine } from '../src/i18n/command-line.js';
import { defineMessages } from '../src/i18n/lang.js';
import { statusView } from '../src/views/status.js';
import { requireZone } from './args.js';
import { type Command, UsageError } from './command.js';

const help = defineMessages({
  zh: {
    usage: 'status <开发区>',
    summary: '某个开发区的目标进度和节点任务',
    details: (line: CommandLine) =>
      `开发区可以用代号、全称、简称或别名，例如 ${line('status xuwei')}、${line('status 徐圩新区')}、${line('status 市开发区')}。`,
    missing: '请告诉我要查看哪个开发区。',
  },
  en: {
    usage: 'status <zone>',
    summary: "A zone's targets with progress, and its milestones",
    details: (line: CommandLine) =>
      `Name the zone by slug, Chinese full or short name, or alias, e.g. ${line('status xuwei')}, ${line('status 徐圩新区')}.`,
    missing: 'Which zone? Please name one.',
  },
});

export const status: Command = {
  name: 'status',
  aliases: ['状态', '进展', '情况'],
  help: (lang) => help(lang),
  async run(args, ctx) {
    const query = args.join(' ');
    if (!query) throw new UsageError(help(ctx.lang).missing, help(ctx.lang).details(commandLine(ctx.surface)));
    const zone = requireZone(query, ctx);
    return statusView(zoneStatus(ctx.plan, zone, ctx.facts, ctx), ctx.plan, ctx.lang);
  },
};
