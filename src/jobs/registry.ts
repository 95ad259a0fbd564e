import { digest } from './digest.js';
import type { Job, JobName } from './job.js';
import { nudges } from './nudges.js';
import { ranking } from './ranking.js';
import { reminders } from './reminders.js';

/** Every scheduled job, by name. */
export const JOBS: Job[] = [nudges, reminders, ranking, digest];

export function jobNamed(name: string): Job | undefined {
  return JOBS.find((j) => j.name === (name as JobName));
}
