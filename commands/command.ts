import type { Facts } from '../src/domain/facts.js';
import type { PlanIndex } from '../src/domain/plan-index.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Reply } from '../src/views/blocks.js';

/** What a command may need besides its arguments; built by the front end for each call. */
export interface CommandContext {
  lang: Lang;
  /** The Slack user asking; null in the terminal. */
  userId: string | null;
  now: Date;
  /** The calendar date in Asia/Shanghai at `now`. */
  today: string;
  plan: PlanIndex;
  facts: Facts;
  setLanguage(userId: string, lang: Lang): Promise<void>;
}

export interface Help {
  /** e.g. `status <zone>` */
  usage: string;
  summary: string;
  /** Longer help with examples, for `/zone help <command>`. */
  details: string;
}

export interface Command {
  name: string;
  /** Other words that run it, e.g. Chinese ones. */
  aliases: string[];
  help(lang: Lang): Help;
  /** True for a command that writes (a preference, a report): its answer is never reused. */
  writes?: boolean;
  run(args: string[], ctx: CommandContext): Promise<Reply>;
}

/**
 * Bad input: the message goes back to the user in their language, nothing is
 * changed, and the terminal exits with status 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
