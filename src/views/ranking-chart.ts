import type { RankingChartInput, RankingRow } from '../charts/ranking-chart.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { Ranking } from '../domain/ranking.js';
import { formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { rankingText } from '../i18n/messages/ranking.js';
import { zoneShort } from './names.js';

/** A ranking as its chart draws it: the ranked zones, their scores and their move since last month. */
export function rankingChartInput(ranking: Ranking, plan: PlanIndex, lang: Lang, page = 1): RankingChartInput | null {
  const rows: RankingRow[] = ranking.entries.flatMap((e) => {
    if (e.rank === null || e.score === null) return [];
    const zone = plan.zone(e.zone);
    const change =
      e.change === null || e.change.kind === 'new'
        ? ('new' as const)
        : e.change.kind === 'same'
          ? 0
          : e.change.kind === 'up'
            ? e.change.places
            : -e.change.places;
    return [{ zone: zone ? zoneShort(zone, lang) : e.zone, score: e.score, rank: e.rank, change }];
  });
  if (!rows.length) return null;
  const m = rankingText(lang);
  return { title: m.title(formatPeriod(ranking.month, lang)), subtitle: m.chartSubtitle, lang, rows, page };
}
