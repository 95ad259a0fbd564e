import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { PlanIndex } from '../../../domain/plan-index.js';
import { common } from '../../../i18n/messages/common.js';
import { planWords } from '../../../i18n/messages/plan-words.js';
import { PermissionDenied } from '../../../services/authorize.js';
import { InvalidProgress, type Reported } from '../../../services/progress-service.js';
import { PROGRESS_INPUT, REPORT_PROGRESS_VIEW } from '../../../views/ids.js';
import { toPlain } from '../../../views/mrkdwn.js';
import { progressErrors } from '../../../views/progress-errors.js';
import { confirmRequest, progressSavedModal, reportSubject, UNIT_ITSELF } from '../../../views/report-progress.js';
import { refusalText } from '../../../views/roles.js';
import { logFailure } from '../../answer.js';
import { askerOf } from '../../asker.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import type { Listeners } from '../../listener-table.js';
import { answerSubmission, submissionKey } from '../../submission.js';
import { inputValue } from '../../view-state.js';

/**
 * Submitted milestone progress: checked before the acknowledgement, recorded
 * once however often Slack delivers it, and shown back; a zone reporter's
 * "done" is sent to the responsible unit's officers to confirm, once.
 */
export function registerReportProgress(app: Listeners, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(REPORT_PROGRESS_VIEW, async (args) => {
    const arrivedAt = Date.now();
    await deps.submissions.run(async () => {
      const done = await submitProgress(args, deps, arrivedAt);
      if (!done || done.reported.duplicate) return;
      const { reported, plan } = done;
      const { client } = args;
      const userId = args.body.user.id;
      deps.submissions.later(`home:${userId}`, () => publishHome(deps, client, userId));
      for (const officer of reported.confirmers) {
        const request = confirmRequest(reported.report, plan, await deps.runner.language(officer));
        // A user ID as the channel posts in the app's direct messages with that person.
        await client.chat.postMessage({ channel: officer, ...request });
      }
    });
  });
}

/** The report checked, recorded and acknowledged; null when nothing was recorded. */
async function submitProgress(
  { ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
  deps: SlackDeps,
  arrivedAt: number,
): Promise<{ reported: Reported; plan: PlanIndex } | null> {
  const userId = body.user.id;
  const values = view.state.values;
  const zone = inputValue(values, PROGRESS_INPUT.zone);
  const input = {
    milestone: inputValue(values, PROGRESS_INPUT.milestone),
    zone: zone === UNIT_ITSELF ? null : zone,
    state: inputValue(values, PROGRESS_INPUT.state),
    note: inputValue(values, PROGRESS_INPUT.note),
    evidence: inputValue(values, PROGRESS_INPUT.evidence),
  };
  const { lang, actor, plan } = await askerOf(deps, userId, view.private_metadata);
  const receipt = submissionKey(view);
  // A second delivery of a submission already taken is answered as the first was, before anything is checked again.
  const earlier = await deps.services.progress.answered(receipt);
  if (earlier) {
    await ack({
      response_action: 'update',
      view: progressSavedModal(earlier.report, earlier.confirmers, plan, lang),
    });
    return null;
  }
  const failedErrors = { [PROGRESS_INPUT.state.block]: toPlain(common(lang).internalError) };
  let progress: Awaited<ReturnType<typeof deps.services.progress.check>>;
  try {
    progress = await deps.services.progress.check(actor, input, plan.key);
  } catch (err) {
    if (err instanceof InvalidProgress) {
      await ack({ response_action: 'errors', errors: progressErrors(err.problems, lang) });
    } else if (err instanceof PermissionDenied) {
      const refusal = toPlain(refusalText(err.whoCan, plan, lang));
      await ack({ response_action: 'errors', errors: { [PROGRESS_INPUT.zone.block]: refusal } });
    } else {
      logFailure(deps.logger, err, `view ${REPORT_PROGRESS_VIEW}`, { text: JSON.stringify(input), userId });
      await ack({ response_action: 'errors', errors: failedErrors });
    }
    return null;
  }
  const reported = await answerSubmission(deps, deps.services.progress.store(actor, progress, receipt, plan.key), {
    ack,
    arrivedAt,
    client,
    viewId: view.id,
    userId,
    lang,
    where: `view ${REPORT_PROGRESS_VIEW}`,
    failedErrors,
    saved: (r) => progressSavedModal(r.report, r.confirmers, plan, lang),
    savedLine: (r) => `${reportSubject(r.report, plan, lang)} → ${planWords(lang).reported[r.report.state]}`,
  });
  return reported && { reported, plan };
}
