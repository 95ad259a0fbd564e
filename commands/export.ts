import { ledgerChunks } from '../src/domain/ledger.js';
import { formatDate } from '../src/i18n/format.js';
import { ledgerText } from '../src/i18n/messages/ledger.js';
import { reply, section } from '../src/views/blocks.js';
import { zoneShort } from '../src/views/names.js';
import { requireZone } from './args.js';
import type { Command } from './command.js';

/** Words that post the ledger for everyone in the conversation instead of to the asker alone. */
const SHARE = new Set(['share', '分享', '共享', '发到频道']);

/**
 * `/zone export [zone] [share]`: the 台账 as a CSV file. The reply is seen by
 * the asker only, and so is the file: it goes to their DM with the bot, unless
 * they ask to share it where they asked.
 */
export const exportLedger: Command = {
  name: 'export',
  aliases: ['导出', '台账'],
  // The ledger lists every revision and who entered it, which the cached facts do not hold.
  live: true,
  help: (lang) => ledgerText(lang).exportHelp,
  async run(args, ctx) {
    const m = ledgerText(ctx.lang);
    const share = args.some((a) => SHARE.has(a.toLowerCase()));
    const words = args.filter((a) => !SHARE.has(a.toLowerCase()));
    const zone = words.length ? requireZone(words.join(' '), ctx) : undefined;
    const { ledger } = ctx.services;
    const counts = await ledger.counts(ctx.plan, zone?.slug);
    const made = m.exported(counts.figures, counts.progress);
    const text = ctx.surface === 'terminal' ? made : `${made}${share ? m.sentHere : m.sentToYou}`;
    const scope = zone ? zoneShort(zone, ctx.lang) : m.allZones;
    return {
      ...reply(text, [section(text)]),
      file: {
        filename: `zonebot-ledger-${zone?.slug ?? 'all'}-${ctx.today}.csv`,
        title: m.fileTitle(scope, formatDate(ctx.today, ctx.lang)),
        content: () => ledgerChunks(ctx.plan, ledger.batches(ctx.plan, zone?.slug), m.csv, ctx.lang),
        share,
      },
    };
  },
};
