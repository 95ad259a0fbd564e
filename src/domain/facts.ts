import type { MilestoneReport } from './milestones.js';
import type { FigureSource } from './progress.js';

/** What zones have reported: figures, and milestone states. */
export interface Facts extends FigureSource {
  /** The latest report on a milestone by a zone, or by its owing unit when zone is null. */
  report(milestoneKey: string, zone: string | null): MilestoneReport | undefined;
}

/** No reports at all: the state before anyone has submitted anything. */
export const NO_FACTS: Facts = {
  series: () => [],
  report: () => undefined,
};
