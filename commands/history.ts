import { foldName } from '../src/domain/names.js';
import { decide } from '../src/domain/permissions.js';
import { commandLine } from '../src/i18n/command-line.js';
import { historyText } from '../src/i18n/messages/history.js';
import { historyView } from '../src/views/history.js';
import { zoneName } from '../src/views/names.js';
import { requireZone } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

const CITY_WORDS = new Set(['全市', 'city', '城市']);

function requireIndicator(query: string, ctx: CommandContext): string {
  const q = foldName(query);
  const found = ctx.plan.data.indicators.find((i) => [i.key, i.name, i.nameEn].some((n) => foldName(n) === q));
  if (found) return found.key;
  const m = historyText(ctx.lang);
  const list = ctx.plan.data.indicators.map((i) => (ctx.lang === 'zh' ? i.name : i.key)).join(' · ');
  throw new UsageError(m.unknownIndicator(query), m.indicatorHint(list));
}

/** `/zone history <zone|全市> [indicator]`: the whole trail, read from the database each time. */
export const history: Command = {
  name: 'history',
  aliases: ['记录', '历史'],
  live: true,
  help: (lang) => historyText(lang),
  async run(args, ctx) {
    const m = historyText(ctx.lang);
    const [first, ...rest] = args;
    if (!first) throw new UsageError(m.missing(commandLine(ctx.surface)));
    const city = CITY_WORDS.has(first.toLowerCase());
    const zone = city ? null : requireZone(first, ctx);
    const indicator = rest.length ? requireIndicator(rest.join(' '), ctx) : undefined;
    const [revisions, progress, notes] = await Promise.all([
      ctx.services.figures.history(ctx.plan, { zone: zone?.slug ?? null, ...(indicator ? { indicator } : {}) }),
      indicator ? Promise.resolve([]) : ctx.services.progress.history(ctx.plan.key, zone?.slug ?? null),
      indicator ? Promise.resolve([]) : ctx.services.progress.notes(ctx.plan.key, zone?.slug ?? null),
    ]);
    const canVerify = (indicator: string) => decide(ctx.plan, ctx.actor, { kind: 'verify_figure', indicator }).allowed;
    return historyView(
      zone ? zoneName(zone, ctx.lang) : m.city,
      revisions,
      progress,
      ctx.plan,
      ctx.lang,
      canVerify,
      notes,
    );
  },
};
