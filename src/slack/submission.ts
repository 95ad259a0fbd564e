import { createHash } from 'node:crypto';
import type { ViewResponseAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Lang } from '../i18n/lang.js';
import { savingText } from '../i18n/messages/saving.js';
import { notSavedModal, savingModal } from '../views/saving.js';
import { ACK_BUDGET_MS, fixedReply, logFailure, within } from './answer.js';
import type { SlackDeps } from './deps.js';

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * One submission of one form: the view, as it stood (its hash), with these
 * values. A second delivery has the same key; a corrected resubmission after
 * field errors has other values, so another key.
 */
export function submissionKey(view: { id: string; hash?: string; state: { values: unknown } }): string {
  const digest = createHash('sha256').update(stable(view.state.values)).digest('hex');
  return `view:${view.id}:${view.hash ?? ''}:${digest}`;
}

export interface Answering<T> {
  ack: (response: ViewResponseAction) => Promise<void>;
  /** When the submission reached the app (ms since the epoch): Slack's wait began then, not when its turn came. */
  arrivedAt: number;
  client: WebClient;
  viewId: string;
  userId: string;
  lang: Lang;
  where: string;
  /** The form's field errors to show when the write fails before the acknowledgement: nothing was stored. */
  failedErrors: Record<string, string>;
  saved(value: T): ModalView;
  /** One line saying what was saved, for the message sent if the modal has gone. */
  savedLine(value: T): string;
}

/**
 * Answers a checked submission whose write is under way. Slack waits 3 s for
 * the acknowledgement: a write done by then is answered in it; a write still
 * waiting for the database is acknowledged with "saving", and its outcome
 * replaces that view when it comes (or, if the view is gone, arrives as a
 * message). Either way the person is told what happened, and only that.
 */
export async function answerSubmission<T>(deps: SlackDeps, work: Promise<T>, a: Answering<T>): Promise<T | null> {
  const settled = work.then(
    (value) => ({ ok: true as const, value }),
    (err: unknown) => ({ ok: false as const, err }),
  );
  const budget = (deps.writeBudgetMs ?? ACK_BUDGET_MS) - (Date.now() - a.arrivedAt);
  const first = await within(settled, Math.max(0, budget));
  if (first) {
    if (first.ok) {
      await a.ack({ response_action: 'update', view: a.saved(first.value) });
      return first.value;
    }
    logFailure(deps.logger, first.err, a.where, { text: '', userId: a.userId });
    await a.ack({ response_action: 'errors', errors: a.failedErrors });
    return null;
  }
  await a.ack({ response_action: 'update', view: savingModal(a.lang) });
  const outcome = await settled;
  if (!outcome.ok) logFailure(deps.logger, outcome.err, a.where, { text: '', userId: a.userId });
  const view = outcome.ok ? a.saved(outcome.value) : notSavedModal(a.lang);
  try {
    await a.client.views.update({ view_id: a.viewId, view });
  } catch (err) {
    deps.logger.warn({ err, user: a.userId }, 'the saving view is gone: telling the outcome in a message');
    const m = savingText(a.lang);
    const text = outcome.ok ? m.laterSaved(a.savedLine(outcome.value)) : m.laterFailed;
    await a.client.chat.postMessage({ channel: a.userId, ...fixedReply(text) }).catch((e: unknown) => {
      deps.logger.error({ err: e, user: a.userId }, 'could not tell the outcome of a submission');
    });
  }
  return outcome.ok ? outcome.value : null;
}
