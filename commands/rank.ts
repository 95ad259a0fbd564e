import { renderRankingChart } from '../src/charts/ranking-chart.js';
import { rankingCorrections } from '../src/domain/ranking-corrections.js';
import { isMonth, lastClosedMonth, type Month } from '../src/domain/ranking-month.js';
import { commandLine } from '../src/i18n/command-line.js';
import { formatPeriod } from '../src/i18n/format.js';
import { rankCommandText } from '../src/i18n/messages/rank-command.js';
import { rankingText } from '../src/i18n/messages/ranking.js';
import { context } from '../src/views/blocks.js';
import { rankingView } from '../src/views/ranking.js';
import { rankingChartInput } from '../src/views/ranking-chart.js';
import { type Command, type CommandContext, UsageError } from './command.js';

const SHARE = new Set(['share', '分享', '共享']);

/** The month asked for: YYYY-MM or 2025年6月; by default the last one ended, or the plan's last once it is over. */
function requireMonth(word: string | undefined, ctx: CommandContext): { month: Month; final: boolean } {
  const m = rankCommandText(ctx.lang);
  const { startsOn, endsOn } = ctx.plan.data.plan;
  const last = ctx.today > endsOn ? endsOn.slice(0, 7) : lastClosedMonth(ctx.today);
  if (word === undefined) return { month: last, final: ctx.today > endsOn };
  const cn = /^(\d{4})年(\d{1,2})月$/u.exec(word);
  const month = cn ? `${cn[1]}-${String(cn[2]).padStart(2, '0')}` : word;
  if (!isMonth(month)) throw new UsageError(m.badMonth(word), m.details(commandLine(ctx.surface)));
  if (month < startsOn.slice(0, 7) || month > last) {
    throw new UsageError(m.outOfPlan(formatPeriod(startsOn.slice(0, 7), ctx.lang), formatPeriod(last, ctx.lang)));
  }
  return { month, final: month === endsOn.slice(0, 7) && ctx.today > endsOn };
}

/** `/zone rank [YYYY-MM] [share]`: a month's ranking, as posted with any corrections since, or as it stands. */
export const rank: Command = {
  name: 'rank',
  aliases: ['排名', '排行'],
  live: true,
  help: (lang) => rankCommandText(lang),
  async run(args, ctx) {
    const share = args.some((a) => SHARE.has(a.toLowerCase()));
    const words = args.filter((a) => !SHARE.has(a.toLowerCase()));
    if (words.length > 1) throw new UsageError(rankCommandText(ctx.lang).badMonth(words.join(' ')));
    const { month, final } = requireMonth(words[0], ctx);
    const { ranking: service } = ctx.services;
    const [posted, now] = await Promise.all([
      service.posted(ctx.plan, final ? 'final' : month),
      service.compute(ctx.plan, month),
    ]);
    const shown = posted ?? now;
    const reply = rankingView(
      shown,
      ctx.plan,
      ctx.lang,
      posted ? { corrections: rankingCorrections(posted, now) } : {},
    );
    if (!posted) reply.blocks.splice(1, 0, context(rankCommandText(ctx.lang).notPosted));
    const chart = rankingChartInput(shown, ctx.plan, ctx.lang);
    if (!chart) return reply;
    const title = rankingText(ctx.lang).title(formatPeriod(month, ctx.lang));
    return {
      ...reply,
      file: { filename: `ranking-${month}.png`, title, content: await renderRankingChart(chart), share },
    };
  },
};
