import { localDate } from '../src/domain/dates.js';
import { PlanIndex } from '../src/domain/plan-index.js';
import { type Actor, TERMINAL_ACTOR } from '../src/domain/roles.js';
import type { Judging } from '../src/domain/schedule.js';
import type { Thresholds } from '../src/domain/thresholds.js';
import { type CommandLine, commandLine } from '../src/i18n/command-line.js';
import type { Lang } from '../src/i18n/lang.js';
import { plansText } from '../src/i18n/messages/plans.js';
import { UnknownPlanError } from '../src/services/plan-service.js';
import type { Services } from '../src/services/services.js';
import type { Reply } from '../src/views/blocks.js';
import { errorReply } from '../src/views/error.js';
import { modalForPlan, pinPlan } from '../src/views/pin-plan.js';
import type { Command } from './command.js';
import { dispatch, isReadOnly, type Outcome, opensModal, tokenize } from './dispatch.js';
import { takePlanOption } from './plan-option.js';
import { ReplyCache } from './reply-cache.js';

/** An answer's buttons run on the plan it was asked about, when one was named; its form always keeps its plan. */
function aboutPlan(reply: Reply, key: string, named: boolean): Reply {
  const pinned = named ? pinPlan(reply, key) : reply;
  return pinned.modal ? { ...pinned, modal: modalForPlan(pinned.modal, key) } : pinned;
}

/** The answer to a line whose `--plan` names no plan held. */
type BadPlan = (lang: Lang, line: CommandLine) => Outcome;

const badPlan = (message: string, hint: string): Outcome => ({ ok: false, reply: errorReply(message, hint) });

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
    const now = this.clock();
    const today = localDate(now);
    const surface = request.userId === null ? 'terminal' : 'slack';
    const { text, plan: planKey } = takePlanOption(request.text);
    const [lang, chosen, actor] = await Promise.all([
      request.lang ?? this.language(request.userId),
      this.plan(planKey, today),
      this.actor(request.userId),
    ]);
    if (!(chosen instanceof PlanIndex)) return { ...chosen(lang, commandLine(surface)), lang };
    const index = chosen;
    const known = await this.services.facts.current(index);
    const cacheable = isReadOnly(this.commands, text);
    const key = `${lang}\u0000${today}\u0000${tokenize(text).join(' ')}`;
    const cached = cacheable ? this.replies.get(index.key, index, known, key) : undefined;
    if (cached) return cached;
    const outcome = await dispatch(this.commands, text, {
      lang,
      userId: request.userId,
      now,
      today,
      plan: index,
      facts: known,
      thresholds: this.options.thresholds,
      actor,
      surface,
      services: this.services,
    });
    const answer = { ...outcome, reply: aboutPlan(outcome.reply, index.key, planKey !== undefined), lang };
    if (cacheable) this.replies.set(index.key, index, known, key, answer);
    return answer;
  }

  /** The plan a line is about: the one `--plan` names, else the default one today; or why there is none. */
  private async plan(key: string | undefined, today: string): Promise<PlanIndex | BadPlan> {
    const m = (lang: Lang) => plansText(lang);
    if (key === '') return (lang, line) => badPlan(m(lang).missingKey, m(lang).details(line));
    if (key === undefined) return this.services.plan.on(today);
    try {
      return await this.services.plan.get(key);
    } catch (err) {
      if (!(err instanceof UnknownPlanError)) throw err;
      return (lang, line) => badPlan(m(lang).unknownPlan(key), m(lang).knownPlans(line, err.known.join(', ')));
    }
  }
}
