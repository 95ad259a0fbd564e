import type { Logger } from '../logger.js';
import type { CommandRunner } from '../services/command-runner.js';

/** What listeners need; built once by the composition root (src/main.ts) or a test. */
export interface SlackDeps {
  runner: CommandRunner;
  logger: Logger;
  /** False until migrations are applied and the plan is loaded. */
  isReady(): boolean;
}
