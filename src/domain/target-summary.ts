import type { TargetData } from '../plan/types.js';
import type { Facts } from './facts.js';
import type { PlanIndex } from './plan-index.js';
import type { Reading } from './progress.js';
import { readTargetFor } from './zone-status.js';

/** Where one target of the plan stands, read the way the plan sets it. */
export type TargetSummary =
  /** Met by the zones together (全市开发区合计…) or by the city as a whole: one reading. */
  | { mode: 'together'; target: TargetData; reading: Reading }
  /** Set for a single zone: that zone's reading. */
  | { mode: 'single'; target: TargetData; zone: string; reading: Reading }
  /** Each of several zones must meet it: who has, and who has reported at all (zone slugs, plan order). */
  | { mode: 'each'; target: TargetData; zones: string[]; met: string[]; reported: string[] };

export interface TargetGroup {
  /** null for 发展目标, the targets that belong to no task. */
  task: number | null;
  items: TargetSummary[];
}

export function summarizeTarget(plan: PlanIndex, target: TargetData, facts: Facts): TargetSummary {
  if (target.scope === 'city' || target.aggregate === 'total') {
    return { mode: 'together', target, reading: readTargetFor(plan, target, null, facts) };
  }
  const [only] = target.zones;
  if (target.zones.length === 1 && only !== undefined) {
    return { mode: 'single', target, zone: only, reading: readTargetFor(plan, target, only, facts) };
  }
  const readings = target.zones.map((zone) => ({ zone, reading: readTargetFor(plan, target, zone, facts) }));
  return {
    mode: 'each',
    target,
    zones: target.zones,
    met: readings.filter(({ reading: r }) => r.state === 'measured' && r.met).map((r) => r.zone),
    reported: readings.filter(({ reading: r }) => r.state !== 'no_figures').map((r) => r.zone),
  };
}

/** Every target of the plan, 发展目标 first, then task by task, each in the plan's order. */
export function summarizeTargets(plan: PlanIndex, facts: Facts): TargetGroup[] {
  const groups = new Map<number | null, TargetSummary[]>();
  for (const target of plan.data.targets) {
    const items = groups.get(target.task) ?? [];
    items.push(summarizeTarget(plan, target, facts));
    groups.set(target.task, items);
  }
  return [...groups]
    .map(([task, items]) => ({ task, items: items.sort((a, b) => a.target.position - b.target.position) }))
    .sort((a, b) => (a.task ?? 0) - (b.task ?? 0));
}
