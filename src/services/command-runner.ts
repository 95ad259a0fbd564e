import { type Command, dispatch, isReadOnly, type Outcome, tokenize } from '../../commands/index.js';
import { localDate } from '../domain/dates.js';
import type { Lang } from '../i18n/lang.js';
import type { FactsService } from './facts-service.js';
import type { PeopleService } from './people-service.js';
import type { PlanService } from './plan-service.js';
import { ReplyCache } from './reply-cache.js';

export interface Services {
  plan: PlanService;
  facts: FactsService;
  people: PeopleService;
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

  constructor(
    private readonly services: Services,
    private readonly commands: Command[],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async language(userId: string | null): Promise<Lang> {
    return userId === null ? 'zh' : this.services.people.language(userId);
  }

  async run(request: CommandRequest): Promise<Answer> {
    const { plan, facts, people } = this.services;
    const [lang, index, known] = await Promise.all([
      request.lang ?? this.language(request.userId),
      plan.current(),
      facts.current(),
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
      setLanguage: (userId, chosen) => people.setLanguage(userId, chosen),
    });
    const answer = { ...outcome, lang };
    if (cacheable) this.replies.set(index, known, key, answer);
    return answer;
  }
}
