import type { WebClient } from '@slack/web-api';
import type { Answer } from '../../commands/runner.js';
import { uploadText } from '../i18n/messages/upload.js';
import { reply, section } from '../views/blocks.js';
import { toPlain } from '../views/mrkdwn.js';
import { loadingModal } from '../views/report-figure.js';
import { type EphemeralBody, ephemeral, within } from './answer.js';
import type { SlackDeps } from './deps.js';
import { uploadChunks } from './stream-upload.js';

/** A modal must open within 3 s of the click; past this, a loading modal holds the trigger while the real one is built. */
export const MODAL_BUDGET_MS = 800;

export interface Where {
  client: WebClient;
  userId: string;
  triggerId: string;
  /** The conversation asked in, where a file goes. */
  channelId: string | undefined;
  respond(body: EphemeralBody & { replace_original?: boolean }): Promise<unknown>;
}

/**
 * Opens the modal an answer carries. When it is not ready in time, a loading
 * modal opens first and is replaced; an answer that turns out not to be a
 * modal (a refusal, a mistyped zone) goes back as a message instead.
 */
export async function openModal(deps: SlackDeps, work: Promise<Answer>, where: Where): Promise<void> {
  const first = await within(work, deps.modalBudgetMs ?? MODAL_BUDGET_MS);
  if (first) {
    if (first.reply.modal) await where.client.views.open({ trigger_id: where.triggerId, view: first.reply.modal });
    else await where.respond(ephemeral(first.reply));
    return;
  }
  const lang = await deps.runner.language(where.userId).catch(() => 'zh' as const);
  const opened = await where.client.views.open({ trigger_id: where.triggerId, view: loadingModal(lang) });
  const answer = await work;
  const viewId = opened.view?.id;
  if (answer.reply.modal && viewId) {
    await where.client.views.update({ view_id: viewId, view: answer.reply.modal });
    return;
  }
  if (viewId)
    await where.client.views.update({ view_id: viewId, view: { ...loadingModal(lang), blocks: answer.reply.blocks } });
  else await where.respond(ephemeral(answer.reply));
}

/** Where a file goes: the conversation asked in when it is to be shared, else the asker's DM with the bot. */
async function destination(where: Where, share: boolean): Promise<string> {
  if (share) {
    if (!where.channelId) throw new Error('no channel to upload to');
    return where.channelId;
  }
  const opened = await where.client.conversations.open({ users: where.userId });
  const dm = opened.channel?.id;
  if (!dm) throw new Error('no direct message channel with the asker');
  return dm;
}

/** Uploads the file an answer carries to where it belongs, or says why it cannot. */
export async function uploadFile(deps: SlackDeps, answer: Answer, where: Where): Promise<void> {
  const file = answer.reply.file;
  if (!file) return;
  try {
    const channelId = await destination(where, file.share);
    const title = toPlain(file.title);
    const { content } = file;
    if (typeof content === 'function') {
      await uploadChunks(where.client, { channelId, filename: file.filename, title, chunks: content() });
    } else {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      await where.client.files.uploadV2({ channel_id: channelId, filename: file.filename, title, file: bytes });
    }
  } catch (err) {
    deps.logger.warn({ err, channel: where.channelId, share: file.share }, 'file upload failed');
    const text = uploadText(answer.lang).failed;
    await where.respond(ephemeral(reply(text, [section(text)])));
  }
}
