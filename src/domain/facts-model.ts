import type { Facts } from './facts.js';
import { effectiveReport, type MilestoneReport, type ReportedState } from './milestones.js';
import { inPlanWindow, type PlanWindow, periodKey } from './periods.js';
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
  /** The plan's key: milestone keys are a plan's own. */
  plan: string;
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
const reportKey = (plan: string, milestone: string, zone: string | null) => key(`${plan}\u0000${milestone}`, zone);

/** Which plan a view of the facts answers for: its key, and the periods its figures come from. */
export interface FactsScope extends PlanWindow {
  key: string;
}

/** A plan's key and window: a plan loaded again with another window reads other periods. */
const scopeKey = (scope: FactsScope) => `${scope.key} ${scope.baselineYear} ${scope.endsOn}`;

function effective(r: ReportFact): MilestoneReport {
  return effectiveReport({ ...r, confirmation: r.confirmed === null ? null : { confirmed: r.confirmed } });
}

/** A period's latest revision, with where the period sorts in time, worked out once when the row arrives. */
interface Held {
  id: number;
  value: number;
  at: number;
}

/**
 * Every zone's latest figures and milestone reports, kept up to date one row at
 * a time as writes arrive, in whatever order and however often: the latest
 * revision is the one with the highest id, so applying a row twice, or an older
 * one after a newer, changes nothing. Each change yields a new Facts value, so
 * answers computed from the old one are known to be stale.
 */
export class FactsModel {
  private readonly figures = new Map<string, Map<string, Held>>();
  private readonly sorted = new Map<string, Series>();
  /**
   * Each plan's series clipped to its window, by indicator and zone: kept from
   * one view to the next, a series dropped only when a figure in it changes,
   * as `sorted` is. Made afresh with every view, a `targets` right after a
   * write on the 150-zone plan clipped all 3,000 series again just to find the
   * 2,999 the write had not touched, and built a key for every lookup; what it
   * allocated made the answer collect garbage twice.
   */
  private readonly clipped = new Map<string, Map<string, Map<string, Series>>>();
  private readonly reports = new Map<string, { id: number; report: MilestoneReport }>();
  /** Each indicator's edition, made when first asked for and dropped when a figure of the indicator changes. */
  private readonly editions = new Map<string, object>();
  /** A view per plan, made anew after every change. */
  private views = new Map<string, Facts>();

  /** What one plan reads: its own milestones' reports, and the figures of its periods. */
  view(scope: FactsScope): Facts {
    let view = this.views.get(scopeKey(scope));
    if (!view) {
      view = this.freshView(scope);
      this.views.set(scopeKey(scope), view);
    }
    return view;
  }

  /** Takes in figure revisions; true when any of them changed what the facts say. */
  applyFigures(rows: Iterable<FigureFact>): boolean {
    let changed = false;
    for (const row of rows) {
      const k = key(row.indicator, row.zone);
      const byPeriod = this.figures.get(k) ?? new Map<string, Held>();
      const held = byPeriod.get(row.period);
      if (held && held.id >= row.id) continue;
      byPeriod.set(row.period, { id: row.id, value: row.value, at: held?.at ?? periodKey(row.period) });
      this.figures.set(k, byPeriod);
      this.sorted.delete(k);
      for (const byIndicator of this.clipped.values()) byIndicator.get(row.indicator)?.delete(row.zone ?? CITY);
      this.editions.delete(row.indicator);
      changed = true;
    }
    if (changed) this.views = new Map();
    return changed;
  }

  /** Takes in milestone reports, decided or not; a decision re-applies its report. */
  applyReports(rows: Iterable<ReportFact>): boolean {
    let changed = false;
    for (const row of rows) {
      const k = reportKey(row.plan, row.milestone, row.zone);
      const held = this.reports.get(k);
      if (held && held.id > row.id) continue;
      const report = effective(row);
      if (held?.id === row.id && held.report.state === report.state) continue;
      this.reports.set(k, { id: row.id, report });
      changed = true;
    }
    if (changed) this.views = new Map();
    return changed;
  }

  private editionOf(indicator: string): object {
    let edition = this.editions.get(indicator);
    if (!edition) {
      edition = {};
      this.editions.set(indicator, edition);
    }
    return edition;
  }

  private seriesOf(k: string): Series {
    let series = this.sorted.get(k);
    if (!series) {
      // On the keys kept with the figures: parsing both periods at every comparison made the first
      // answer on 150 zones, which sorts all 3,000 series, spend 47–168 ms sorting instead of 20–37.
      series = [...(this.figures.get(k) ?? [])]
        .sort((a, b) => a[1].at - b[1].at)
        .map(([period, { value }]) => ({ period, value }));
      this.sorted.set(k, series);
    }
    return series;
  }

  private freshView(scope: FactsScope): Facts {
    const byIndicator = this.clipped.get(scopeKey(scope)) ?? new Map<string, Map<string, Series>>();
    this.clipped.set(scopeKey(scope), byIndicator);
    const inside = (o: { period: string } | undefined) => o === undefined || inPlanWindow(o.period, scope);
    const series = (zone: string | null, indicator: string) => {
      let byZone = byIndicator.get(indicator);
      if (!byZone) {
        byZone = new Map();
        byIndicator.set(indicator, byZone);
      }
      let within = byZone.get(zone ?? CITY);
      if (!within) {
        const all = this.seriesOf(key(indicator, zone));
        // The window is one run of periods in time: a series inside it at both ends is inside it whole.
        within = inside(all[0]) && inside(all[all.length - 1]) ? all : all.filter(inside);
        byZone.set(zone ?? CITY, within);
      }
      return within;
    };
    return {
      series,
      report: (milestone, zone) => this.reports.get(reportKey(scope.key, milestone, zone))?.report,
      edition: (indicator) => this.editionOf(indicator),
    };
  }
}
