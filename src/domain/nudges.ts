import type { MilestoneData } from '../plan/types.js';
import { daysBetween } from './dates.js';
import type { Facts } from './facts.js';
import type { PlanIndex } from './plan-index.js';

/** Days before a deadline that a nudge goes out. */
export const NUDGE_DAYS = [30, 7, 1] as const;
/** Once overdue, a milestone is nudged the day after its deadline and then every this many days. */
export const OVERDUE_EVERY = 7;

export type NudgeReason = { kind: 'due_in'; days: number } | { kind: 'due_today' } | { kind: 'overdue'; days: number };

export interface NudgeItem {
  milestone: MilestoneData;
  reason: NudgeReason;
}

/** Who owes the items: a zone, or a unit for the deadlines a city department owes itself. */
export type NudgeOwner = { kind: 'zone'; zone: string } | { kind: 'unit'; unit: string };

export interface NudgeGroup {
  owner: NudgeOwner;
  items: NudgeItem[];
}

/** Why a milestone is nudged today, or null when it is not. */
export function nudgeReason(dueOn: string, today: string): NudgeReason | null {
  const left = daysBetween(today, dueOn);
  if (left === 0) return { kind: 'due_today' };
  if (left > 0) return (NUDGE_DAYS as readonly number[]).includes(left) ? { kind: 'due_in', days: left } : null;
  const late = -left;
  return (late - 1) % OVERDUE_EVERY === 0 ? { kind: 'overdue', days: late } : null;
}

/** Done, or done and waiting for the officer's 办结: nothing more to ask of the owner. */
function settled(facts: Facts, milestone: string, owner: string | null): boolean {
  const state = facts.report(milestone, owner)?.state;
  return state === 'done' || state === 'awaiting_confirmation';
}

/**
 * Today's nudges, one group per owing zone or unit, each holding every item
 * due in 30, 7 or 1 days, due today, or overdue (the day after, then weekly).
 * Nothing is nudged once the plan's period is over: what is late then belongs
 * to the final assessment, not to a reminder.
 */
export function nudgesDue(plan: PlanIndex, facts: Facts, today: string): NudgeGroup[] {
  if (today > plan.data.plan.endsOn) return [];
  const groups = new Map<string, NudgeGroup>();
  const add = (owner: NudgeOwner, item: NudgeItem) => {
    const id = owner.kind === 'zone' ? `z:${owner.zone}` : `u:${owner.unit}`;
    const group = groups.get(id) ?? { owner, items: [] };
    group.items.push(item);
    groups.set(id, group);
  };
  for (const milestone of plan.data.milestones) {
    const reason = nudgeReason(milestone.dueOn, today);
    if (!reason) continue;
    for (const zone of milestone.zones) {
      if (!settled(facts, milestone.key, zone)) add({ kind: 'zone', zone }, { milestone, reason });
    }
    if (milestone.units.length && !settled(facts, milestone.key, null)) {
      for (const unit of milestone.units) add({ kind: 'unit', unit }, { milestone, reason });
    }
  }
  const order = (g: NudgeGroup) =>
    g.owner.kind === 'zone'
      ? (plan.zone(g.owner.zone)?.position ?? 0)
      : 1000 + (plan.unit(g.owner.unit)?.position ?? 0);
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}
