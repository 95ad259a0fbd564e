import type { Facts } from '../domain/facts.js';
import { FactsModel, type FactsScope } from '../domain/facts-model.js';
import type { ChangeRow } from '../store/changes-repository.js';
import type { Db } from '../store/database.js';
import { readFigureFacts, readLatestFigureFacts, readReportFacts } from '../store/facts-repository.js';
import type { ChangeFeed } from './change-feed.js';

const rangeOf = (c: ChangeRow) => (c.fromId === null || c.toId === null ? null : { fromId: c.fromId, toId: c.toId });

/**
 * Every zone's latest figures and milestone reports, held in memory: read
 * whole once, then brought up to date row by row from the change feed, so an
 * answer costs no query and a write costs no reload.
 */
export class FactsService {
  private model: Promise<FactsModel> | null = null;

  constructor(
    private readonly db: Db,
    feed: ChangeFeed,
  ) {
    feed.on(['figure'], (changes) => this.take(changes, 'figure'));
    feed.on(['progress', 'decision'], (changes) => this.take(changes, 'report'));
  }

  /** What a plan (a PlanIndex will do) reads: its milestones' reports, and the figures of its periods. */
  async current(plan: FactsScope): Promise<Facts> {
    return (await this.loaded()).view(plan);
  }

  /**
   * The facts as they stood at an instant: only what had been entered by then.
   * Read from the database, for the times an answer is about the past (a
   * digest's week, an assessment as of a date).
   */
  async asOf(instant: Date, plan: FactsScope): Promise<Facts> {
    const model = new FactsModel();
    // Only each figure's latest revision by then: a digest's week read 40,000 revisions to keep 6,000.
    model.applyFigures(await readLatestFigureFacts(this.db, instant));
    for await (const page of readReportFacts(this.db, undefined, instant)) model.applyReports(page);
    return model.view(plan);
  }

  /** Reads everything now rather than on the first answer. */
  async warm(): Promise<void> {
    await this.loaded();
  }

  private loaded(): Promise<FactsModel> {
    this.model ??= this.load().catch((err: unknown) => {
      this.model = null;
      throw err;
    });
    return this.model;
  }

  private async load(): Promise<FactsModel> {
    const model = new FactsModel();
    model.applyFigures(await readLatestFigureFacts(this.db));
    for await (const page of readReportFacts(this.db)) model.applyReports(page);
    return model;
  }

  /** A change is applied once the model exists; a model still loading may have missed it, so it waits. */
  private async take(changes: ChangeRow[], what: 'figure' | 'report'): Promise<void> {
    if (!this.model) return;
    const model = await this.model;
    for (const change of changes) {
      const range = rangeOf(change);
      if (!range) continue;
      if (what === 'figure') for await (const page of readFigureFacts(this.db, range)) model.applyFigures(page);
      else for await (const page of readReportFacts(this.db, range)) model.applyReports(page);
    }
  }
}
