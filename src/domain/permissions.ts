import type { MilestoneData } from '../plan/types.js';
import type { PlanIndex } from './plan-index.js';
import { type Actor, type Grant, isAdmin, officerUnits, reporterZones } from './roles.js';

/** What someone may try to do besides reading, which everyone may. */
export type Action =
  /** `zone`: a zone's slug, a county's key, or null for the city. */
  | { kind: 'submit_figure'; zone: string | null; indicator: string; baseline: boolean }
  | { kind: 'verify_figure'; indicator: string }
  | { kind: 'report_milestone'; milestone: MilestoneData; zone: string | null }
  | { kind: 'confirm_milestone'; milestone: MilestoneData }
  | { kind: 'manage_roles' };

export type Decision =
  | { allowed: true /** A zone reporter's "done" waits for an officer's confirmation. */; needsConfirmation: boolean }
  | { allowed: false /** The roles that could do it, to name the people who hold them. */; whoCan: Grant[] };

const ADMIN: Grant = { role: 'admin', zone: null, unit: null };
const reporterOf = (zone: string): Grant => ({ role: 'reporter', zone, unit: null });
const officerOf = (unit: string): Grant => ({ role: 'officer', zone: null, unit });

/** Units answerable for a milestone: its task's responsible units and any unit that owes it itself. */
export function responsibleUnits(plan: PlanIndex, milestone: MilestoneData): string[] {
  const task = milestone.task === null ? undefined : plan.task(milestone.task);
  return [...new Set([...(task?.units.map((u) => u.key) ?? []), ...milestone.units])];
}

const allow = (needsConfirmation = false): Decision => ({ allowed: true, needsConfirmation });
const refuse = (...whoCan: Grant[]): Decision => ({ allowed: false, whoCan: [...whoCan, ADMIN] });

/**
 * The permission rules, in one place, for the service layer to enforce:
 * admins may do everything; a zone reporter submits figures and milestone
 * progress for their zones (a "done" then awaits confirmation); a unit officer
 * reports and confirms milestones of their unit's tasks and verifies figures in
 * their unit's field. City-wide figures, counties' figures and 2020 baselines
 * are for admins.
 */
export function decide(plan: PlanIndex, actor: Actor, action: Action): Decision {
  if (isAdmin(actor)) return allow();
  const zones = reporterZones(actor);
  const units = officerUnits(actor);
  switch (action.kind) {
    case 'submit_figure':
      if (action.zone === null || action.baseline || plan.county(action.zone)) return refuse();
      return zones.includes(action.zone) ? allow() : refuse(reporterOf(action.zone));
    case 'verify_figure': {
      const field = plan.indicator(action.indicator).overseenBy;
      return field.some((u) => units.includes(u)) ? allow() : refuse(...field.map(officerOf));
    }
    case 'report_milestone': {
      const responsible = responsibleUnits(plan, action.milestone);
      if (responsible.some((u) => units.includes(u))) return allow();
      const owes = action.zone !== null && action.milestone.zones.includes(action.zone);
      if (owes && zones.includes(action.zone as string)) return allow(true);
      // A zone's reporter is named only where the zone owes the milestone: elsewhere that role could not do it either.
      return refuse(...(owes ? [reporterOf(action.zone as string)] : []), ...responsible.map(officerOf));
    }
    case 'confirm_milestone': {
      const responsible = responsibleUnits(plan, action.milestone);
      return responsible.some((u) => units.includes(u)) ? allow() : refuse(...responsible.map(officerOf));
    }
    case 'manage_roles':
      return refuse();
  }
}
