import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { localDate } from '../domain/dates.js';
import type { BadRow, GoodRow } from '../domain/figure-csv.js';
import type { LedgerRecords } from '../domain/ledger.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { FigureRevision, ProgressReport } from '../domain/records.js';
import { type Actor, type Grant, isAdmin } from '../domain/roles.js';
import { insertFigures, readRevisions } from '../store/figures-repository.js';
import { batchesOf, countLedgerFigures, ledgerFigures } from '../store/ledger-groups.js';
import { progressWhere, readProgress } from '../store/progress-repository.js';
import { refuse } from './authorize.js';
import type { ReportingDeps } from './reporting-deps.js';

export type ImportOutcome =
  | { kind: 'unreadable' }
  /** Nothing was imported: every bad line, with its problems. */
  | { kind: 'rejected'; bad: BadRow[] }
  /**
   * `checked` on a dry run (nothing written), `imported` when every new or
   * changed row was stored; `unchanged` rows had the value already and are not stored again.
   */
  | { kind: 'checked' | 'imported'; rows: GoodRow[]; unchanged: number };

const ADMIN: Grant = { role: 'admin', zone: null, unit: null };
/** A whole plan period of every zone's figures is stored in one transaction, all or none. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

/**
 * The terminal's words reach a command folded to NFKC, so a file named with
 * full-width brackets (数据（2024）.csv) arrives as 数据(2024).csv; when that
 * name is not there, the directory entry that folds to it is read instead.
 */
async function readTyped(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    try {
      const folded = (await readdir(dirname(path))).find((name) => name.normalize('NFKC') === basename(path));
      return folded === undefined ? null : await readFile(join(dirname(path), folded));
    } catch {
      return null;
    }
  }
}

/** The 台账 (every figure revision and progress report) and bulk import of figures from CSV. */
export class LedgerService {
  constructor(private readonly deps: ReportingDeps) {}

  /**
   * A plan's 台账: every revision of its periods' figures and every report on
   * its milestones, oldest first, of one zone (its own rows only) or of all
   * zones, the city and the units.
   */
  async records(plan: PlanIndex, zone?: string): Promise<{ figures: FigureRevision[]; progress: ProgressReport[] }> {
    const [figures, progress] = await Promise.all([
      readRevisions(this.deps.database.db, { plan, ...(zone === undefined ? {} : { zone }) }),
      readProgress(this.deps.database.db, { plan: plan.key, zone }),
    ]);
    return { figures, progress };
  }

  /** How many figure revisions and progress reports the 台账 of `records` holds, counted without reading them. */
  async counts(plan: PlanIndex, zone?: string): Promise<{ figures: number; progress: number }> {
    const { db } = this.deps.database;
    const [figures, progress] = await Promise.all([
      countLedgerFigures(db, plan, zone),
      db.milestoneUpdate.count({ where: progressWhere({ plan: plan.key, zone }) }),
    ]);
    return { figures, progress };
  }

  /**
   * The 台账 of `records` a few indicators of a zone at a time, in the plan's
   * order of zones and indicators, then its counties', then the city's figures
   * and the units' own reports: an export holds a few hundred revisions at
   * once, however long the ledger, so its memory does not grow with it.
   * Reports, which are few, are read at once; those of a zone the plan no
   * longer names come before the city's.
   */
  async *batches(plan: PlanIndex, zone?: string): AsyncGenerator<LedgerRecords> {
    const { db } = this.deps.database;
    const [progress, figures] = await Promise.all([
      readProgress(db, { plan: plan.key, zone }),
      ledgerFigures(db, plan, zone),
    ]);
    const position = new Map(plan.data.indicators.map((i) => [i.key, i.position]));
    const inOrder = (key: string) => position.get(key) ?? Number.MAX_SAFE_INTEGER;
    const reportsOf = (slug: string | null) => progress.filter((p) => p.zone === slug);
    const named = new Set(plan.data.zones.map((z) => z.slug));
    const counties = plan.data.counties.map((c) => c.key);
    const subjects: (string | null)[] = zone === undefined ? [...named, ...counties, null] : [zone];
    for (const subject of subjects) {
      if (subject === null) {
        const unnamed = progress.filter((p) => p.zone !== null && !named.has(p.zone));
        if (unnamed.length) yield { figures: [], progress: unnamed };
      }
      const own = figures.groups
        .filter((g) => g.zone === subject)
        .sort((a, b) => inOrder(a.indicator) - inOrder(b.indicator));
      for (const batch of batchesOf(own)) yield { figures: await figures.read(batch), progress: [] };
      const reports = reportsOf(subject);
      if (reports.length) yield { figures: [], progress: reports };
    }
  }

  async importFile(actor: Actor, plan: PlanIndex, path: string, dryRun: boolean): Promise<ImportOutcome> {
    const bytes = await readTyped(path);
    return bytes ? this.importBytes(actor, plan, bytes, dryRun) : { kind: 'unreadable' };
  }

  /**
   * Checks every row before writing any, then stores them all in one
   * transaction or none: a half-imported file would leave the 台账 in a state
   * nobody entered.
   */
  async importBytes(actor: Actor, plan: PlanIndex, bytes: Uint8Array, dryRun: boolean): Promise<ImportOutcome> {
    await this.onlyAdmins(actor);
    const facts = await this.deps.facts.current(plan);
    const now = this.deps.clock();
    // The CSV parser is loaded for an import, not at every start.
    const { decodeCsv, parseFigureCsv } = await import('../domain/figure-csv.js');
    const parsed = parseFigureCsv(decodeCsv(bytes), plan, localDate(now), (zone, indicator) =>
      facts.series(zone, indicator),
    );
    if (parsed.bad.length) return { kind: 'rejected', bad: parsed.bad };
    const { good: rows, unchanged } = parsed;
    if (dryRun) return { kind: 'checked', rows, unchanged: unchanged.length };
    if (rows.length) {
      const figures = rows.map((row) => row.figure);
      await this.deps.database.write((tx, log) => insertFigures(tx, log, figures, actor.userId ?? 'terminal', now), {
        timeoutMs: IMPORT_TIMEOUT_MS,
      });
      await this.deps.feed.settle();
    }
    return { kind: 'imported', rows, unchanged: unchanged.length };
  }

  /** Baselines and city totals are among the rows, and only admins may set those. */
  private async onlyAdmins(actor: Actor): Promise<void> {
    const current = await this.deps.roles.current(actor);
    if (!isAdmin(current)) await refuse(this.deps.roles, current, [ADMIN]);
  }
}
