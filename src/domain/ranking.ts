import type { ZoneData } from '../plan/types.js';
import { applyAssessmentRules, type OfficialFlag } from './assessment-rules.js';
import type { Facts } from './facts.js';
import type { PlanIndex } from './plan-index.js';
import { factsAsOf } from './ranking-facts.js';
import {
  EARLY_WARNING_RULES,
  type EarlyWarning,
  type EarlyWarningRules,
  earlyWarnings,
  type RankChange,
  type RankSnapshot,
  rankChange,
  rankHistory,
} from './ranking-history.js';
import { type Month, monthEnd, previousMonth } from './ranking-month.js';
import { DEFAULT_WEIGHTS, type RankingWeights, scoreZone, type ZoneScore } from './ranking-score.js';
import type { Thresholds } from './thresholds.js';

export interface RankedZone extends ZoneScore {
  /** Standard competition ranking (1, 2, 2, 4) on the score as shown; null for a zone with no score. */
  rank: number | null;
  /** Null when the zone is not ranked, or there is no ranking of the month before to compare with. */
  change: RankChange | null;
  /** The bot's early warnings from its own monthly rankings: never the assessment's verdict. */
  warnings: EarlyWarning[];
  /** The plan's own assessment rules applied to the yearly provincial ranks. */
  official: OfficialFlag[];
}

/** A month's ranking: plain data, so it can be stored as posted and shown again later. */
export interface Ranking {
  month: Month;
  /** The day the ranking stands at: the month's last. */
  asOf: string;
  weights: RankingWeights;
  /** The runs the bot's early warnings were given for. */
  warningRules: EarlyWarningRules;
  /** Best first; ties in the order of their Chinese short names (pinyin); zones with no score last. */
  entries: RankedZone[];
  /** The latest year of provincial ranks the official flags rest on; null where the plan sets no assessment rule. */
  official: { year: number | null } | null;
}

export interface RankingInput {
  plan: PlanIndex;
  /** Today's facts: only what stood by the month's end counts. */
  facts: Facts;
  month: Month;
  thresholds: Thresholds;
  weights?: RankingWeights;
  /** Earlier monthly rankings, in any order: the month before gives the change, the runs give the warnings. */
  history?: readonly RankSnapshot[];
  warningRules?: EarlyWarningRules;
}

export function checkWeights(weights: RankingWeights): RankingWeights {
  const { targets, milestones } = weights;
  const fine = [targets, milestones].every((w) => Number.isFinite(w) && w >= 0) && targets + milestones > 0;
  if (!fine) throw new RangeError(`ranking weights must be non-negative and not both zero: ${targets}, ${milestones}`);
  return weights;
}

const byName = new Intl.Collator('zh-CN');

/** Best score first; ties, and the unscored at the end, in the order of the Chinese short names a board shows. */
function order(scores: { score: ZoneScore; zone: ZoneData }[]) {
  return [...scores].sort((a, b) => {
    const x = a.score.score ?? -1;
    const y = b.score.score ?? -1;
    return y - x || byName.compare(a.zone.shortName, b.zone.shortName);
  });
}

/** Ranks scores in order: a score equal to the one before shares its rank, and the next rank skips (1, 2, 2, 4). */
function competitionRanks(scores: (number | null)[]): (number | null)[] {
  // Sorted best first, so equal scores stand together and the first of them holds their rank.
  return scores.map((score) => (score === null ? null : scores.indexOf(score) + 1));
}

/**
 * Every zone of the plan scored and ranked as of the end of `month`: its own
 * targets against 序时进度 (past their dates, their final verdicts) and its
 * milestones done on time, weighted; the change since the month before; the
 * bot's early warnings on its monthly runs; and the plan's assessment rules
 * applied to the provincial ranks.
 */
export function monthlyRanking(input: RankingInput): Ranking {
  const { plan, month, thresholds } = input;
  const weights = checkWeights(input.weights ?? DEFAULT_WEIGHTS);
  const warningRules = input.warningRules ?? EARLY_WARNING_RULES;
  const asOf = monthEnd(month);
  const facts: Facts = factsAsOf(input.facts, asOf);
  const judging = { today: asOf, thresholds };
  const zones = plan.data.zones;
  const scored = order(zones.map((zone) => ({ zone, score: scoreZone(plan, zone, facts, judging, weights) })));
  const ranks = competitionRanks(scored.map((s) => s.score.score));

  const history = rankHistory(input.history ?? []);
  const before = history.get(previousMonth(month));
  const official = applyAssessmentRules(
    plan,
    zones.map((z) => z.slug),
    facts,
    asOf,
  );
  const entries = scored.map(({ score }, i): RankedZone => {
    const rank = ranks[i] ?? null;
    return {
      ...score,
      rank,
      change: rank === null || !before ? null : rankChange(rank, before.get(score.zone)),
      warnings: rank === null ? [] : earlyWarnings(score.zone, month, rank, history, warningRules),
      official: official?.flags.filter((f) => f.zone === score.zone) ?? [],
    };
  });
  return { month, asOf, weights, warningRules, entries, official: official && { year: official.year } };
}
