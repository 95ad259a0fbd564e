import type { WebClient } from '@slack/web-api';
import type { Reply } from '../../../views/blocks.js';
import { decodeSlackText } from '../../../views/mrkdwn.js';

/** Mentions and direct messages are answered where they were asked, in the thread when there is one. */
export async function replyInConversation(
  client: WebClient,
  channel: string,
  threadTs: string | undefined,
  answer: Reply,
): Promise<void> {
  await client.chat.postMessage({
    channel,
    text: answer.text,
    blocks: answer.blocks,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
}

/** The bot's own user ID, as Slack names it in every event delivery. */
export function botUserIdOf(body: unknown): string | null {
  const auths = (body as { authorizations?: { user_id?: unknown; is_bot?: unknown }[] }).authorizations;
  const bot = Array.isArray(auths) ? (auths.find((a) => a?.is_bot === true) ?? auths[0]) : undefined;
  return typeof bot?.user_id === 'string' ? bot.user_id : null;
}

/**
 * `<@U0BOT> admin grant <@U123> reporter 徐圩` → `admin grant <@U123> reporter 徐圩`:
 * only the bot's own mention goes; anyone else mentioned is part of the command.
 * When the bot's ID is not known, a mention that opens the message is taken for it.
 */
export function commandText(text: string, botUserId: string | null): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[UWB][A-Z0-9]+(\|[^>]*)?>/;
  return decodeSlackText(text.replace(own, ' ')).trim();
}
