import type { PlanIndex } from '../domain/plan-index.js';
import type { Actor } from '../domain/roles.js';
import type { Lang } from '../i18n/lang.js';
import { UnknownPlanError } from '../services/plan-service.js';
import type { SlackDeps } from './deps.js';

export interface Asker {
  lang: Lang;
  actor: Actor;
  plan: PlanIndex;
}

/**
 * Who clicked or submitted: their language and roles, and the plan their
 * answer is about: the one a form was opened for (its key kept in the form),
 * else the default one.
 */
export async function askerOf(deps: SlackDeps, userId: string, planKey?: string): Promise<Asker> {
  const [lang, actor, plan] = await Promise.all([
    deps.runner.language(userId),
    deps.runner.actor(userId),
    planOf(deps, planKey),
  ]);
  return { lang, actor, plan };
}

/** A form's plan; a key no plan has (an edited payload) is the default plan's, whose checks then apply. */
async function planOf(deps: SlackDeps, key: string | undefined): Promise<PlanIndex> {
  const { plan } = deps.services;
  if (!key) return plan.get();
  return plan.get(key).catch((err: unknown) => {
    if (err instanceof UnknownPlanError) return plan.get();
    throw err;
  });
}
