import type { Facts } from './facts.js';
import { effectiveReport, type MilestoneReport, type ReportedState } from './milestones.js';
import { comparePeriods } from './periods.js';
import type { Series } from './progress.js';

/** One stored figure revision, as the facts need it. */
export interface FigureFact {
  id: number;
  zone: string | null;
  indicator: string;
  period: string;
  value: number;
}

/** One stored milestone report, with the officer's decision when it needed one. */
export interface ReportFact {
  id: number;
  milestone: string;
  zone: string | null;
  state: ReportedState;
  enteredAt: Date;
  needsConfirmation: boolean;
  /** The officer's decision: null while none was made. */
  confirmed: boolean | null;
}

const CITY = '';
const key = (a: string, b: string | null) => `${a}\u0000${b ?? CITY}`;

function effective(r: ReportFact): MilestoneReport {
  return effectiveReport({ ...r, confirmation: r.confirmed === null ? null : { confirmed: r.confirmed } });
}

/**
 * Every zone's latest figures and milestone reports, kept up to date one row at
 * a time as writes arrive, in whatever order and however often: the latest
 * revision is the one with the highest id, so applying a row twice, or an older
 * one after a newer, changes nothing. Each change yields a new Facts value, so
 * answers computed from the old one are known to be stale.
 */
export class FactsModel {
  private readonly figures = new Map<string, Map<string, { id: number; value: number }>>();
  private readonly sorted = new Map<string, Series>();
  private readonly reports = new Map<string, { id: number; report: MilestoneReport }>();
  private view: Facts = this.freshView();

  get current(): Facts {
    return this.view;
  }

  /** Takes in figure revisions; true when any of them changed what the facts say. */
  applyFigures(rows: Iterable<FigureFact>): boolean {
    let changed = false;
    for (const row of rows) {
      const k = key(row.indicator, row.zone);
      const byPeriod = this.figures.get(k) ?? new Map<string, { id: number; value: number }>();
      const held = byPeriod.get(row.period);
      if (held && held.id >= row.id) continue;
      byPeriod.set(row.period, { id: row.id, value: row.value });
      this.figures.set(k, byPeriod);
      this.sorted.delete(k);
      changed = true;
    }
    if (changed) this.view = this.freshView();
    return changed;
  }

  /** Takes in milestone reports, decided or not; a decision re-applies its report. */
  applyReports(rows: Iterable<ReportFact>): boolean {
    let changed = false;
    for (const row of rows) {
      const k = key(row.milestone, row.zone);
      const held = this.reports.get(k);
      if (held && held.id > row.id) continue;
      const report = effective(row);
      if (held?.id === row.id && held.report.state === report.state) continue;
      this.reports.set(k, { id: row.id, report });
      changed = true;
    }
    if (changed) this.view = this.freshView();
    return changed;
  }

  private seriesOf(k: string): Series {
    let series = this.sorted.get(k);
    if (!series) {
      series = [...(this.figures.get(k) ?? [])]
        .map(([period, { value }]) => ({ period, value }))
        .sort((a, b) => comparePeriods(a.period, b.period));
      this.sorted.set(k, series);
    }
    return series;
  }

  private freshView(): Facts {
    return {
      series: (zone, indicator) => this.seriesOf(key(indicator, zone)),
      report: (milestone, zone) => this.reports.get(key(milestone, zone))?.report,
    };
  }
}
