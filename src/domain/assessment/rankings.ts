import { applyAssessmentRules, type OfficialFlag, yearlyFigures } from '../assessment-rules.js';
import type { Facts } from '../facts.js';
import type { PlanIndex } from '../plan-index.js';
import type { Ranking } from '../ranking.js';
import { type RankChange, rankChange } from '../ranking-history.js';
import type { Month } from '../ranking-month.js';

/** The indicator the plan's assessment reads: the provincial rank (省级开发区综合考评位次). */
export const PROVINCIAL_RANK = 'provincial_rank';

/** A ranking the assessment rests on: a year's December one (or, for a running plan, the latest month's). */
export interface AssessedRanking {
  ranking: Ranking;
  /** As it was posted to Slack, rather than computed for the report. */
  posted: boolean;
}

/** One zone in one of those rankings, with its move since the one before and the year's provincial figures. */
export interface ZoneYear {
  month: Month;
  rank: number | null;
  score: number | null;
  tied: boolean;
  /** Against the ranking before it in the report (the December before); null for the first. */
  change: RankChange | null;
  /** The year's provincial rank as reported; null where none was. */
  provincialRank: number | null;
  /** The plan's rules that the provincial ranks up to this year meet, with the run of years each rests on. */
  flags: OfficialFlag[];
}

/** The zones the plan's rules single out in a year, as of that year's provincial ranks. */
export interface YearFlags {
  year: number;
  flags: OfficialFlag[];
}

/** Each year whose provincial ranks have come in by `judgedOn`, with the zones that meet a rule that year. */
export function flagsByYear(plan: PlanIndex, zones: string[], facts: Facts, judgedOn: string): YearFlags[] | null {
  if (!plan.data.assessmentRules) return null;
  const out: YearFlags[] = [];
  const first = Number(plan.startsOn.slice(0, 4));
  const last = Number(plan.endsOn.slice(0, 4));
  for (let year = first; year <= last && `${year}-12-31` <= judgedOn; year++) {
    const applied = applyAssessmentRules(plan, zones, facts, `${year}-12-31`);
    // A year nobody has a figure for is judged on an earlier one: it is no year of its own.
    if (applied?.year === year) out.push({ year, flags: applied.flags });
  }
  return out;
}

/** One zone's line in each ranking, oldest first, with the provincial rank and the rules it met that year. */
export function zoneYears(
  zone: string,
  rankings: readonly AssessedRanking[],
  provincial: Map<number, number>,
  flags: readonly YearFlags[],
): ZoneYear[] {
  let before: Ranking | null = null;
  return rankings.map(({ ranking }): ZoneYear => {
    const entry = ranking.entries.find((e) => e.zone === zone);
    const rank = entry?.rank ?? null;
    const prior = before?.entries.find((e) => e.zone === zone);
    before = ranking;
    const year = Number(ranking.month.slice(0, 4));
    // A running year's latest month has no provincial figure of its own yet: those come for whole years.
    const december = ranking.month.endsWith('-12');
    const ofYear = december ? flags.find((f) => f.year === year)?.flags : undefined;
    return {
      month: ranking.month,
      rank,
      score: entry?.score ?? null,
      tied: rank !== null && ranking.entries.filter((e) => e.rank === rank).length > 1,
      change: rank === null || prior === undefined ? null : rankChange(rank, prior.rank),
      provincialRank: december ? (provincial.get(year) ?? null) : null,
      flags: (ofYear ?? []).filter((f) => f.zone === zone),
    };
  });
}

/** The zone's provincial rank by year, as reported by `judgedOn`. */
export function provincialRanks(plan: PlanIndex, zone: string, facts: Facts, judgedOn: string): Map<number, number> {
  const tracked = plan.data.indicators.some((i) => i.key === PROVINCIAL_RANK);
  return tracked ? yearlyFigures(facts, zone, PROVINCIAL_RANK, judgedOn) : new Map();
}
