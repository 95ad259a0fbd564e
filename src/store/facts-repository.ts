import type { Facts } from '../domain/facts.js';
import { effectiveReport, type MilestoneReport } from '../domain/milestones.js';
import { comparePeriods } from '../domain/periods.js';
import type { Series } from '../domain/progress.js';
import type { Db } from './database.js';

const CITY = '';
const key = (a: string, b: string | null) => `${a}\u0000${b ?? CITY}`;

/**
 * Reads every figure and milestone report once. Rows come oldest first, so a
 * later revision of the same zone, indicator and period replaces an earlier one.
 */
export async function readFacts(db: Db): Promise<Facts> {
  const [figures, updates] = await Promise.all([
    db.figure.findMany({
      orderBy: [{ enteredAt: 'asc' }, { id: 'asc' }],
      select: { period: true, value: true, zone: { select: { slug: true } }, indicator: { select: { key: true } } },
    }),
    db.milestoneUpdate.findMany({
      orderBy: [{ enteredAt: 'asc' }, { id: 'asc' }],
      select: {
        state: true,
        enteredAt: true,
        needsConfirmation: true,
        confirmation: { select: { confirmed: true } },
        zone: { select: { slug: true } },
        milestone: { select: { key: true } },
      },
    }),
  ]);

  const latest = new Map<string, Map<string, number>>();
  for (const f of figures) {
    const k = key(f.indicator.key, f.zone?.slug ?? null);
    const byPeriod = latest.get(k) ?? new Map<string, number>();
    byPeriod.set(f.period, f.value);
    latest.set(k, byPeriod);
  }
  const series = new Map<string, Series>();
  for (const [k, byPeriod] of latest) {
    series.set(
      k,
      [...byPeriod].map(([period, value]) => ({ period, value })).sort((a, b) => comparePeriods(a.period, b.period)),
    );
  }

  const reports = new Map<string, MilestoneReport>();
  for (const u of updates) {
    reports.set(key(u.milestone.key, u.zone?.slug ?? null), effectiveReport(u));
  }

  return {
    series: (zone, indicator) => series.get(key(indicator, zone)) ?? [],
    report: (milestone, zone) => reports.get(key(milestone, zone)),
  };
}
