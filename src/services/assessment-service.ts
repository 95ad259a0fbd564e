import type { AssessedRanking } from '../domain/assessment/rankings.js';
import { type AssessmentReport, buildAssessment } from '../domain/assessment/report.js';
import { addDays, localDate, startOfDay } from '../domain/dates.js';
import type { Facts } from '../domain/facts.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { lastClosedMonth, type Month } from '../domain/ranking-month.js';
import type { Thresholds } from '../domain/thresholds.js';
import type { FactsService } from './facts-service.js';
import type { RankingService } from './ranking-service.js';

/** The last instant of a Shanghai calendar day: what "as of 2026-03-31" means. */
export function endOfDay(day: string): Date {
  return new Date(startOfDay(addDays(day, 1)).getTime() - 1);
}

/**
 * The months whose rankings the assessment shows: each December of the plan
 * that has ended by `judgedOn`, and for a running plan the latest month
 * ended, when it is no December.
 */
export function rankingMonths(plan: PlanIndex, judgedOn: string): Month[] {
  const first = plan.startsOn.slice(0, 7);
  const last = judgedOn > plan.endsOn ? plan.endsOn.slice(0, 7) : lastClosedMonth(judgedOn);
  const months: Month[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    const december = `${year}-12`;
    if (december >= first && december <= last) months.push(december);
  }
  if (last >= first && !last.endsWith('-12')) months.push(last);
  return months;
}

/** Gathers what the assessment report rests on: the facts as of an instant, the rankings as posted or computed. */
export class AssessmentService {
  constructor(
    private readonly deps: {
      facts: FactsService;
      ranking: RankingService;
      thresholds: Thresholds;
    },
  ) {}

  /**
   * The assessment of the plan (or of one zone) as of the end of `asOfDay`
   * when given, with only what had been entered by then, or else as of `now`.
   */
  async assess(
    plan: PlanIndex,
    options: { zone: string | null; asOfDay?: string; now: Date },
  ): Promise<AssessmentReport> {
    const { zone, asOfDay, now } = options;
    const instant = asOfDay ? endOfDay(asOfDay) : now;
    const facts = asOfDay ? await this.deps.facts.asOf(instant, plan) : await this.deps.facts.current(plan);
    const judgedOn = asOfDay ?? localDate(now);
    const rankings = await this.rankings(plan, judgedOn, asOfDay ? { instant, facts } : undefined);
    return buildAssessment({
      plan,
      facts,
      judging: { today: judgedOn, thresholds: this.deps.thresholds },
      asOf: { instant, asked: asOfDay !== undefined },
      zone,
      rankings,
    });
  }

  /** Each ranking as posted (by the as-of instant, when one is asked for), else computed from the same facts. */
  private async rankings(
    plan: PlanIndex,
    judgedOn: string,
    asOf: { instant: Date; facts: Facts } | undefined,
  ): Promise<AssessedRanking[]> {
    const out: AssessedRanking[] = [];
    for (const month of rankingMonths(plan, judgedOn)) {
      // The job posts the plan's last month once the plan is over, as its final ranking.
      const period = month === plan.endsOn.slice(0, 7) ? 'final' : month;
      const posted = await this.deps.ranking.posted(plan, period, asOf?.instant);
      out.push({ ranking: posted ?? (await this.deps.ranking.compute(plan, month, asOf)), posted: posted !== null });
    }
    return out;
  }
}
