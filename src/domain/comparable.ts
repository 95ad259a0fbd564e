import { comparePeriods, monthOf, type Period, yearOf } from './periods.js';
import type { FigureSource, Observation, Series, Subject } from './progress.js';

/**
 * Figures that may be set side by side to measure a pace, keyed by what they
 * are comparable with: a year's end ("2023": its annual figure, else its
 * December) or one month ("2023-06"). A flow's month is a year-to-date total
 * (1–6月累计), comparable only with the same month of another year; a count is
 * kept to the same rule, so that recognitions made in batches at some times
 * of the year do not pass for a pace.
 */
export type Comparable = Map<Period, number>;

const yearEnd = (period: Period) => (monthOf(period) === 12 ? String(yearOf(period)) : period);

/** Which figures a key is comparable with: 12 for a year's end, else its month. */
export const slotOf = (key: Period) => monthOf(key) ?? 12;

/** One series keyed for comparison, up to `lastYear`: an annual figure stands over the year's December. */
export function comparable(series: Series, lastYear: number): Comparable {
  const out: Comparable = new Map();
  for (const o of series) {
    if (yearOf(o.period) > lastYear) continue;
    const key = yearEnd(o.period);
    if (monthOf(o.period) === 12 && out.has(key)) continue;
    out.set(key, o.value);
  }
  return out;
}

/**
 * The subject's figures summed, for the keys that every zone of it reported:
 * one zone's figure must not stand for the others', so a period some of them
 * left out is no figure of theirs together.
 */
export function comparableOf(source: FigureSource, subject: Subject, indicator: string, lastYear: number): Comparable {
  const [first, ...rest] = subject.map((zone) => comparable(source.series(zone, indicator), lastYear));
  const out: Comparable = new Map();
  if (!first) return out;
  for (const [key, value] of first) {
    let sum = value;
    for (const other of rest) {
      const more = other.get(key);
      if (more === undefined) {
        sum = Number.NaN;
        break;
      }
      sum += more;
    }
    if (!Number.isNaN(sum)) out.set(key, sum);
  }
  return out;
}

/** The zones' figures as a percentage of the city's, for the keys both have (the city's above zero). */
export function shareOf(zones: Comparable, city: Comparable): Comparable {
  const out: Comparable = new Map();
  for (const [key, value] of zones) {
    const whole = city.get(key);
    if (whole !== undefined && whole > 0) out.set(key, (value / whole) * 100);
  }
  return out;
}

/** The figures in time order. */
export function inOrder(figures: Comparable): Observation[] {
  return [...figures].map(([period, value]) => ({ period, value })).sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The two figures a pace is measured between: the latest figure that has an
 * earlier comparable one, and the earliest of those. The years between them
 * are whole, and the pace is their average: simple to check by hand, and once
 * year-end figures are in, anchored on the baseline year.
 */
export function pacePair(figures: Comparable): { from: Observation; to: Observation } | null {
  const all = inOrder(figures);
  for (const to of [...all].reverse()) {
    const from = all.find((o) => slotOf(o.period) === slotOf(to.period) && yearOf(o.period) < yearOf(to.period));
    if (from) return { from, to };
  }
  return null;
}

/** The latest figure comparable with the one a due date is judged on (a year's end, or the due month). */
export function latestLike(figures: Comparable, dueOn: string): Observation | undefined {
  const slot = dueOn.endsWith('-12-31') ? 12 : Number(dueOn.slice(5, 7));
  return inOrder(figures)
    .filter((o) => slotOf(o.period) === slot)
    .at(-1);
}
