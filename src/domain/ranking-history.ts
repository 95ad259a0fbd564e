import { type Month, previousMonth } from './ranking-month.js';

/** A monthly ranking as stored: each zone's rank (null when it was not scored) and score. */
export interface RankSnapshot {
  month: Month;
  entries: readonly { zone: string; rank: number | null; score: number | null }[];
}

/** The change since the month before (进位 ↑n / 退位 ↓n / 持平 / 新上榜); a smaller rank is a rise. */
export type RankChange = { kind: 'up' | 'down'; places: number } | { kind: 'same' } | { kind: 'new' };

/** One month's move in the bot's own ranking. */
export interface MonthMove {
  month: Month;
  from: number;
  to: number;
}

/**
 * The bot's own early warnings, read off its monthly rankings: they foresee
 * the plan's assessment rules, they are not its verdict. 约谈整改预警 after
 * falling two months running; 通报表彰候选 after rising three months running.
 */
export type EarlyWarningKind = 'interview_warning' | 'commendation_candidate';

export interface EarlyWarning {
  kind: EarlyWarningKind;
  /** The run of moves it rests on, oldest first. */
  moves: MonthMove[];
}

export interface EarlyWarningRules {
  fallsInARow: number;
  risesInARow: number;
}

export const EARLY_WARNING_RULES: EarlyWarningRules = { fallsInARow: 2, risesInARow: 3 };

/** Every zone's rank in each stored month, looked up by month then zone. */
export type RankHistory = Map<Month, Map<string, number | null>>;

export function rankHistory(history: readonly RankSnapshot[]): RankHistory {
  return new Map(history.map((s) => [s.month, new Map(s.entries.map((e) => [e.zone, e.rank]))]));
}

export function rankChange(rank: number, before: number | null | undefined): RankChange {
  if (before === null || before === undefined) return { kind: 'new' };
  if (rank === before) return { kind: 'same' };
  return rank < before ? { kind: 'up', places: before - rank } : { kind: 'down', places: rank - before };
}

/**
 * The moves one way that end in `month`, month by month back through the
 * history. A month held, a month missing from the history or one the zone
 * was not ranked in ends the run.
 */
function runTo(zone: string, month: Month, rank: number, history: RankHistory, rising: boolean): MonthMove[] {
  const moves: MonthMove[] = [];
  let at = month;
  let to = rank;
  for (;;) {
    const before = previousMonth(at);
    const from = history.get(before)?.get(zone);
    if (from === null || from === undefined || from === to || to < from !== rising) break;
    moves.unshift({ month: at, from, to });
    at = before;
    to = from;
  }
  return moves;
}

export function earlyWarnings(
  zone: string,
  month: Month,
  rank: number,
  history: RankHistory,
  rules: EarlyWarningRules = EARLY_WARNING_RULES,
): EarlyWarning[] {
  const falls = runTo(zone, month, rank, history, false);
  const rises = runTo(zone, month, rank, history, true);
  return [
    ...(falls.length >= rules.fallsInARow ? [{ kind: 'interview_warning' as const, moves: falls }] : []),
    ...(rises.length >= rules.risesInARow ? [{ kind: 'commendation_candidate' as const, moves: rises }] : []),
  ];
}
