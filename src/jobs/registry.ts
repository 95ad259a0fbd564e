import type { Job, JobName } from './job.js';
import { nudges } from './nudges.js';

/** Every scheduled job, by name. */
export const JOBS: Job[] = [nudges];

export function jobNamed(name: string): Job | undefined {
  return JOBS.find((j) => j.name === (name as JobName));
}
