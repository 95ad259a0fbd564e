import { decodeSlackText } from '../../../views/mrkdwn.js';
import { noteChoice } from '../../../views/note-choice.js';
import { logFailure } from '../../answer.js';
import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { itemsMeant } from '../../thread-items.js';
import { aboutOf, mayNote, recordNote } from '../../thread-notes.js';

const CHANNELS = new Set(['channel', 'group']);

/**
 * A reply in a nudge's thread, by a reporter of its zone or an officer of a
 * unit answerable for it, is a progress note on the item it names (or the
 * only item); when it names none of several, the bot asks which. Replies by
 * anyone else, and in any other thread, are left alone.
 */
export function registerThreadReply(app: Listeners, deps: SlackDeps): void {
  app.event('message', async ({ event, client }) => {
    if (!CHANNELS.has(String(event.channel_type)) || event.subtype !== undefined || 'bot_id' in event) return;
    const threadTs = 'thread_ts' in event ? event.thread_ts : undefined;
    if (!threadTs || threadTs === event.ts || !event.user || !deps.isReady()) return;
    const about = aboutOf(await deps.services.posts.at(event.channel, threadTs));
    if (!about) return;
    const [plan, actor, lang] = await Promise.all([
      deps.services.plan.get(about.plan),
      deps.runner.actor(event.user),
      deps.runner.language(event.user),
    ]);
    if (!mayNote(plan, actor, about.zone, about.milestones)) return;
    const reply = {
      channel: event.channel,
      threadTs,
      ts: event.ts,
      userId: event.user,
      text: decodeSlackText(event.text ?? ''),
    };
    try {
      const meant = itemsMeant(reply.text, about.milestones, plan);
      if (!meant.length) {
        const post = await deps.services.posts.at(event.channel, threadTs);
        const choice = noteChoice(
          { post: post?.id ?? 0, channel: reply.channel, ts: reply.ts, text: reply.text },
          about.milestones,
          plan,
          lang,
        );
        await client.chat.postEphemeral({ channel: reply.channel, user: reply.userId, thread_ts: threadTs, ...choice });
        return;
      }
      for (const milestone of meant) await recordNote(deps, client, reply, about, milestone);
    } catch (err) {
      logFailure(deps.logger, err, 'event message (thread reply)', { text: reply.text, userId: reply.userId });
    }
  });
}
