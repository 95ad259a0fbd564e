import { localDate } from '../src/domain/dates.js';
import { type Actor, TERMINAL_ACTOR } from '../src/domain/roles.js';
import type { Judging } from '../src/domain/schedule.js';
import type { Thresholds } from '../src/domain/thresholds.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Services } from '../src/services/services.js';
import type { Command } from './command.js';
import { dispatch, isReadOnly, type Outcome, opensModal, tokenize } from './dispatch.js';
import { ReplyCache } from './reply-cache.js';

export interface RunnerOptions {
  thresholds: Thresholds;
  clock?: () => Date;
}

export interface CommandRequest {
  text: string;
  /** The Slack user; null in the terminal. */
  userId: string | null;
  /** Overrides the user's stored language (the terminal's --lang). */
  lang?: Lang;
}

export interface Answer extends Outcome {
  lang: Lang;
}

/** Builds each command's context from the services and runs it: the one path for Slack and the terminal. */
export class CommandRunner {
  private readonly replies = new ReplyCache();

  private readonly clock: () => Date;

  constructor(
    private readonly services: Services,
    private readonly commands: Command[],
    private readonly options: RunnerOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** Today in Shanghai and the configured thresholds: what every answer is judged by, Slack's Home tab included. */
  judging(): Judging {
    return { today: localDate(this.clock()), thresholds: this.options.thresholds };
  }

  /** Whether a line answers with a modal, known before it runs. */
  opensModal(text: string): boolean {
    return opensModal(this.commands, text);
  }

  actor(userId: string | null): Promise<Actor> {
    return userId === null ? Promise.resolve(TERMINAL_ACTOR) : this.services.roles.actor(userId);
  }

  async language(userId: string | null): Promise<Lang> {
    return userId === null ? 'zh' : this.services.people.language(userId);
  }

  async run(request: CommandRequest): Promise<Answer> {
    const { plan, facts } = this.services;
    const [lang, index, known, actor] = await Promise.all([
      request.lang ?? this.language(request.userId),
      plan.current(),
      facts.current(),
      this.actor(request.userId),
    ]);
    const now = this.clock();
    const today = localDate(now);
    const cacheable = isReadOnly(this.commands, request.text);
    const key = `${lang}\u0000${today}\u0000${tokenize(request.text).join(' ')}`;
    const cached = cacheable ? this.replies.get(index, known, key) : undefined;
    if (cached) return cached;
    const outcome = await dispatch(this.commands, request.text, {
      lang,
      userId: request.userId,
      now,
      today,
      plan: index,
      facts: known,
      thresholds: this.options.thresholds,
      actor,
      surface: request.userId === null ? 'terminal' : 'slack',
      services: this.services,
    });
    const answer = { ...outcome, lang };
    if (cacheable) this.replies.set(index, known, key, answer);
    return answer;
  }
}
