import type { CommandContext } from '../../commands/command.js';
import { localDate } from '../../src/domain/dates.js';
import { type Facts, NO_FACTS } from '../../src/domain/facts.js';
import type { MilestoneReport } from '../../src/domain/milestones.js';
import { comparePeriods } from '../../src/domain/periods.js';
import { PlanIndex } from '../../src/domain/plan-index.js';
import type { Observation } from '../../src/domain/progress.js';
import { type Actor, TERMINAL_ACTOR } from '../../src/domain/roles.js';
import type { Lang } from '../../src/i18n/lang.js';
import { readPlanFile } from '../../src/plan/read.js';
import type { Services } from '../../src/services/services.js';
import { REAL_PLAN_FILE } from './plan-files.js';

/** The real action plan, indexed, for command and view tests that need no database. */
export const PLAN = new PlanIndex(readPlanFile(REAL_PLAN_FILE).data);

export interface FigureRow {
  zone: string | null;
  indicator: string;
  period: string;
  value: number;
}

export interface ReportRow extends MilestoneReport {
  milestone: string;
  zone: string | null;
}

/** Facts from plain rows (latest row wins), as the facts repository builds them from the database. */
export function factsOf(figures: FigureRow[] = [], reports: ReportRow[] = []): Facts {
  if (figures.length === 0 && reports.length === 0) return NO_FACTS;
  const edition = {};
  return {
    series(zone, indicator) {
      const byPeriod = new Map<string, Observation>();
      for (const f of figures) {
        if (f.zone === zone && f.indicator === indicator) byPeriod.set(f.period, { period: f.period, value: f.value });
      }
      return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
    },
    report: (milestone, zone) => reports.filter((r) => r.milestone === milestone && r.zone === zone).at(-1),
    edition: () => edition,
  };
}

export interface ContextOptions {
  lang?: Lang;
  now?: Date;
  facts?: Facts;
  userId?: string | null;
  actor?: Actor;
}

export const DEFAULT_THRESHOLDS = { yellowPoints: 10, redPoints: 30, dueSoonDays: 30 };

/** A command context over the real plan; `now` defaults to a fixed instant so answers are stable. */
export function commandContext(options: ContextOptions = {}): CommandContext {
  const now = options.now ?? new Date('2026-11-28T02:00:00Z');
  return {
    lang: options.lang ?? 'zh',
    userId: options.userId === undefined ? 'U0000USER' : options.userId,
    now,
    today: localDate(now),
    plan: PLAN,
    facts: options.facts ?? NO_FACTS,
    thresholds: DEFAULT_THRESHOLDS,
    actor: options.actor ?? TERMINAL_ACTOR,
    surface: options.userId === null ? 'terminal' : 'slack',
    // Read commands need no services; a test of one that does starts the whole runtime instead.
    services: {} as Services,
  };
}
