import type { CommandRunner } from '../../commands/runner.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/services.js';
import type { MigrationLevel } from '../store/migrate.js';
import type { InTurn } from './in-turn.js';

/** What listeners need; built once by the composition root (src/main.ts) or a test. */
export interface SlackDeps {
  runner: CommandRunner;
  services: Services;
  logger: Logger;
  /** False until migrations are applied and the plan is loaded. */
  isReady(): boolean;
  /** The database's migration level, read once at start (null before), for /healthz. */
  migrations(): MigrationLevel | null;
  /** How long a modal may take before a loading modal opens in its place (tests shorten it). */
  modalBudgetMs?: number;
  /** How long a submission's write may take before it is acknowledged as "saving" (tests shorten it). */
  writeBudgetMs?: number;
  /** Form submissions, taken in the order they came. */
  submissions: InTurn;
  /** Acknowledge with JSON text (HTTP, where the door labels it as JSON) rather than an object (socket mode). */
  jsonAcks?: boolean;
  /** How many submissions write at once: one on SQLite, which has one writer; more on PostgreSQL. */
  writeLanes?: number;
}
