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
  constructor(
    readonly whoCan: WhoCan[],
    /** The person refused, who is never named among those who could. */
    readonly refused: string | null = null,
  ) {
    super('permission denied');
  }
}

/** Throws PermissionDenied naming the people who could, other than the one refused. */
export async function refuse(roles: RolesService, actor: Actor, grants: Grant[]): Promise<never> {
  const whoCan = await Promise.all(
    grants.map(async (grant) => ({
      grant,
      users: (await roles.holders(grant)).filter((u) => u !== actor.userId),
    })),
  );
  throw new PermissionDenied(whoCan, actor.userId);
}

/**
 * The gate every write passes through, whatever front end asked. It decides by
 * the roles the database holds at this moment (another process may just have
 * granted or revoked one) and throws PermissionDenied with the people who
 * could, or says whether a "done" needs confirming.
 */
export async function authorize(
  plan: PlanIndex,
  roles: RolesService,
  actor: Actor,
  action: Action,
): Promise<{ needsConfirmation: boolean; actor: Actor }> {
  const current = await roles.current(actor);
  const decision = decide(plan, current, action);
  if (decision.allowed) return { needsConfirmation: decision.needsConfirmation, actor: current };
  return refuse(roles, current, decision.whoCan);
}
