import { type Comparable, inOrder, latestLike, pacePair } from './comparable.js';
import { aimFrom, type Goal, outlookOf, shortfallOf } from './outlook.js';
import { monthOf, type Period, yearOf } from './periods.js';
import { meets, type Observation } from './progress.js';
import type { Projected } from './projection.js';

/** Why a path gave no projection: too few comparable figures. */
export const TOO_FEW = 'too_few_figures';

type Path = Omit<Projected, 'state' | 'dueOn'> | typeof TOO_FEW;

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/** Years from the end of a figure's period to the due date, in whole months. */
function yearsLeft(period: Period, dueOn: string): number {
  const due = yearOf(dueOn) * 12 + Number(dueOn.slice(5, 7));
  return (due - (yearOf(period) * 12 + (monthOf(period) ?? 12))) / 12;
}

export interface LevelRule extends Goal {
  /** A flow: year-to-date totals, projected from the latest figure comparable with the final one, in whole years. */
  flow: boolean;
  /** Growth compounds (a flow, a doubling); else a steady yearly amount (a count, a share). */
  compound: boolean;
  /** A percentage, which cannot pass 100. */
  percent: boolean;
  quantity: 'level' | 'share';
}

/**
 * A level carried forward at the pace between the two comparable figures:
 * compound growth (to/from)^(1/years) − 1, or a steady yearly amount
 * (to − from)/years. Compound growth needs both figures and the base above
 * zero (from nothing no rate means anything); otherwise the yearly amount is
 * used, and the method says so. A count falling at a steady amount stops at zero.
 */
export function projectLevel(figures: Comparable, rule: LevelRule, dueOn: string): Path {
  const pair = pacePair(figures);
  const base = rule.flow ? latestLike(figures, dueOn) : inOrder(figures).at(-1);
  if (!pair || !base) return TOO_FEW;
  const { from, to } = pair;
  const span = yearOf(to.period) - yearOf(from.period);
  const left = Math.max(0, rule.flow ? yearOf(dueOn) - yearOf(base.period) : yearsLeft(base.period, dueOn));
  const compound = rule.compound && from.value > 0 && to.value > 0 && base.value > 0;
  const rate = compound ? (to.value / from.value) ** (1 / span) - 1 : (to.value - from.value) / span;
  let expected = compound ? base.value * (1 + rate) ** left : base.value + rate * left;
  if (from.value >= 0 && base.value >= 0) expected = Math.max(0, expected);
  if (rule.percent) expected = Math.min(100, expected);
  const met = meets(base.value, rule.comparator, rule.goal, rule.goalMax);
  const aim = aimFrom(base.value, rule);
  const needed = compound ? (aim / base.value) ** (1 / left) - 1 : (aim - base.value) / left;
  return {
    method: compound ? 'compound' : 'linear',
    quantity: rule.quantity,
    from,
    to,
    base,
    goal: rule.goal,
    goalMax: rule.goalMax,
    expected,
    currentGrowth: rate,
    neededGrowth: met ? 0 : left > 0 ? finite(needed) : null,
    verdict: outlookOf(expected, rule),
    shortfall: shortfallOf(expected, rule),
    shortYears: [],
  };
}

/**
 * A total over the years from `firstYear` carried forward at the average of
 * the whole years so far: each year still to come (the running one at least
 * at what it has already brought) adds that average. Needs two whole years in
 * a row from the first; after a year left out the total so far is not known.
 */
export function projectCumulative(figures: Comparable, goal: Goal, firstYear: number, dueOn: string): Path {
  const lastYear = yearOf(dueOn);
  const amounts: Observation[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const value = figures.get(String(year));
    if (value === undefined) break;
    amounts.push({ period: String(year), value });
  }
  const next = firstYear + amounts.length;
  const later = inOrder(figures).filter((o) => yearOf(o.period) >= next);
  const running = later.filter((o) => yearOf(o.period) === next).at(-1);
  const first = amounts[0];
  const last = amounts.at(-1);
  if (!first || !last || amounts.length < 2 || later.some((o) => yearOf(o.period) > next)) return TOO_FEW;
  const done = amounts.reduce((sum, o) => sum + o.value, 0);
  const pace = done / amounts.length;
  const left = lastYear - next + 1;
  const expected = left > 0 ? done + Math.max(running?.value ?? 0, pace) + pace * (left - 1) : done;
  const soFar = done + (running?.value ?? 0);
  const met = meets(soFar, goal.comparator, goal.goal, goal.goalMax);
  return {
    method: 'linear',
    quantity: 'cumulative',
    from: first,
    to: last,
    base: { period: running?.period ?? last.period, value: soFar },
    goal: goal.goal,
    goalMax: goal.goalMax,
    expected,
    currentGrowth: pace,
    neededGrowth: met ? 0 : left > 0 ? (goal.goal - done) / left : null,
    verdict: outlookOf(expected, goal),
    shortfall: shortfallOf(expected, goal),
    shortYears: [],
  };
}

/**
 * A rank (1 the best) and an obligation to rise `places` every year from
 * `firstYear`: the pace is the average places gained a year between the
 * earliest and the latest year's rank, and the rank at the due year is where
 * that pace leads (never above first place). Each year is owed on its own,
 * so a year already short settles it: will miss. Otherwise on course when the
 * average gain is at least the yearly goal, at risk when it gains fewer,
 * a miss when it holds or falls.
 */
export function projectRank(figures: Comparable, places: number, firstYear: number, dueOn: string): Path {
  const ranks = inOrder(figures).filter((o) => monthOf(o.period) === null);
  const from = ranks[0];
  const to = ranks.at(-1);
  if (!from || !to || ranks.length < 2) return TOO_FEW;
  const pace = (from.value - to.value) / (yearOf(to.period) - yearOf(from.period));
  const left = yearOf(dueOn) - yearOf(to.period);
  const byYear = new Map(ranks.map((o) => [yearOf(o.period), o.value]));
  const shortYears = ranks
    .map((o) => ({ year: yearOf(o.period), gained: (byYear.get(yearOf(o.period) - 1) ?? Number.NaN) - o.value }))
    .filter((y) => y.year >= firstYear && y.gained < places)
    .map((y) => y.year);
  const verdict = shortYears.length || pace <= 0 ? 'will_miss' : pace >= places ? 'on_course' : 'at_risk';
  return {
    method: 'linear',
    quantity: 'rank',
    from,
    to,
    base: to,
    goal: places,
    goalMax: null,
    expected: Math.max(1, to.value - pace * left),
    currentGrowth: pace,
    neededGrowth: left > 0 ? places : null,
    verdict,
    shortfall: shortYears.length ? 1 : Math.max(0, (places - pace) / places),
    shortYears,
  };
}
