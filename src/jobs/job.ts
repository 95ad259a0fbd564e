import type { PlanIndex } from '../domain/plan-index.js';
import type { Thresholds } from '../domain/thresholds.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/services.js';
import type { Outgoing } from './outgoing.js';

export const JOB_NAMES = ['nudges', 'reminders', 'ranking', 'digest'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** What every job may use: the services (and through them the plan, figures, roles and channels), and settings. */
export interface JobDeps {
  services: Services;
  thresholds: Thresholds;
  logger: Logger;
  /** The scheduled jobs' settings: ranking weights and the like. */
  settings: JobSettings;
}

export interface JobSettings {
  rankingWeights: { targets: number; milestones: number };
  /** Working days before a figure's due date that its reminder goes out. */
  reminderLeadDays: number;
}

/**
 * A scheduled job: a plain function of the deps and the moment it runs as
 * (its scheduled time, a catch-up, or `zonebot job --at`), returning the
 * posts it wants made. Posting them, once, is delivery's business.
 */
export interface Job {
  name: JobName;
  /** The posts for one plan (in force, or ended with closing posts to make), as of `at`. */
  run(deps: JobDeps, at: Date, plan: PlanIndex): Promise<Outgoing[]>;
}
