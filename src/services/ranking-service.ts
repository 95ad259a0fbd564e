import type { Facts } from '../domain/facts.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { monthlyRanking, type Ranking } from '../domain/ranking.js';
import type { RankSnapshot } from '../domain/ranking-history.js';
import { type Month, previousMonth } from '../domain/ranking-month.js';
import type { RankingWeights } from '../domain/ranking-score.js';
import type { Thresholds } from '../domain/thresholds.js';
import type { FactsService } from './facts-service.js';
import type { PostsService } from './posts-service.js';

/** Months of history a ranking looks back on: the change needs one, the longest warning run three. */
const LOOKBACK = 4;

/** What a posted ranking keeps with its post: the ranking as it was posted. */
export interface RankingRecord {
  ranking: Ranking;
}

/**
 * The monthly ranking: as posted (kept with its post, exactly as people saw
 * it) and as it stands now. A month's history is the rankings posted for the
 * months before, or, where none was posted, those months as they stand now.
 */
export class RankingService {
  constructor(
    private readonly deps: {
      facts: FactsService;
      posts: PostsService;
      thresholds: Thresholds;
      weights: RankingWeights;
    },
  ) {}

  /**
   * The ranking of `month` as it was posted (the final one, for `final`), or
   * null when none was; with `by`, only one sent by that instant.
   */
  async posted(plan: PlanIndex, period: Month | 'final', by?: Date): Promise<Ranking | null> {
    const post = await this.deps.posts.find({ planKey: plan.key, job: 'ranking', period, target: 'rankings' });
    if (!post) return null;
    if (by && !(post.sentAt && post.sentAt <= by)) return null;
    const { record } = JSON.parse(post.payload) as { record?: RankingRecord };
    return record?.ranking ?? null;
  }

  /**
   * The ranking of `month` computed from today's figures, with the months
   * before it as history; with `asOf`, from the facts of that instant and
   * the rankings posted by then.
   */
  async compute(plan: PlanIndex, month: Month, asOf?: { instant: Date; facts: Facts }): Promise<Ranking> {
    const facts = asOf?.facts ?? (await this.deps.facts.current(plan));
    const history: RankSnapshot[] = [];
    let before = month;
    for (let i = 0; i < LOOKBACK; i++) {
      before = previousMonth(before);
      history.push((await this.posted(plan, before, asOf?.instant)) ?? this.rank(plan, facts, before, []));
    }
    return this.rank(plan, facts, month, history);
  }

  private rank(plan: PlanIndex, facts: Facts, month: Month, history: RankSnapshot[]): Ranking {
    return monthlyRanking({
      plan,
      facts,
      month,
      thresholds: this.deps.thresholds,
      weights: this.deps.weights,
      history,
    });
  }
}
