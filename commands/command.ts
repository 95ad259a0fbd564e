import type { Facts } from '../src/domain/facts.js';
import type { PlanIndex } from '../src/domain/plan-index.js';
import type { Actor } from '../src/domain/roles.js';
import type { Thresholds } from '../src/domain/thresholds.js';
import type { CommandLine, Surface } from '../src/i18n/command-line.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Services } from '../src/services/services.js';
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
  thresholds: Thresholds;
  /** Who asks, with their roles; the terminal acts as an admin. */
  actor: Actor;
  /** Where it was asked: some things (modals) only exist in Slack. */
  surface: Surface;
  /** For commands that write or read beyond the cached plan and figures. */
  services: Services;
}

export interface Help {
  /** e.g. `status <zone>` */
  usage: string;
  summary: string;
  /** Longer help with examples, for `/zone help <command>`, quoting commands as they are typed where it is read. */
  details: (line: CommandLine) => string;
}

export interface Command {
  name: string;
  /** Other words that run it, e.g. Chinese ones. */
  aliases: string[];
  help(lang: Lang): Help;
  /**
   * True for a command whose answer depends on more than the plan, the figures,
   * the day and the language (roles, history, a write): it is never reused.
   */
  live?: boolean;
  /** True for a command that answers in Slack by opening a modal, which must open within 3 s of the click. */
  opensModal?: boolean;
  /** The one front end the command works in, when it does not work in both; a modal opens only in Slack. */
  only?: Surface;
  run(args: string[], ctx: CommandContext): Promise<Reply>;
}

/** Where a command is typed: the reader's front end, unless it works only in the other. */
export function typedIn(command: Command, reader: Surface): Surface {
  return command.only ?? (command.opensModal ? 'slack' : reader);
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
    /** One line per problem when there are many (every bad row of a CSV file). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
