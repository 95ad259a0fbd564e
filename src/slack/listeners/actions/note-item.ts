import type { BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { common } from '../../../i18n/messages/common.js';
import { PermissionDenied } from '../../../services/authorize.js';
import { NOTE_ITEM_ACTION } from '../../../views/ids.js';
import { refusalReply } from '../../../views/roles.js';
import { ephemeral, fixedReply, logFailure } from '../../answer.js';
import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { aboutOf, recordNote } from '../../thread-notes.js';

const choice = z.object({
  post: z.number().int(),
  channel: z.string().max(64),
  ts: z.string().max(64),
  milestone: z.string().max(200),
  text: z.string().max(2000),
});

/**
 * The person who replied in a nudge's thread picks the item the reply is
 * about. Only that person's pick records the note, and only on an item of
 * that nudge; anyone else clicking gets the answer the commands give.
 */
export function registerNoteItem(app: Listeners, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(NOTE_ITEM_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const userId = body.user.id;
    const lang = await deps.runner.language(userId);
    let parsed: z.infer<typeof choice>;
    try {
      parsed = choice.parse(JSON.parse(action.value ?? ''));
    } catch {
      await respond({ ...ephemeral(fixedReply(common(lang).internalError)), replace_original: false });
      return;
    }
    const nudge = await deps.services.posts.byId(parsed.post);
    const about = aboutOf(nudge);
    if (!about?.milestones.includes(parsed.milestone) || !nudge?.ts) return;
    try {
      await recordNote(
        deps,
        client,
        { channel: parsed.channel, threadTs: nudge.ts, ts: parsed.ts, userId, text: parsed.text },
        about,
        parsed.milestone,
      );
      await respond({ delete_original: true });
    } catch (err) {
      if (err instanceof PermissionDenied) {
        const plan = await deps.services.plan.get(about.plan);
        await respond({ ...ephemeral(refusalReply(err.whoCan, plan, lang)), replace_original: false });
        return;
      }
      logFailure(deps.logger, err, `action ${NOTE_ITEM_ACTION}`, { text: parsed.text, userId });
    }
  });
}
