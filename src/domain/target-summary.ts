import type { TargetData } from '../plan/types.js';
import type { Facts } from './facts.js';
import type { PlanIndex } from './plan-index.js';
import type { Reading } from './progress.js';
import type { Judging, Rag, Verdict } from './schedule.js';
import { judgeTargetFor } from './zone-status.js';

/** Where one target of the plan stands, read the way the plan sets it. */
export type TargetSummary =
  /** Met by the zones together (全市开发区合计…) or by the city as a whole: one reading. */
  | { mode: 'together'; target: TargetData; reading: Reading; verdict: Verdict }
  /** Set for a single zone: that zone's reading. */
  | { mode: 'single'; target: TargetData; zone: string; reading: Reading; verdict: Verdict }
  /**
   * Each of several zones must meet it: who has, who has reported what it is
   * judged on (past the due date, the final figures), and the zones under
   * each light (zone slugs, plan order).
   */
  | {
      mode: 'each';
      target: TargetData;
      zones: string[];
      met: string[];
      reported: string[];
      lights: Record<Rag, string[]>;
      pastDue: boolean;
    };

export interface TargetGroup {
  /** null for 发展目标, the targets that belong to no task. */
  task: number | null;
  items: TargetSummary[];
}

export function summarizeTarget(plan: PlanIndex, target: TargetData, facts: Facts, judging: Judging): TargetSummary {
  if (target.scope === 'city' || target.aggregate === 'total') {
    return { mode: 'together', target, ...judgeTargetFor(plan, target, null, facts, judging) };
  }
  const [only] = target.zones;
  if (target.zones.length === 1 && only !== undefined) {
    return { mode: 'single', target, zone: only, ...judgeTargetFor(plan, target, only, facts, judging) };
  }
  const judged = target.zones.map((zone) => ({ zone, ...judgeTargetFor(plan, target, zone, facts, judging) }));
  const lights: Record<Rag, string[]> = { red: [], yellow: [], green: [], grey: [] };
  for (const j of judged) lights[j.verdict.rag].push(j.zone);
  return {
    mode: 'each',
    target,
    zones: target.zones,
    met: judged.filter(({ reading: r }) => (r.state === 'measured' || r.state === 'years') && r.met).map((j) => j.zone),
    reported: judged
      .filter(({ reading, verdict }) => reading.state !== 'no_figures' && verdict.final !== 'missing')
      .map((j) => j.zone),
    lights,
    pastDue: judging.today > target.dueOn,
  };
}

/** Every target of the plan, 发展目标 first, then task by task, each in the plan's order. */
export function summarizeTargets(plan: PlanIndex, facts: Facts, judging: Judging): TargetGroup[] {
  const groups = new Map<number | null, TargetSummary[]>();
  for (const target of plan.data.targets) {
    const items = groups.get(target.task) ?? [];
    items.push(summarizeTarget(plan, target, facts, judging));
    groups.set(target.task, items);
  }
  return [...groups]
    .map(([task, items]) => ({ task, items: items.sort((a, b) => a.target.position - b.target.position) }))
    .sort((a, b) => (a.task ?? 0) - (b.task ?? 0));
}
