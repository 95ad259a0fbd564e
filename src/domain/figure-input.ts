import { type AmountError, parseAmount } from './amount.js';
import { implausible, type Reference } from './figure-plausibility.js';
import {
  inPlanWindow,
  monthOf,
  PERIOD_PATTERN,
  type Period,
  type PlanWindow,
  periodsSince,
  yearOf,
} from './periods.js';
import type { PlanIndex } from './plan-index.js';
import type { FigureSource, Observation } from './progress.js';

/** A figure as someone typed it, in a modal or a CSV row. */
export interface FigureInput {
  /** A zone slug (or a county's key), or null for the whole city. */
  zone: string | null;
  indicator: string;
  period: string;
  value: string;
  note: string;
  source: string;
}

export interface ValidFigure {
  zone: string | null;
  indicator: string;
  period: Period;
  value: number;
  note: string | null;
  source: string | null;
}

export type FigureProblem =
  | { field: 'indicator'; code: 'unknown' | 'not_for_zone' }
  | {
      field: 'period';
      code: 'format' | 'future' | 'before_baseline' | 'baseline_month' | 'year_not_over' | 'after_plan';
    }
  | { field: 'value'; code: AmountError }
  /**
   * The period's current value already: nothing new to store. Note and source
   * do not count: a figure is its value, and restating it is no correction.
   */
  | { field: 'value'; code: 'unchanged' }
  /** Wildly off what the plan knows: a warning the reporter confirms by saying why in the note. */
  | { field: 'value'; code: 'needs_note'; previous: Observation; against: Reference }
  | { field: 'note' | 'source'; code: 'too_long' }
  | { field: 'source'; code: 'not_a_link' };

export const MAX_TEXT = 500;

/**
 * The indicators a zone reports: those of its targets. The city reports the
 * totals that shares are taken of, and a county the figures zones' growth is
 * held against (growth leads).
 */
export function reportableIndicators(plan: PlanIndex, zone: string | null): string[] {
  const targets =
    zone === null
      ? plan.data.targets.filter((t) => t.kind === 'share' || t.scope === 'city')
      : plan.county(zone)
        ? plan.data.targets.filter((t) => t.kind === 'growth_lead')
        : plan.targetsOfZone(zone).filter((t) => t.scope !== 'city');
  const keys = new Set(targets.map((t) => t.indicator));
  return plan.data.indicators.filter((i) => keys.has(i.key)).map((i) => i.key);
}

/** Only the periods the report form offers may be stored, however the submission reached us; the rest are told why. */
function periodProblem(period: string, today: string, window: PlanWindow): FigureProblem | null {
  if (!PERIOD_PATTERN.test(period)) return { field: 'period', code: 'format' };
  const year = yearOf(period);
  const { baselineYear } = window;
  if (year < baselineYear) return { field: 'period', code: 'before_baseline' };
  // A period yet to come is told so first: that it also lies beyond the plan is the lesser news.
  if (!periodsSince(today, baselineYear).includes(period)) {
    if (monthOf(period) === null) return { field: 'period', code: 'year_not_over' };
    return { field: 'period', code: year === baselineYear ? 'baseline_month' : 'future' };
  }
  return inPlanWindow(period, window) ? null : { field: 'period', code: 'after_plan' };
}

/** Schemes that would act rather than link if a reader's tool followed them. */
const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data|file):/i;

function sourceProblem(source: string): FigureProblem | null {
  if (source.length > MAX_TEXT) return { field: 'source', code: 'too_long' };
  if (UNSAFE_SCHEME.test(source)) return { field: 'source', code: 'not_a_link' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return null;
  try {
    return ['http:', 'https:'].includes(new URL(source).protocol) ? null : { field: 'source', code: 'not_a_link' };
  } catch {
    return { field: 'source', code: 'not_a_link' };
  }
}

/** A value the period has already is nothing new; one wildly off what the plan knows needs the reporter's word for it. */
function valueProblem(
  figure: Parameters<typeof implausible>[0],
  note: string,
  plan: PlanIndex,
  figures: FigureSource,
): FigureProblem | null {
  const current = figures.series(figure.zone, figure.indicator.key).find((o) => o.period === figure.period);
  if (current?.value === figure.value) return { field: 'value', code: 'unchanged' };
  const wild = note ? null : implausible(figure, plan, figures);
  return wild && { field: 'value', code: 'needs_note', ...wild };
}

/**
 * Checks a submitted figure against the plan, the calendar and the figures
 * reported so far; every problem is reported at once, each on its field.
 */
export function checkFigure(
  input: FigureInput,
  plan: PlanIndex,
  today: string,
  figures: FigureSource,
): { ok: true; figure: ValidFigure } | { ok: false; problems: FigureProblem[] } {
  const problems: FigureProblem[] = [];
  const indicator = plan.data.indicators.find((i) => i.key === input.indicator);
  if (!indicator) problems.push({ field: 'indicator', code: 'unknown' });
  else if (!reportableIndicators(plan, input.zone).includes(indicator.key)) {
    problems.push({ field: 'indicator', code: 'not_for_zone' });
  }
  const period = input.period.trim();
  const periodIssue = periodProblem(period, today, plan);
  if (periodIssue) problems.push(periodIssue);
  const note = input.note.trim();
  const source = input.source.trim();
  if (note.length > MAX_TEXT) problems.push({ field: 'note', code: 'too_long' });
  const sourceIssue = sourceProblem(source);
  if (sourceIssue) problems.push(sourceIssue);

  let value = Number.NaN;
  if (indicator) {
    const amount = parseAmount(input.value, indicator);
    if (!amount.ok) problems.push({ field: 'value', code: amount.error });
    else {
      value = amount.value;
      const issue = periodIssue
        ? null
        : valueProblem({ zone: input.zone, indicator, period, value }, note, plan, figures);
      if (issue) problems.push(issue);
    }
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    figure: { zone: input.zone, indicator: input.indicator, period, value, note: note || null, source: source || null },
  };
}
