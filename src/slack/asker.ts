import type { PlanIndex } from '../domain/plan-index.js';
import type { Actor } from '../domain/roles.js';
import type { Lang } from '../i18n/lang.js';
import type { SlackDeps } from './deps.js';

export interface Asker {
  lang: Lang;
  actor: Actor;
  plan: PlanIndex;
}

/** Who clicked or submitted: their language and roles, and the plan their answer is about. */
export async function askerOf(deps: SlackDeps, userId: string): Promise<Asker> {
  const [lang, actor, plan] = await Promise.all([
    deps.runner.language(userId),
    deps.runner.actor(userId),
    deps.services.plan.current(),
  ]);
  return { lang, actor, plan };
}
