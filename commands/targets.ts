import { foldName } from '../src/domain/names.js';
import { summarizeTargets } from '../src/domain/target-summary.js';
import { zoneStatus } from '../src/domain/zone-status.js';
import { commandLine } from '../src/i18n/command-line.js';
import { common } from '../src/i18n/messages/common.js';
import { targetsListText } from '../src/i18n/messages/targets-list.js';
import type { ZoneData } from '../src/plan/types.js';
import { targetsView, zoneTargetsView } from '../src/views/targets.js';
import { requireZone } from './args.js';
import { type Command, UsageError } from './command.js';

const namesOf = (z: ZoneData) => [z.slug, z.name, z.shortName, z.nameEn, ...z.aliases].map(foldName);

export const target: Command = {
  name: 'targets',
  aliases: ['目标', '指标'],
  help: (lang) => targetsListText(lang),
  async run(args, ctx) {
    const line = commandLine(ctx.surface);
    if (!args.length) return targetsView(summarizeTargets(ctx.plan, ctx.facts, ctx), ctx.plan, ctx.lang, ctx, line);
    const typed = args.join(' ');
    const zone = requireZone(typed, ctx);
    // Only a whole name may span words (Xuwei New Area): "xuwei extra" would
    // otherwise find Xuwei by its first word and drop the rest unread.
    if (args.length > 1 && !namesOf(zone).includes(foldName(typed))) {
      const m = targetsListText(ctx.lang);
      throw new UsageError(m.extra(line, typed), common(ctx.lang).usage(line, m.usage));
    }
    return zoneTargetsView(zoneStatus(ctx.plan, zone, ctx.facts, ctx), ctx.plan, ctx.lang);
  },
};
