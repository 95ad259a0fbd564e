import type { MilestoneReport } from './milestones.js';
import type { FigureSource } from './progress.js';

/** What zones have reported: figures, and milestone states. */
export interface Facts extends FigureSource {
  /** The latest report on a milestone by a zone, or by its owing unit when zone is null. */
  report(milestoneKey: string, zone: string | null): MilestoneReport | undefined;
  /**
   * The same object for as long as no figure of the indicator changes, and
   * never the same for other facts: what was worked out from an indicator's
   * figures stands while its edition does.
   */
  edition(indicator: string): object;
}

const NO_EDITION = {};

/** No reports at all: the state before anyone has submitted anything. */
export const NO_FACTS: Facts = {
  series: () => [],
  report: () => undefined,
  edition: () => NO_EDITION,
};
