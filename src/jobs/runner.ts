import { localDate } from '../domain/dates.js';
import { DEFAULT_LANG } from '../domain/lang.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { planState } from '../domain/plans.js';
import { common } from '../i18n/messages/common.js';
import { context, MAX_BLOCKS } from '../views/blocks.js';
import { pinPlan } from '../views/pin-plan.js';
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
 * A post of one of several plans says which, and its buttons act on that
 * plan: task 19 of one plan is not task 19 of another.
 */
function naming(post: Outgoing, plan: PlanIndex): Outgoing {
  const { blocks, text } = pinPlan({ ...post.message }, plan.key);
  const ref = context(common(DEFAULT_LANG).planRef(plan.data.plan.docNumber));
  return { ...post, message: { text, blocks: blocks.length < MAX_BLOCKS ? [...blocks, ref] : blocks } };
}

/**
 * Runs a job as of a moment, for every plan that has started (or the one
 * named), and hands its posts to delivery, or, on a dry run, only says what
 * it would post.
 */
export async function runJob(
  job: Job,
  at: Date,
  deps: JobDeps,
  delivery: Delivery | null,
  onlyPlan?: string,
): Promise<JobRun> {
  const today = localDate(at);
  const started = (await deps.services.plan.all()).filter((p) => planState(p, today) !== 'upcoming');
  const plans = started.filter((p) => onlyPlan === undefined || p.key === onlyPlan);
  const batches: { planKey: string; outgoing: Outgoing[] }[] = [];
  const notices = new Map<string, Outgoing>();
  for (const plan of plans) {
    const out = await job.run(deps, at, plan);
    // Each plan's run may raise the same notice (no channel set): the admins hear of it once.
    for (const o of out) if (o.job === 'notice') notices.set(`${o.period}\u0000${o.target}`, o);
    const posts = out.filter((o) => o.job !== 'notice');
    batches.push({ planKey: plan.key, outgoing: started.length > 1 ? posts.map((o) => naming(o, plan)) : posts });
  }
  batches.push({ planKey: ADMIN_NOTICES, outgoing: [...notices.values()] });
  const outgoing = batches.flatMap((b) => b.outgoing);
  if (!delivery) return { job: job.name, at, outgoing, delivered: [] };
  const delivered: Delivered[] = [];
  for (const b of batches) delivered.push(...(await delivery.deliverAll(b.planKey, b.outgoing)));
  deps.logger.info({ job: job.name, at, posts: outgoing.length, delivered }, 'job ran');
  return { job: job.name, at, outgoing, delivered };
}
