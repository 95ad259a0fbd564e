import { PlanIndex } from '../../src/domain/plan-index.js';
import type { Reporting } from '../../src/plan/types.js';
import { PLAN } from '../support/command-context.js';

export const MONTHLY: Reporting = { frequency: 'monthly', due: { monthsAfter: 1, workingDay: 10 } };
export const QUARTERLY: Reporting = { frequency: 'quarterly', due: { monthsAfter: 1, workingDay: 10 } };
export const YEARLY: Reporting = { frequency: 'yearly', due: { monthsAfter: 3, workingDay: 10 } };

/**
 * The real plan with the reporting rules a test states (monthly where it
 * states none) and an assessment date, so that tests of the reporting rule
 * hold whatever the plan file chooses.
 */
export function planWith(rules: Record<string, Reporting>, assessment: string | null = '2026-03-31'): PlanIndex {
  const { plan, indicators } = PLAN.data;
  const { assessment: _, ...header } = plan;
  return new PlanIndex({
    ...PLAN.data,
    plan: assessment ? { ...header, assessment: { date: assessment } } : header,
    indicators: indicators.map((i) => ({ ...i, reporting: rules[i.key] ?? MONTHLY })),
  });
}

/** Rank and agency share yearly, high-tech enterprises quarterly, the rest monthly. */
export const MIXED = planWith({
  provincial_rank: YEARLY,
  economic_agency_share: YEARLY,
  hitech_enterprises: QUARTERLY,
});
