import type { Delivered, Delivery } from './delivery.js';
import type { Job, JobDeps } from './job.js';
import type { Outgoing } from './outgoing.js';

export interface JobRun {
  job: string;
  at: Date;
  outgoing: Outgoing[];
  /** What became of each post; empty on a dry run, which posts nothing. */
  delivered: Delivered[];
}

/**
 * Runs a job as of a moment and hands its posts to delivery, or, on a dry
 * run, only says what it would post.
 */
export async function runJob(job: Job, at: Date, deps: JobDeps, delivery: Delivery | null): Promise<JobRun> {
  const outgoing = await job.run(deps, at);
  if (!delivery) return { job: job.name, at, outgoing, delivered: [] };
  const { key } = await deps.services.plan.current().then((p) => p.data.plan);
  const delivered = await delivery.deliverAll(key, outgoing);
  deps.logger.info({ job: job.name, at, posts: outgoing.length, delivered }, 'job ran');
  return { job: job.name, at, outgoing, delivered };
}
