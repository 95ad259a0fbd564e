import type { AssessmentRules, IndicatorData } from '../plan/types.js';
import { finalPeriods } from './final-reading.js';
import { yearOf } from './periods.js';
import type { PlanIndex } from './plan-index.js';
import type { FigureSource } from './progress.js';
import { periodEnd } from './schedule.js';

/** 约谈整改 (called to account) or 通报表彰 (commended), as the plan's assessment rules give them. */
export type OfficialRule = 'interview' | 'commendation';

/** One year's move in the assessment: the figure the year before and that year's (for a rank, its places). */
export interface YearMove {
  year: number;
  from: number;
  to: number;
}

/** A rule a zone's yearly figures meet, with the run of years it rests on, oldest first. */
export interface OfficialFlag {
  zone: string;
  rule: OfficialRule;
  moves: YearMove[];
}

export interface OfficialAssessment {
  /** The latest year with an assessment figure by the day asked about; null before any. */
  year: number | null;
  /** In the order of the zones asked about. */
  flags: OfficialFlag[];
}

/** Each year's figure: its annual one, else its December, as a yearly target reads a year. */
export function yearlyFigures(
  source: FigureSource,
  zone: string,
  indicator: string,
  asOf: string,
): Map<number, number> {
  const series = source.series(zone, indicator).filter((o) => periodEnd(o.period) <= asOf);
  const out = new Map<number, number>();
  for (const o of series) {
    const year = yearOf(o.period);
    const wanted = finalPeriods(`${year}-12-31`);
    const best = wanted.map((p) => series.find((s) => s.period === p)).find((s) => s !== undefined);
    if (best) out.set(year, best.value);
  }
  return out;
}

/**
 * The run of moves one way that ends in `lastYear`: each a year whose figure
 * is better (rose) or worse (fell) than the year before. A year held, or one
 * without its figure or the year before's, ends the run.
 */
function runTo(values: Map<number, number>, lastYear: number, rising: boolean, indicator: IndicatorData): YearMove[] {
  const moves: YearMove[] = [];
  for (let year = lastYear; ; year--) {
    const to = values.get(year);
    const from = values.get(year - 1);
    if (to === undefined || from === undefined || to === from) break;
    const better = indicator.lowerIsBetter ? to < from : to > from;
    if (better !== rising) break;
    moves.unshift({ year, from, to });
  }
  return moves;
}

interface Check {
  rule: OfficialRule;
  run: number;
  indicator: IndicatorData;
}

function checksOf(rules: AssessmentRules, plan: PlanIndex): Check[] {
  const { interview, commendation } = rules;
  return [
    ...(interview ? [{ rule: 'interview' as const, run: interview.fallsInARow, key: interview.indicator }] : []),
    ...(commendation
      ? [{ rule: 'commendation' as const, run: commendation.risesInARow, key: commendation.indicator }]
      : []),
  ].map(({ rule, run, key }) => ({ rule, run, indicator: plan.indicator(key) }));
}

/** One rule over every zone, judged on the latest year any of them has a figure for. */
function apply(check: Check, zones: string[], source: FigureSource, asOf: string) {
  const values = zones.map((zone) => ({ zone, byYear: yearlyFigures(source, zone, check.indicator.key, asOf) }));
  const years = values.flatMap((v) => [...v.byYear.keys()]);
  if (years.length === 0) return { year: null, flags: [] };
  const year = Math.max(...years);
  const flags = values
    .map(({ zone, byYear }) => ({
      zone,
      rule: check.rule,
      moves: runTo(byYear, year, check.rule === 'commendation', check.indicator),
    }))
    .filter((f) => f.moves.length >= check.run);
  return { year, flags };
}

/**
 * Applies 组织保障 (二)'s rules to the zones' yearly assessment figures (the
 * provincial rank, where a smaller number is better) as of `asOf`: falling
 * `fallsInARow` years running to the latest assessed year calls for 约谈整改,
 * rising `risesInARow` years running for 通报表彰. A zone without the latest
 * year's figure meets neither. Null where the plan sets no rule.
 */
export function applyAssessmentRules(
  plan: PlanIndex,
  zones: string[],
  source: FigureSource,
  asOf: string,
): OfficialAssessment | null {
  const rules = plan.data.assessmentRules;
  if (!rules) return null;
  const applied = checksOf(rules, plan).map((check) => apply(check, zones, source, asOf));
  const position = new Map(zones.map((z, i) => [z, i]));
  const flags = applied
    .flatMap((a) => a.flags)
    .sort((a, b) => (position.get(a.zone) ?? 0) - (position.get(b.zone) ?? 0));
  const years = applied.map((a) => a.year).filter((y) => y !== null);
  return { year: years.length ? Math.max(...years) : null, flags };
}
