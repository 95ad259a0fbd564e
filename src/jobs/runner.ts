import { localDate } from '../domain/dates.js';
import { planState } from '../domain/plans.js';
import type { Delivered, Delivery } from './delivery.js';
import type { Job, JobDeps } from './job.js';
import { ADMIN_NOTICES } from './notices.js';
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
  const today = localDate(at);
  const plans = (await deps.services.plan.all()).filter((p) => planState(p, today) !== 'upcoming');
  const batches: { planKey: string; outgoing: Outgoing[] }[] = [];
  const notices = new Map<string, Outgoing>();
  for (const plan of plans) {
    const out = await job.run(deps, at, plan);
    // Each plan's run may raise the same notice (no channel set): the admins hear of it once.
    for (const o of out) if (o.job === 'notice') notices.set(`${o.period}\u0000${o.target}`, o);
    batches.push({ planKey: plan.key, outgoing: out.filter((o) => o.job !== 'notice') });
  }
  batches.push({ planKey: ADMIN_NOTICES, outgoing: [...notices.values()] });
  const outgoing = batches.flatMap((b) => b.outgoing);
  if (!delivery) return { job: job.name, at, outgoing, delivered: [] };
  const delivered: Delivered[] = [];
  for (const b of batches) delivered.push(...(await delivery.deliverAll(b.planKey, b.outgoing)));
  deps.logger.info({ job: job.name, at, posts: outgoing.length, delivered }, 'job ran');
  return { job: job.name, at, outgoing, delivered };
}
