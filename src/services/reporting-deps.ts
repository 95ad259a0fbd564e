import type { Db } from '../store/database.js';
import type { FactsService } from './facts-service.js';
import type { PlanService } from './plan-service.js';
import type { RolesService } from './roles-service.js';

/** What the services that write reports share: the database, the plan and figures caches, the roles, the clock. */
export interface ReportingDeps {
  db: Db;
  plan: PlanService;
  facts: FactsService;
  roles: RolesService;
  clock: () => Date;
}
