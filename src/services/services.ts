import type { AssessmentService } from './assessment-service.js';
import type { CalendarService } from './calendar-service.js';
import type { ChannelsService } from './channels-service.js';
import type { FactsService } from './facts-service.js';
import type { FiguresService } from './figures-service.js';
import type { LedgerService } from './ledger-service.js';
import type { PeopleService } from './people-service.js';
import type { PlanService } from './plan-service.js';
import type { PostsService } from './posts-service.js';
import type { ProgressService } from './progress-service.js';
import type { RankingService } from './ranking-service.js';
import type { ReceiptsService } from './receipts-service.js';
import type { RolesService } from './roles-service.js';

/** Every use case, as the front ends (commands, Slack listeners, jobs) reach them. */
export interface Services {
  plan: PlanService;
  facts: FactsService;
  people: PeopleService;
  roles: RolesService;
  figures: FiguresService;
  progress: ProgressService;
  ledger: LedgerService;
  receipts: ReceiptsService;
  channels: ChannelsService;
  posts: PostsService;
  calendar: CalendarService;
  ranking: RankingService;
  assessment: AssessmentService;
}
