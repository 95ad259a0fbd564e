import type { Comparator } from '../plan/types.js';
import { meets } from './progress.js';

/** Where a target is heading at the pace so far: the verdict of a projection. */
export type Outlook = 'on_course' | 'at_risk' | 'will_miss';

/** Worst first, the order outlooks are counted and listed in. */
export const OUTLOOKS: readonly Outlook[] = ['will_miss', 'at_risk', 'on_course'];

/**
 * A projection short of its goal by no more than this share of the goal is
 * at risk, not a miss. A tenth is a gap that a better year or two can still
 * close; a wider one needs the pace itself to change. It also keeps a small
 * error of the projection (an estimate from two figures) from calling a
 * near miss certain.
 */
export const AT_RISK_MARGIN = 0.1;

/** A goal as the target sets it: at least (gt, gte), at most (lte), or between goal and goalMax. */
export interface Goal {
  comparator: Comparator;
  goal: number;
  goalMax: number | null;
}

const scale = (x: number) => Math.abs(x) || 1;

/** How far a value falls short of the goal, as a share of the goal (0 when it meets it). */
export function shortfallOf(value: number, g: Goal): number {
  if (meets(value, g.comparator, g.goal, g.goalMax)) return 0;
  if (g.goalMax !== null && value > g.goalMax) return (value - g.goalMax) / scale(g.goalMax);
  if (g.comparator === 'lte') return (value - g.goal) / scale(g.goal);
  return (g.goal - value) / scale(g.goal);
}

/**
 * The verdict on a projected value: on course when it meets the goal; at risk
 * when it falls short by no more than AT_RISK_MARGIN of the goal (above a
 * ceiling by no more than that share of it); a miss at this pace beyond that.
 */
export function outlookOf(expected: number, g: Goal): Outlook {
  if (meets(expected, g.comparator, g.goal, g.goalMax)) return 'on_course';
  return shortfallOf(expected, g) <= AT_RISK_MARGIN ? 'at_risk' : 'will_miss';
}

/** The value a goal asks to reach from where a figure stands: the nearer bound of a range. */
export function aimFrom(value: number, g: Goal): number {
  return g.goalMax !== null && value > g.goalMax ? g.goalMax : g.goal;
}
