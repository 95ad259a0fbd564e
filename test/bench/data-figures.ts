import { reportableIndicators } from '../../src/domain/figure-input.js';
import { monthOf, type Period, yearOf } from '../../src/domain/periods.js';
import type { PlanIndex } from '../../src/domain/plan-index.js';
import { periodsOf } from '../../src/domain/reporting-calendar.js';
import type { IndicatorData } from '../../src/plan/types.js';

/** One stored revision, by keys: the generator turns keys into ids when it writes. */
export interface FigureRow {
  zone: string | null;
  indicator: string;
  period: Period;
  value: number;
  enteredAt: Date;
}

/** What the generator makes: which periods each indicator has, and how many revisions the i-th period gets. */
export interface FigureShape {
  periods(indicator: IndicatorData, plan: PlanIndex): Period[];
  revisions(index: number, total: number): number;
}

/** A stable number in [0, 1) for a name, so every run generates the same figures. */
export function unit(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * The baseline year's figure and every period of the indicator's reporting
 * frequency after it through the plan's end: the periods the figure form offers.
 */
export function periodsAtFrequency(indicator: IndicatorData, plan: PlanIndex): Period[] {
  const base = plan.baselineYear;
  return [String(base), ...periodsOf(indicator, `${base + 1}-01-01`, plan.endsOn)];
}

/**
 * A plausible value: money grows some 10% a year and a flow is its year to
 * date; counts grow, ranks rise, rates climb towards 100%.
 */
export function plausibleValue(zone: string | null, indicator: IndicatorData, period: Period): number {
  const h = unit(`${zone ?? 'city'}|${indicator.key}`);
  const years = yearOf(period) - 2020;
  const share = indicator.measure === 'flow' ? (monthOf(period) ?? 12) / 12 : 1;
  if (indicator.unit === '%') return Math.min(100, Math.round(40 + 50 * h + 2 * years));
  if (indicator.unit === '位') return Math.max(1, Math.round(1 + 60 * h - years));
  if (indicator.unit.includes('元')) return Math.round((20 + 480 * h) * 1.1 ** years * share * 100) / 100;
  const count = indicator.measure === 'flow' ? 1 + 5 * h : 5 + 95 * h * 1.12 ** years;
  return Math.max(indicator.measure === 'flow' ? 0 : 1, Math.round(count * share));
}

/** When a period's figure is first entered (some days after it ends) and each correction after it. */
function enteredAt(period: Period, revision: number): Date {
  const month = monthOf(period);
  const year = yearOf(period);
  const first =
    year === 2020 && month === null
      ? Date.UTC(2022, 4, 10, 2)
      : month === null
        ? Date.UTC(year + 1, 2, 15, 2)
        : Date.UTC(year, month, 12, 2);
  return new Date(first + revision * 3 * 86_400_000);
}

/** The subjects that report figures: every zone, and the city where its own figures are read. */
export function subjects(plan: PlanIndex): (string | null)[] {
  return [...plan.data.zones.map((z) => z.slug), null];
}

/** Every (zone, indicator, period) the shape gives, in order. */
export function cells(
  plan: PlanIndex,
  shape: FigureShape,
): { zone: string | null; indicator: IndicatorData; period: Period }[] {
  const out: { zone: string | null; indicator: IndicatorData; period: Period }[] = [];
  for (const zone of subjects(plan)) {
    for (const key of reportableIndicators(plan, zone)) {
      const indicator = plan.indicator(key);
      for (const period of shape.periods(indicator, plan)) out.push({ zone, indicator, period });
    }
  }
  return out;
}

/** Each cell's revisions, oldest first: earlier ones a little off, the last one the value that counts. */
export function* figureRows(plan: PlanIndex, shape: FigureShape): Generator<FigureRow> {
  const all = cells(plan, shape);
  for (const [i, { zone, indicator, period }] of all.entries()) {
    const final = plausibleValue(zone, indicator, period);
    const count = shape.revisions(i, all.length);
    for (let r = 0; r < count; r++) {
      const off = (count - 1 - r) * 0.02;
      const value = indicator.unit.includes('元') ? Math.round(final * (1 - off) * 100) / 100 : final;
      yield { zone, indicator: indicator.key, period, value, enteredAt: enteredAt(period, r) };
    }
  }
}
