import type { Facts } from '../domain/facts.js';
import type { Db } from '../store/database.js';
import { readFacts } from '../store/facts-repository.js';
import { Cached } from './cached.js';

/**
 * Every zone's latest figures and milestone reports, held in memory: they
 * change only when someone submits, so answers read them without a query.
 */
export class FactsService {
  private readonly cache: Cached<Facts>;

  constructor(db: Db) {
    this.cache = new Cached(() => readFacts(db));
  }

  current(): Promise<Facts> {
    return this.cache.get();
  }

  /** Called after every write of a figure or a milestone report. */
  invalidate(): void {
    this.cache.invalidate();
  }
}
