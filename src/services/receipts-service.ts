import { pruneChanges } from '../store/changes-repository.js';
import type { Database } from '../store/database.js';
import {
  isUniqueViolation,
  pruneReceipts,
  reclaimReceipt,
  setReceiptOutcome,
  takeReceipt,
} from '../store/receipts-repository.js';

const DAY_MS = 86_400_000;
/** A delivery whose handler has said nothing for this long died with its process; a retry may take it over. */
const STALE_MS = 60_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Slack delivers again when it thinks a delivery failed (`X-Slack-Retry-Num`),
 * and a person can submit twice. Receipts in the database, shared by every
 * process and kept across restarts, let each delivery be acted on once.
 */
export class ReceiptsService {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly clock: () => Date,
  ) {}

  /**
   * Takes a delivery for handling: false when another delivery of it was
   * handled, or is being handled, by this process or another.
   */
  async claim(key: string): Promise<boolean> {
    const at = this.clock();
    try {
      await this.database.write((tx) => takeReceipt(tx, key, null, at));
      return true;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const staleBefore = new Date(at.getTime() - STALE_MS);
      return this.database.write((tx) => reclaimReceipt(tx, key, staleBefore, at));
    }
  }

  /** Marks a claimed delivery handled, so no retry takes it over. */
  async done(key: string, outcome = 'done'): Promise<void> {
    await this.database.write((tx) => setReceiptOutcome(tx, key, outcome));
  }

  startPruning(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.prune().catch(() => undefined), PRUNE_EVERY_MS);
    this.timer.unref();
  }

  stopPruning(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Receipts and feed entries older than a day: Slack retries within minutes, and every process polls within a second. */
  async prune(): Promise<void> {
    const before = new Date(this.clock().getTime() - DAY_MS);
    await this.database.write(async (tx) => {
      await pruneReceipts(tx, before);
      await pruneChanges(tx, before);
    });
  }
}
