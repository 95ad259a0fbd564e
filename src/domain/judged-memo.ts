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
    work: (source: FigureSource) => T,
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
      held.read.every((r) => source.series(r.zone, r.indicator) === r.series)
    )
      return held.value;
    const read: Read[] = [];
    const noting: FigureSource = {
      series(z, indicator) {
        const series = source.series(z, indicator);
        read.push({ zone: z, indicator, series });
        return series;
      },
    };
    const value = work(noting);
    byZone.set(key, { today: judging.today, thresholds: judging.thresholds, read, value });
    return value;
  }
}
