import { ledgerCsv } from '../src/domain/ledger.js';
import { formatDate } from '../src/i18n/format.js';
import { ledgerText } from '../src/i18n/messages/ledger.js';
import { reply, section } from '../src/views/blocks.js';
import { zoneShort } from '../src/views/names.js';
import { requireZone } from './args.js';
import type { Command } from './command.js';

/** `/zone export [zone]`: the 台账 as a CSV file, uploaded in Slack and written out in a terminal. */
export const exportLedger: Command = {
  name: 'export',
  aliases: ['导出', '台账'],
  // The ledger lists every revision and who entered it, which the cached facts do not hold.
  live: true,
  help: (lang) => ledgerText(lang).exportHelp,
  async run(args, ctx) {
    const m = ledgerText(ctx.lang);
    const zone = args.length ? requireZone(args.join(' '), ctx) : undefined;
    const records = await ctx.services.ledger.records(zone?.slug);
    const text = m.exported(records.figures.length, records.progress.length);
    const scope = zone ? zoneShort(zone, ctx.lang) : m.allZones;
    return {
      ...reply(text, [section(text)]),
      file: {
        filename: `zonebot-ledger-${zone?.slug ?? 'all'}-${ctx.today}.csv`,
        title: m.fileTitle(scope, formatDate(ctx.today, ctx.lang)),
        content: ledgerCsv(ctx.plan, records, m.csv, ctx.lang),
      },
    };
  },
};
