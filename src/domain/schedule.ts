import type { CountyData, IndicatorData, TargetData } from '../plan/types.js';
import { addDays, daysBetween } from './dates.js';
import { type FinalReading, readFinal } from './final-reading.js';
import { monthOf, type Period, yearOf } from './periods.js';
import {
  type FigureSource,
  type Measured,
  type Reading,
  readTarget,
  type Subject,
  wayAlong,
  wayStart,
} from './progress.js';
import type { Thresholds } from './thresholds.js';

/**
 * A target's light in 督查督办: green on track (or met), yellow behind 序时进度,
 * red far behind, or past its due date unmet or without its final figure;
 * grey when it cannot be judged.
 */
export type Rag = 'green' | 'yellow' | 'red' | 'grey';

/** Worst first, the order lights are counted in. */
export const RAGS: readonly Rag[] = ['red', 'yellow', 'green', 'grey'];

/** What targets and milestones are judged by: the day, and the configured thresholds. */
export interface Judging {
  today: string;
  thresholds: Thresholds;
}

/**
 * Progress against 序时进度, both in percent of the way from the baseline to
 * the goal, to one decimal as they are shown: a reader who subtracts the two
 * gets the gap shown, and the light follows the figures the reader sees.
 */
export interface Pace {
  actual: number;
  /** Where the figure should have been by the end of its period: the 序时进度. */
  expected: number;
  /** actual − expected, in percentage points; negative when behind. */
  gap: number;
}

/** Past the due date, what the final period's figures say. */
export type Outcome = 'met' | 'not_met' | 'missing';

export interface Verdict {
  rag: Rag;
  /**
   * null where there is no path to hold the figure against (a rank, a share
   * or a ceiling without a baseline), and past the due date, when only the
   * final figure counts.
   */
  pace: Pace | null;
  /** null until the due date has passed. */
  final: Outcome | null;
}

const UNJUDGED: Verdict = { rag: 'grey', pace: null, final: null };

/** Periods' last days, worked out once each: a ranking asks for them some hundred thousand times, of a few hundred periods. */
const ends = new Map<Period, string>();

/** The last day a figure's period covers: a month's last day, or Dec 31 for an annual figure. */
export function periodEnd(period: Period): string {
  let end = ends.get(period);
  if (end === undefined) {
    const year = yearOf(period);
    const month = monthOf(period);
    end =
      month === null || month === 12
        ? `${year}-12-31`
        : addDays(`${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
    ends.set(period, end);
  }
  return end;
}

/** The share of the days from `start` to `due` (both counted whole) gone by the end of `asOf`, within [0, 1]. */
export function timeFraction(start: string, due: string, asOf: string): number {
  const elapsed = daysBetween(start, asOf) + 1;
  const span = daysBetween(start, due) + 1;
  return Math.min(1, Math.max(0, elapsed / span));
}

/**
 * The 序时进度 at time fraction f, in percent of the way: a straight line, or
 * for a multiple (翻一番) compound growth B·(G/B)^f, since doubling means a
 * steady growth rate rather than a steady yearly amount.
 */
function expectedPercent(target: TargetData, from: number, goal: number, f: number): number {
  if (target.kind === 'multiple' && from > 0 && goal > from) {
    const ratio = goal / from;
    return ((ratio ** f - 1) * 100) / (ratio - 1);
  }
  return f * 100;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

function paceOf(actual: number, expected: number): Pace {
  const shown = { actual: oneDecimal(actual), expected: oneDecimal(expected) };
  // Rounded again: 21.4 − 40 is −18.599999999999998 in floating point.
  return { ...shown, gap: oneDecimal(shown.actual - shown.expected) };
}

// Kinds read as a level of their indicator, so a flow's part-year figure is a year-to-date total.
const LEVEL_KINDS = new Set<TargetData['kind']>(['level', 'range', 'multiple', 'increase']);

/** Where the reading stands against the target's path from its baseline to its goal. */
export function pace(
  target: TargetData,
  indicator: IndicatorData,
  reading: Measured,
  baselineYear: number,
): Pace | null {
  if (target.kind === 'rank_gain') return null;
  // From zero, any share would look on track: a share is judged only against its 2020 share.
  if (target.kind === 'share' && reading.baseline === null) return null;
  const from = wayStart(target, reading.baseline, reading.goal);
  if (from === null) return null;
  const month = monthOf(reading.period) ?? 12;
  if (target.kind === 'yearly') {
    const done = wayAlong(reading.actual, 0, reading.goal);
    return done === null ? null : paceOf(done, (month * 100) / 12);
  }
  // A 1–9月 total is held against 9/12 of the path's value for its year. Scaling
  // the baseline and goal alike keeps both percentages of the year-to-date way,
  // which is the total scaled up to a year held against the path at year end.
  const partYear = indicator.measure === 'flow' && LEVEL_KINDS.has(target.kind) && month < 12;
  const asOf = partYear ? `${yearOf(reading.period)}-12-31` : periodEnd(reading.period);
  const done = wayAlong(partYear ? (reading.actual * 12) / month : reading.actual, from, reading.goal);
  if (done === null) return null;
  const startYear = target.kind === 'cumulative' ? (target.fromYear ?? baselineYear + 1) : baselineYear + 1;
  const f = timeFraction(`${startYear}-01-01`, target.dueOn, asOf);
  return paceOf(done, expectedPercent(target, from, reading.goal, f));
}

/**
 * Green while no more than yellowPoints behind 序时进度, yellow when more,
 * red when more than redPoints behind: a gap exactly at a threshold keeps the better colour.
 */
export function ragOfGap(gap: number, thresholds: Thresholds): Rag {
  if (gap >= -thresholds.yellowPoints) return 'green';
  return gap >= -thresholds.redPoints ? 'yellow' : 'red';
}

/** 每年至少进1位: green when the places gained reach the goal, yellow when short of it without falling, red on 退位. */
export function ragOfRankGain(gained: number, goal: number): Rag {
  if (gained >= goal) return 'green';
  return gained >= 0 ? 'yellow' : 'red';
}

/**
 * Judges a reading against its path at the end of the latest figure's
 * period: a zone is held to where it should have been when it last reported.
 */
function judgeOnPath(
  target: TargetData,
  indicator: IndicatorData,
  reading: Reading,
  baselineYear: number,
  thresholds: Thresholds,
): Verdict {
  // A lead is told, not measured along a path: green ahead of the counties, red behind, grey while it cannot be told.
  if (reading.state === 'lead') {
    const { led } = reading.comparison;
    return led === null ? UNJUDGED : { rag: led ? 'green' : 'red', pace: null, final: null };
  }
  if (reading.state !== 'measured') return UNJUDGED;
  const onPath = pace(target, indicator, reading, baselineYear);
  const light = (): Rag => {
    if (target.kind === 'rank_gain') return ragOfRankGain(reading.actual, reading.goal);
    if (onPath) return ragOfGap(onPath.gap, thresholds);
    return reading.met ? 'green' : 'grey';
  };
  return { rag: light(), pace: onPath, final: null };
}

function outcomeOf(reading: FinalReading): Outcome {
  if (reading.state === 'missing') return 'missing';
  if (reading.met) return 'met';
  // Every year known was met, so the missing ones decide; one year short is a miss whatever they say.
  if (reading.state === 'years' && reading.years.every((y) => y.met)) return 'missing';
  return 'not_met';
}

/** Past the due date the only question is whether the final figures met the goal; not knowing is red too. */
function judgeFinal(reading: FinalReading): Verdict {
  const final = outcomeOf(reading);
  return { rag: final === 'met' ? 'green' : 'red', pace: null, final };
}

/**
 * Reads and judges a target for its subject (a growth lead against the
 * counties the zone is held to): until its due date against 序时进度 on the
 * latest figures; after it, on the final period's figures alone, as of `judging.today`.
 */
export function judgeTarget(
  target: TargetData,
  indicator: IndicatorData,
  subject: Subject,
  source: FigureSource,
  baselineYear: number,
  judging: Judging,
  counties: CountyData[] = [],
): { reading: Reading; verdict: Verdict } {
  if (judging.today > target.dueOn) {
    const reading = readFinal(target, subject, source, baselineYear, counties);
    return { reading, verdict: judgeFinal(reading) };
  }
  const reading = readTarget(target, subject, source, baselineYear, counties);
  return { reading, verdict: judgeOnPath(target, indicator, reading, baselineYear, judging.thresholds) };
}

export function countRags(verdicts: Verdict[]): Record<Rag, number> {
  const counts: Record<Rag, number> = { red: 0, yellow: 0, green: 0, grey: 0 };
  for (const v of verdicts) counts[v.rag]++;
  return counts;
}
