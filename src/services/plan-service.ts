import { PlanIndex } from '../domain/plan-index.js';
import type { Db } from '../store/database.js';
import { readPlan } from '../store/plan-repository.js';
import { Cached } from './cached.js';

/** The loaded plan, read from the database once and kept until the plan is loaded again. */
export class PlanService {
  private readonly cache: Cached<PlanIndex>;

  constructor(db: Db, planKey: string) {
    this.cache = new Cached(async () => {
      const data = await readPlan(db, planKey);
      if (!data) throw new Error(`plan ${planKey} is not loaded`);
      return new PlanIndex(data);
    });
  }

  current(): Promise<PlanIndex> {
    return this.cache.get();
  }

  invalidate(): void {
    this.cache.invalidate();
  }
}
