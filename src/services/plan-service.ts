import { localDate } from '../domain/dates.js';
import { PlanIndex } from '../domain/plan-index.js';
import { byStart, defaultPlan } from '../domain/plans.js';
import type { Db } from '../store/database.js';
import { planKeys, readPlan } from '../store/plan-repository.js';
import { Cached } from './cached.js';
import type { ChangeFeed } from './change-feed.js';

/** A plan key no plan in the database has. */
export class UnknownPlanError extends Error {
  override name = 'UnknownPlanError';
  constructor(
    readonly key: string,
    readonly known: string[],
  ) {
    super(`no plan ${key}`);
  }
}

/**
 * Every plan the database holds (a plan no longer given in PLAN_FILE among
 * them), read once and again whenever any process loads a plan file.
 */
export class PlanService {
  private readonly cache: Cached<PlanIndex[]>;

  constructor(
    db: Db,
    feed: ChangeFeed,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.cache = new Cached(async () => {
      const plans = await Promise.all((await planKeys(db)).map((key) => readPlan(db, key)));
      return byStart(plans.flatMap((data) => (data ? [new PlanIndex(data)] : [])));
    });
    feed.on(['plan'], async () => this.cache.invalidate());
  }

  /** Every plan, the earliest-starting first. */
  all(): Promise<PlanIndex[]> {
    return this.cache.get();
  }

  /** The plan named by its key, or the default one (see `defaultKey`) when none is named. */
  async get(key?: string | null): Promise<PlanIndex> {
    const plans = await this.all();
    if (key === undefined || key === null) return this.pickDefault(plans, localDate(this.clock()));
    const found = plans.find((p) => p.key === key);
    if (!found)
      throw new UnknownPlanError(
        key,
        plans.map((p) => p.key),
      );
    return found;
  }

  /** The default plan on a day: in force then, else the last to have ended. */
  async on(today: string): Promise<PlanIndex> {
    return this.pickDefault(await this.all(), today);
  }

  /** The plan answers are about when none is named, today. */
  current(): Promise<PlanIndex> {
    return this.get();
  }

  private pickDefault(plans: PlanIndex[], today: string): PlanIndex {
    const chosen = defaultPlan(plans, today);
    if (!chosen) throw new Error('no plan is loaded');
    return chosen;
  }
}
