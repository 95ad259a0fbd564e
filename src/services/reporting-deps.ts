import type { Database } from '../store/database.js';
import type { ChangeFeed } from './change-feed.js';
import type { FactsService } from './facts-service.js';
import type { PlanService } from './plan-service.js';
import type { RolesService } from './roles-service.js';

/** What the services that write reports share: the database, the change feed, the plan and figures, the roles, the clock. */
export interface ReportingDeps {
  database: Database;
  feed: ChangeFeed;
  plan: PlanService;
  facts: FactsService;
  roles: RolesService;
  clock: () => Date;
}
