import type { ledgerChunks } from '../src/domain/ledger.js';
import { formatDate } from '../src/i18n/format.js';
import { ledgerText } from '../src/i18n/messages/ledger.js';
import { reply, section } from '../src/views/blocks.js';
import { subjectShort } from '../src/views/names.js';
import { subjectKey } from '../src/views/report-figure.js';
import { requireSubject } from './args.js';
import type { Command } from './command.js';

/** The ledger's CSV, its writer loaded for an export rather than at every start. */
async function* ledgerFile(...args: Parameters<typeof ledgerChunks>): AsyncGenerator<string> {
  const { ledgerChunks } = await import('../src/domain/ledger.js');
  yield* ledgerChunks(...args);
}

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
    const subject = words.length ? requireSubject(words.join(' '), ctx) : undefined;
    const key = subject && subjectKey(subject);
    const { ledger } = ctx.services;
    const counts = await ledger.counts(ctx.plan, key);
    const made = m.exported(counts.figures, counts.progress);
    const text = ctx.surface === 'terminal' ? made : `${made}${share ? m.sentHere : m.sentToYou}`;
    const scope = key ? subjectShort(ctx.plan, key, ctx.lang) : m.allZones;
    return {
      ...reply(text, [section(text)]),
      file: {
        filename: `zonebot-ledger-${key ?? 'all'}-${ctx.today}.csv`,
        title: m.fileTitle(scope, formatDate(ctx.today, ctx.lang)),
        content: () => ledgerFile(ctx.plan, ledger.batches(ctx.plan, key), m.csv, ctx.lang),
        share,
      },
    };
  },
};
