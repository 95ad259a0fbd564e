/** What the choice of a plan reads from each: its key and period. */
export interface PlanPeriod {
  key: string;
  startsOn: string;
  endsOn: string;
}

export type PlanState = 'in_force' | 'ended' | 'upcoming';

export function planState(plan: PlanPeriod, today: string): PlanState {
  if (today < plan.startsOn) return 'upcoming';
  return today > plan.endsOn ? 'ended' : 'in_force';
}

/**
 * The plan an answer is about when none is named: the one in force today (the
 * later-starting one when two are); else the one that ended last, whose final
 * assessment is the work of the day; else the one that starts first.
 */
export function defaultPlan<P extends PlanPeriod>(plans: P[], today: string): P | undefined {
  const latest = (a: P, b: P, by: 'startsOn' | 'endsOn') => (b[by] > a[by] ? b : a);
  const inForce = plans.filter((p) => planState(p, today) === 'in_force');
  if (inForce.length) return inForce.reduce((a, b) => latest(a, b, 'startsOn'));
  const ended = plans.filter((p) => planState(p, today) === 'ended');
  if (ended.length) return ended.reduce((a, b) => latest(a, b, 'endsOn'));
  return [...plans].sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
}

/** The plans in the order a list shows them: by start, the earliest first. */
export function byStart<P extends PlanPeriod>(plans: P[]): P[] {
  return [...plans].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.key.localeCompare(b.key));
}
