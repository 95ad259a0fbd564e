import type { TargetData } from '../plan/types.js';
import { EditionMemo } from './edition-memo.js';
import type { Facts } from './facts.js';
import { JudgedMemo } from './judged-memo.js';
import type { Outlook } from './outlook.js';
import type { PlanIndex } from './plan-index.js';
import type { FigureSource, Reading } from './progress.js';
import { type Projection, projectionFor } from './projection.js';
import type { Judging, Rag, Verdict } from './schedule.js';
import { judgeTargetFor } from './zone-status.js';

/** Where one target of the plan stands, read the way the plan sets it. */
export type TargetSummary =
  /** Met by the zones together (全市开发区合计…) or by the city as a whole: one reading. */
  | { mode: 'together'; target: TargetData; reading: Reading; verdict: Verdict; projection: Projection }
  /** Set for a single zone: that zone's reading. */
  | { mode: 'single'; target: TargetData; zone: string; reading: Reading; verdict: Verdict; projection: Projection }
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
      /** The zones by where their projections head; a zone without one is in none. */
      outlooks: Record<Outlook, string[]>;
      pastDue: boolean;
    };

export interface TargetGroup {
  /** null for 发展目标, the targets that belong to no task. */
  task: number | null;
  items: TargetSummary[];
}

/** Whether a zone's reading meets the target so far: a growth lead that led in its latest comparison does. */
function metSoFar(r: Reading): boolean {
  if (r.state === 'lead') return r.comparison.led === true;
  return (r.state === 'measured' || r.state === 'years') && r.met;
}

/** Whether a zone's reading has what it is judged on: a growth lead once it can be told. */
function judgedOn(r: Reading, v: Verdict): boolean {
  if (r.state === 'lead') return r.comparison.led !== null;
  return r.state !== 'no_figures' && v.final !== 'missing';
}

interface Judged {
  reading: Reading;
  verdict: Verdict;
  projection: Projection;
}

const judgedBefore = new JudgedMemo<Judged>();
const summarizedBefore = new EditionMemo<TargetSummary>();

export function summarizeTarget(plan: PlanIndex, target: TargetData, facts: Facts, judging: Judging): TargetSummary {
  return summarizedBefore.value(target, facts, judging, (noted) => summarize(plan, target, facts, judging, noted));
}

function summarize(
  plan: PlanIndex,
  target: TargetData,
  facts: Facts,
  judging: Judging,
  noted: Set<string>,
): TargetSummary {
  const work = (source: FigureSource, zone: string | null): Judged => ({
    ...judgeTargetFor(plan, target, zone, source, judging),
    projection: projectionFor(plan, target, zone, source, judging),
  });
  const judge = (zone: string | null): Judged => judgedBefore.judged(target, zone, facts, judging, work, noted);
  if (target.scope === 'city' || target.aggregate === 'total') return { mode: 'together', target, ...judge(null) };
  const [only] = target.zones;
  if (target.zones.length === 1 && only !== undefined) return { mode: 'single', target, zone: only, ...judge(only) };
  const lights: Record<Rag, string[]> = { red: [], yellow: [], green: [], grey: [] };
  const outlooks: Record<Outlook, string[]> = { will_miss: [], at_risk: [], on_course: [] };
  const met: string[] = [];
  const reported: string[] = [];
  // One pass that keeps nothing per zone: it runs for every zone of every target on each answer.
  for (const zone of target.zones) {
    const { reading, verdict, projection } = judge(zone);
    lights[verdict.rag].push(zone);
    if (projection.state === 'projected') outlooks[projection.verdict].push(zone);
    if (metSoFar(reading)) met.push(zone);
    if (judgedOn(reading, verdict)) reported.push(zone);
  }
  return {
    mode: 'each',
    target,
    zones: target.zones,
    met,
    reported,
    lights,
    outlooks,
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
