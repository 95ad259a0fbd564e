import type { IndicatorData, TargetData } from '../plan/types.js';
import { comparePeriods, monthOf, type Period, yearOf } from './periods.js';
import type { PlanIndex } from './plan-index.js';
import type { FigureSource, Observation } from './progress.js';

/** A figure this many times larger or smaller than what it is held against is probably a typo. */
export const WILD_RATIO = 10;

/** What a figure was found wildly off: another period's figure, the 2020 baseline, the plan's target, or the city's total. */
export type Reference = 'period' | 'baseline' | 'target' | 'city';

export interface Implausible {
  /** The figure it was held against, as the reporter will be shown it. */
  previous: Observation;
  against: Reference;
}

interface Yardstick {
  o: Observation;
  against: Reference;
  /** For the zones' goal together, which one zone's figure may fall far short of but not pass tenfold. */
  upperOnly: boolean;
}

/** A year-to-date flow figure as a whole year's, so that a March total, an annual figure and a goal compare. */
function annualised(o: Observation, indicator: IndicatorData): number {
  const month = monthOf(o.period);
  return indicator.measure === 'flow' && month !== null ? (o.value * 12) / month : o.value;
}

function off(value: number, reference: number, upperOnly: boolean): boolean {
  if (value <= 0 || reference <= 0) return false;
  const ratio = value / reference;
  return ratio > WILD_RATIO || (!upperOnly && ratio < 1 / WILD_RATIO);
}

// Goals set in the indicator's own units; a share is a percentage, a rank gain a count of places, and a
// multiple or an increase is the baseline raised, which the baseline itself already stands for.
const IN_UNITS = new Set<TargetData['kind']>(['level', 'range', 'yearly', 'cumulative']);

/** The plan's goals for a zone (or, with zone null, the city) as figures of their due year. */
function goals(plan: PlanIndex, zone: string | null, indicator: string): Yardstick[] {
  const targets =
    zone === null
      ? plan.data.targets.filter((t) => t.scope === 'city' || t.aggregate === 'total')
      : plan.targetsOfZone(zone).filter((t) => t.scope !== 'city');
  return targets
    .filter((t) => t.indicator === indicator && IN_UNITS.has(t.kind))
    .map((t) => ({
      o: { period: String(yearOf(t.dueOn)), value: t.value },
      against: 'target',
      // A cumulative goal is several years' worth; a zone's share of one met together can be small.
      upperOnly: t.kind === 'cumulative' || (zone === null ? t.scope !== 'city' : t.aggregate === 'total'),
    }));
}

/**
 * Whether a figure is wildly off what the plan knows, and what it is off:
 * above the city's total for the same period; more than ten times off the
 * 2020 baseline or a goal; or, failing those, off the nearest other period's
 * figure. The value a figure replaces is never held against it, so a wrong
 * figure can always be corrected, and a stored figure that is itself wildly
 * off the plan is no yardstick for the others.
 */
export function implausible(
  figure: { zone: string | null; indicator: IndicatorData; period: Period; value: number },
  plan: PlanIndex,
  figures: FigureSource,
): Implausible | null {
  const { zone, indicator, period } = figure;
  const scaled = (o: Observation) => annualised(o, indicator);
  const fixed = goals(plan, zone, indicator.key);
  const fits = (o: Observation, by: Yardstick[]) => !by.some((y) => off(scaled(o), scaled(y.o), y.upperOnly));
  const others = figures.series(zone, indicator.key).filter((o) => o.period !== period);
  const base = String(plan.data.plan.baselineYear);
  const baseline = others.find((o) => o.period === base);
  const yardsticks: Yardstick[] = [
    ...(baseline && fits(baseline, fixed) ? [{ o: baseline, against: 'baseline' as const, upperOnly: false }] : []),
    ...fixed,
  ];

  const city = zone === null ? undefined : figures.series(null, indicator.key).find((o) => o.period === period);
  if (city && figure.value > city.value) return { previous: city, against: 'city' };
  const wild = yardsticks.find((y) => off(scaled(figure), scaled(y.o), y.upperOnly));
  if (wild) return { previous: wild.o, against: wild.against };
  const earlier = others.filter((o) => o.period !== base && comparePeriods(o.period, period) < 0).reverse();
  const later = others.filter((o) => comparePeriods(o.period, period) > 0);
  const nearest = [...earlier, ...later].find((o) => fits(o, yardsticks));
  return nearest && off(scaled(figure), scaled(nearest), false) ? { previous: nearest, against: 'period' } : null;
}
