import { answerFor } from '../../answer.js';
import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { botUserIdOf, commandText, replyInConversation } from './reply-in-conversation.js';

/** A direct message to the bot is a command line: `status xuwei`, `任务 19`. */
export function registerDirectMessage(app: Listeners, deps: SlackDeps): void {
  app.event('message', async ({ event, body, client }) => {
    // Edits, joins and the bot's own posts arrive as messages too; only people's new messages are commands.
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    const answer = await answerFor(
      deps,
      { text: commandText(event.text ?? '', botUserIdOf(body)), userId: event.user },
      'event message.im',
    );
    await replyInConversation(client, event.channel, event.thread_ts, answer.reply);
  });
}
