import type { App } from '@slack/bolt';
import { common } from '../../../i18n/messages/common.js';
import { PermissionDenied } from '../../../services/authorize.js';
import { InvalidProgress } from '../../../services/progress-service.js';
import { PROGRESS_INPUT, REPORT_PROGRESS_VIEW } from '../../../views/ids.js';
import { toPlain } from '../../../views/mrkdwn.js';
import { progressErrors } from '../../../views/progress-errors.js';
import { confirmRequest, progressSavedModal, UNIT_ITSELF } from '../../../views/report-progress.js';
import { refusalText } from '../../../views/roles.js';
import { logFailure } from '../../answer.js';
import { askerOf } from '../../asker.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import { inputValue } from '../../view-state.js';

/**
 * Submitted milestone progress: recorded and shown back; a zone reporter's
 * "done" is sent to the responsible unit's officers to confirm.
 */
export function registerReportProgress(app: App, deps: SlackDeps): void {
  app.view(REPORT_PROGRESS_VIEW, async ({ ack, body, view, client }) => {
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
    const { lang, actor, plan } = await askerOf(deps, userId);
    try {
      const { report, confirmers } = await deps.services.progress.report(actor, input);
      await ack({ response_action: 'update', view: progressSavedModal(report, confirmers, plan, lang) });
      await publishHome(deps, client, userId);
      for (const officer of confirmers) {
        const request = confirmRequest(report, plan, await deps.runner.language(officer));
        // A user ID as the channel posts in the app's direct messages with that person.
        await client.chat.postMessage({ channel: officer, ...request });
      }
    } catch (err) {
      if (err instanceof InvalidProgress) {
        await ack({ response_action: 'errors', errors: progressErrors(err.problems, lang) });
      } else if (err instanceof PermissionDenied) {
        const refusal = toPlain(refusalText(err.whoCan, plan, lang));
        await ack({ response_action: 'errors', errors: { [PROGRESS_INPUT.zone.block]: refusal } });
      } else {
        logFailure(deps.logger, err, `view ${REPORT_PROGRESS_VIEW}`, { text: JSON.stringify(input), userId });
        await ack({
          response_action: 'errors',
          errors: { [PROGRESS_INPUT.state.block]: toPlain(common(lang).internalError) },
        });
      }
    }
  });
}
