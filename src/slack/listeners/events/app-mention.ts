import { answerFor } from '../../answer.js';
import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { botUserIdOf, commandText, replyInConversation } from './reply-in-conversation.js';

/** `@zonebot status xuwei` in a channel: the same commands, answered in a thread for everyone there. */
export function registerAppMention(app: Listeners, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, client }) => {
    const request = { text: commandText(event.text, botUserIdOf(body)), userId: event.user ?? null };
    const answer = await answerFor(deps, request, 'event app_mention');
    await replyInConversation(client, event.channel, event.thread_ts ?? event.ts, answer.reply);
  });
}
