import { PlanIndex } from '../domain/plan-index.js';
import type { Db } from '../store/database.js';
import { readPlan } from '../store/plan-repository.js';
import { Cached } from './cached.js';
import type { ChangeFeed } from './change-feed.js';

/** The loaded plan, read from the database once and again whenever any process loads a plan file. */
export class PlanService {
  private readonly cache: Cached<PlanIndex>;

  constructor(db: Db, planKey: string, feed: ChangeFeed) {
    this.cache = new Cached(async () => {
      const data = await readPlan(db, planKey);
      if (!data) throw new Error(`plan ${planKey} is not loaded`);
      return new PlanIndex(data);
    });
    feed.on(['plan'], async () => this.cache.invalidate());
  }

  current(): Promise<PlanIndex> {
    return this.cache.get();
  }
}
