import { type Action, decide } from '../domain/permissions.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { Actor, Grant } from '../domain/roles.js';
import type { RolesService } from './roles-service.js';

/** Who could have done a refused action: each role that may, with the people who hold it now. */
export interface WhoCan {
  grant: Grant;
  users: string[];
}

/** A refused action. It carries who could do it, so the answer can say whom to ask. */
export class PermissionDenied extends Error {
  override name = 'PermissionDenied';
  constructor(readonly whoCan: WhoCan[]) {
    super('permission denied');
  }
}

/**
 * The gate every write passes through, whatever front end asked: throws
 * PermissionDenied with the people who could, or says whether a "done" needs
 * confirming.
 */
export async function authorize(
  plan: PlanIndex,
  roles: RolesService,
  actor: Actor,
  action: Action,
): Promise<{ needsConfirmation: boolean }> {
  const decision = decide(plan, actor, action);
  if (decision.allowed) return { needsConfirmation: decision.needsConfirmation };
  const whoCan = await Promise.all(
    decision.whoCan.map(async (grant) => ({ grant, users: await roles.holders(grant) })),
  );
  throw new PermissionDenied(whoCan);
}
