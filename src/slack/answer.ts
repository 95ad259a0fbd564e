import type { KnownBlock } from '@slack/types';
import type { Answer, CommandRequest, CommandRunner } from '../../commands/runner.js';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import type { Logger } from '../logger.js';
import { type Reply, reply, section } from '../views/blocks.js';
import type { SlackDeps } from './deps.js';

/** Slack waits 3 s for an acknowledgement; an answer not ready by then follows through response_url. */
export const ACK_BUDGET_MS = 2000;

export interface EphemeralBody {
  response_type: 'ephemeral';
  text: string;
  blocks: KnownBlock[];
}

/** What `make` gives for `key`, made once and kept beside it for as long as the key lives. */
function keptBeside<K extends object, V>(kept: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = kept.get(key);
  if (value === undefined) {
    value = make(key);
    kept.set(key, value);
  }
  return value;
}

const bodies = new WeakMap<Reply, EphemeralBody>();
const texts = new WeakMap<EphemeralBody, string>();

/** The reply as a message only its asker sees; one body per reply, so a cached answer's is made once. */
export const ephemeral = (r: Reply): EphemeralBody =>
  keptBeside(bodies, r, () => ({ response_type: 'ephemeral', text: r.text, blocks: r.blocks }));

/**
 * The body as the JSON text Slack reads, made once per body: serialising a
 * long answer on every request cost a cached `status` a tenth of its time.
 */
export const ephemeralJson = (body: EphemeralBody): string => keptBeside(texts, body, JSON.stringify);

export function fixedReply(message: string): Reply {
  return reply(message, [section(message)]);
}

async function languageOf(runner: CommandRunner, userId: string | null): Promise<Lang> {
  try {
    return await runner.language(userId);
  } catch {
    return DEFAULT_LANG;
  }
}

/**
 * Runs a command for Slack and never throws: before start-up has finished the
 * user is told to try again, and a failure is logged with its context and
 * answered with a fixed message in the user's language.
 */
export async function answerFor(deps: SlackDeps, request: CommandRequest, where: string): Promise<Answer> {
  const lang = await languageOf(deps.runner, request.userId);
  if (!deps.isReady()) return { ok: false, lang, reply: fixedReply(common(lang).starting) };
  try {
    return await deps.runner.run(request);
  } catch (err) {
    logFailure(deps.logger, err, where, request);
    return { ok: false, lang, reply: fixedReply(common(lang).internalError) };
  }
}

export function logFailure(logger: Logger, err: unknown, where: string, request?: CommandRequest): void {
  logger.error({ err, where, user: request?.userId, text: request?.text?.slice(0, 200) }, 'command failed');
}

/** The answer if it is ready within `ms`, else null (the work goes on); with no time at all, null at once. */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  if (ms <= 0) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Acknowledges with the answer itself when it is ready within the budget (one
 * round trip, the fastest path), else acknowledges at once and sends the
 * answer through `respond` when it comes. Returns the answer.
 */
export async function ackWithin(
  work: Promise<Answer>,
  ack: (body?: EphemeralBody) => Promise<void>,
  respond: (body: EphemeralBody) => Promise<unknown>,
  budgetMs = ACK_BUDGET_MS,
): Promise<Answer> {
  const first = await within(work, budgetMs);
  if (first) {
    await ack(ephemeral(first.reply));
    return first;
  }
  await ack();
  const answer = await work;
  await respond(ephemeral(answer.reply));
  return answer;
}
