import type { OfficialFlag } from '../domain/assessment-rules.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { RankedZone } from '../domain/ranking.js';
import type { Correction } from '../domain/ranking-corrections.js';
import type { EarlyWarning, RankChange } from '../domain/ranking-history.js';
import type { RankingWeights } from '../domain/ranking-score.js';
import { formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { rankingText } from '../i18n/messages/ranking.js';
import { bold } from './mrkdwn.js';
import { zoneShort } from './names.js';

/** A score always to one decimal, as it was ranked on: 73.5, 70.0. */
export function formatScore(score: number, lang: Lang): string {
  return score.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** Each part's share of the weight, as a percentage: 0.7 / 0.3 → 70% / 30%. */
export function weightShares(weights: RankingWeights, lang: Lang): { targets: string; milestones: string } {
  const sum = weights.targets + weights.milestones;
  return {
    targets: formatPercent((weights.targets * 100) / sum, lang),
    milestones: formatPercent((weights.milestones * 100) / sum, lang),
  };
}

/** A zone by its short name; a stored ranking may name one the plan no longer has, by its slug. */
export function zoneLabel(slug: string, plan: PlanIndex, lang: Lang): string {
  const zone = plan.zone(slug);
  return zone ? zoneShort(zone, lang) : slug;
}

export function rankLabel(rank: number | null, tied: boolean, lang: Lang): string {
  const m = rankingText(lang);
  return rank === null ? m.unranked : m.rank(rank, tied);
}

export function changeText(change: RankChange, lang: Lang): string {
  const m = rankingText(lang);
  switch (change.kind) {
    case 'up':
      return m.up(change.places);
    case 'down':
      return m.down(change.places);
    case 'same':
      return m.same;
    case 'new':
      return m.new;
  }
}

export function warningText(warning: EarlyWarning, lang: Lang): string {
  const m = rankingText(lang);
  const months = warning.moves.length;
  return warning.kind === 'interview_warning' ? m.interviewWarning(months) : m.commendationCandidate(months);
}

/** 第1名 徐圩新区 · 73.5分（目标 80.0 · 节点 58.3） · 进位 ↑2 · ⚠️ … · 🏛 约谈整改 */
export function zoneLine(entry: RankedZone, tied: boolean, plan: PlanIndex, lang: Lang): string {
  const m = rankingText(lang);
  const part = (score: number | null) => (score === null ? m.noPart : formatScore(score, lang));
  const name = zoneLabel(entry.zone, plan, lang);
  const score =
    entry.score === null
      ? m.unscored
      : `${bold(m.score(formatScore(entry.score, lang)))}${m.parts(part(entry.targets.score), part(entry.milestones.score))}`;
  const extras = [
    ...(entry.change ? [changeText(entry.change, lang)] : []),
    ...entry.warnings.map((w) => warningText(w, lang)),
    ...entry.official.map((f) => m.officialTag[f.rule]),
  ];
  return [`${bold(rankLabel(entry.rank, tied, lang))} ${name}`, score, ...extras].join(' · ');
}

/** • 徐圩新区：约谈整改 — 2023年 第5位→第7位，2024年 第7位→第9位 */
export function officialLine(flag: OfficialFlag, plan: PlanIndex, lang: Lang): string {
  const m = rankingText(lang);
  const moves = flag.moves.map((v) => m.move(v.year, v.from, v.to)).join(m.moveSeparator);
  return m.officialLine(zoneLabel(flag.zone, plan, lang), m.rule[flag.rule], moves);
}

/** • 徐圩新区 得分 71.2 → 73.5，名次 第3名 → 第2名 */
export function correctionLine(correction: Correction, plan: PlanIndex, lang: Lang): string {
  const m = rankingText(lang);
  const score = (s: number | null) => (s === null ? m.noPart : formatScore(s, lang));
  const rank = (r: number | null) => rankLabel(r, false, lang);
  const changes = [
    ...(correction.score ? [m.scoreChange(score(correction.score.from), score(correction.score.to))] : []),
    ...(correction.rank ? [m.rankChange(rank(correction.rank.from), rank(correction.rank.to))] : []),
  ];
  return m.correction(zoneLabel(correction.zone, plan, lang), changes.join(m.changeSeparator));
}
