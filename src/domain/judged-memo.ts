import type { TargetData } from '../plan/types.js';
import type { FigureSource, Series } from './progress.js';
import type { Judging } from './schedule.js';

interface Read {
  zone: string | null;
  indicator: string;
  series: Series;
}

interface Held<T> {
  today: string;
  thresholds: Judging['thresholds'];
  read: Read[];
  value: T;
}

/** Whether the source still gives every series read. A loop, not `every`: it runs for each target and zone on every answer. */
function stillRead(read: Read[], source: FigureSource): boolean {
  for (const r of read) if (source.series(r.zone, r.indicator) !== r.series) return false;
  return true;
}

/**
 * What a target comes to for one zone, kept while every series it was worked
 * out from is the very one the figures give now: the facts replace a series
 * when a figure in it changes, and only then. `targets` judges every target
 * for every zone, so after a write it judges again only the zones whose
 * figures changed.
 */
export class JudgedMemo<T> {
  private readonly held = new WeakMap<TargetData, Map<string, Held<T>>>();

  judged(
    target: TargetData,
    zone: string | null,
    source: FigureSource,
    judging: Judging,
    /** Given the zone, so one function serves every zone of a target. */
    work: (source: FigureSource, zone: string | null) => T,
    /** Given the indicators the value was worked out from. */
    noted: Set<string>,
  ): T {
    let byZone = this.held.get(target);
    if (!byZone) {
      byZone = new Map();
      this.held.set(target, byZone);
    }
    const key = zone ?? '';
    const held = byZone.get(key);
    if (
      held &&
      held.today === judging.today &&
      held.thresholds === judging.thresholds &&
      stillRead(held.read, source)
    ) {
      for (const r of held.read) noted.add(r.indicator);
      return held.value;
    }
    const read: Read[] = [];
    const noting: FigureSource = {
      series(z, indicator) {
        const series = source.series(z, indicator);
        // Once each: a judgment asks for the same series several times, and every one noted is looked up again on each answer.
        if (!read.some((r) => r.zone === z && r.indicator === indicator)) read.push({ zone: z, indicator, series });
        noted.add(indicator);
        return series;
      },
    };
    const value = work(noting, zone);
    byZone.set(key, { today: judging.today, thresholds: judging.thresholds, read, value });
    return value;
  }
}
