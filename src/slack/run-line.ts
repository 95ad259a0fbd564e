import { ackWithin, answerFor, type EphemeralBody, ephemeral, within } from './answer.js';
import { MODAL_BUDGET_MS, openModal, uploadFile, type Where } from './deliver.js';
import type { SlackDeps } from './deps.js';

/**
 * Runs a /zone line for someone in Slack and delivers the answer the way it
 * needs: a modal opened on their trigger, a message (in the acknowledgement
 * when there is one to give), and a file uploaded where they asked.
 */
export async function runLine(
  deps: SlackDeps,
  text: string,
  where: Where,
  label: string,
  ack?: (body?: EphemeralBody) => Promise<void>,
): Promise<void> {
  const work = answerFor(deps, { text, userId: where.userId }, label);
  if (deps.runner.opensModal(text)) {
    // A refusal or a mistyped zone is ready at once and goes back as a message, in the acknowledgement.
    const first = await within(work, deps.modalBudgetMs ?? MODAL_BUDGET_MS);
    if (first && !first.reply.modal) {
      if (ack) await ack(ephemeral(first.reply));
      else await where.respond({ ...ephemeral(first.reply), replace_original: false });
      return;
    }
    await ack?.();
    await openModal(deps, work, where);
    return;
  }
  const answer = ack
    ? await ackWithin(work, ack, where.respond)
    : await work.then(async (a) => {
        await where.respond({ ...ephemeral(a.reply), replace_original: false });
        return a;
      });
  await uploadFile(deps, answer, where);
}
