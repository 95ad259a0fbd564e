import { prepareRankingCharts, rankingPageCount, renderRankingCharts } from '../charts/ranking-chart.js';
import { localDate } from '../domain/dates.js';
import { DEFAULT_LANG } from '../domain/lang.js';
import { lastClosedMonth } from '../domain/ranking-month.js';
import { formatPeriod } from '../i18n/format.js';
import { jobsText } from '../i18n/messages/jobs.js';
import { rankingText } from '../i18n/messages/ranking.js';
import type { RankingRecord } from '../services/ranking-service.js';
import { reply, section } from '../views/blocks.js';
import { rankingView } from '../views/ranking.js';
import { rankingChartInput } from '../views/ranking-chart.js';
import type { Job } from './job.js';
import { adminNotice } from './notices.js';
import type { Outgoing } from './outgoing.js';

export const RANKINGS_TARGET = 'rankings';

/**
 * The monthly ranking: on its day, last month's ranking to the rankings
 * channel, as a message and as a chart; after the plan's end, the final
 * ranking of its last month, once. Each is kept as posted.
 */
export const ranking: Job = {
  name: 'ranking',
  async run(deps, at, plan) {
    const today = localDate(at);
    const { key, startsOn, endsOn } = plan.data.plan;
    const ended = today > endsOn;
    const month = ended ? endsOn.slice(0, 7) : lastClosedMonth(today);
    const period = ended ? 'final' : month;
    if (month < startsOn.slice(0, 7)) return [];
    // Posted once: its chart is drawn only for a ranking not posted yet.
    if (await deps.services.posts.find({ planKey: key, job: 'ranking', period, target: RANKINGS_TARGET })) return [];
    const channel = await deps.services.channels.channel('rankings');
    if (!channel) return adminNotice(deps, 'no-channel:rankings', (lang) => jobsText(lang).noChannel('rankings'));
    // The chart's packages load in their own process while the ranking is worked out.
    prepareRankingCharts();
    const computed = await deps.services.ranking.compute(plan, month);
    const record: RankingRecord = { ranking: computed };
    const lang = DEFAULT_LANG;
    const message = rankingView(computed, plan, lang);
    const first = rankingChartInput(computed, plan, lang);
    const out: Outgoing[] = [{ job: 'ranking', period, target: RANKINGS_TARGET, channel, message, record }];
    if (!first) return out;
    const pages = rankingPageCount(first.rows.length);
    const title = rankingText(lang).title(formatPeriod(month, lang));
    // All pages in one go: each drawing loads the chart packages afresh in a process of its own.
    const pngs = await renderRankingCharts(Array.from({ length: pages }, (_, i) => ({ ...first, page: i + 1 })));
    for (const [i, content] of pngs.entries()) {
      const page = i + 1;
      const file = { filename: `ranking-${month}${pages > 1 ? `-${page}` : ''}.png`, title, content };
      if (page === 1) out[0] = { ...(out[0] as Outgoing), file };
      else
        out.push({
          job: 'ranking',
          period,
          target: `${RANKINGS_TARGET}#${page}`,
          channel,
          message: reply(title, [section(title)]),
          file,
        });
    }
    return out;
  },
};
