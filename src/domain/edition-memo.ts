import type { TargetData } from '../plan/types.js';
import type { Facts } from './facts.js';
import type { Judging } from './schedule.js';

interface Held<T> {
  today: string;
  thresholds: Judging['thresholds'];
  editions: { indicator: string; edition: object }[];
  value: T;
}

function unchanged(editions: Held<unknown>['editions'], facts: Facts): boolean {
  for (const e of editions) if (facts.edition(e.indicator) !== e.edition) return false;
  return true;
}

/**
 * What a target comes to across all its zones, kept while no figure of any
 * indicator it was worked out from has changed. Asking each zone's judgment
 * whether its own series still stand costs a lookup per series: on a plan of
 * 150 zones, `targets` spent ~3 ms on those lookups after every write,
 * however little the write changed.
 */
export class EditionMemo<T> {
  private readonly held = new WeakMap<TargetData, Held<T>>();

  value(
    target: TargetData,
    facts: Facts,
    judging: Judging,
    /** Adds to `noted` every indicator it reads. */
    work: (noted: Set<string>) => T,
  ): T {
    const held = this.held.get(target);
    if (
      held &&
      held.today === judging.today &&
      held.thresholds === judging.thresholds &&
      unchanged(held.editions, facts)
    )
      return held.value;
    const noted = new Set<string>();
    const value = work(noted);
    const editions = [...noted].map((indicator) => ({ indicator, edition: facts.edition(indicator) }));
    this.held.set(target, { today: judging.today, thresholds: judging.thresholds, editions, value });
    return value;
  }
}
