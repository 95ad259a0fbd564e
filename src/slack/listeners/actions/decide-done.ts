import type { BlockAction, ButtonAction } from '@slack/bolt';
import { progressText } from '../../../i18n/messages/progress.js';
import { PermissionDenied } from '../../../services/authorize.js';
import { CONFIRM_DONE_ACTION, REJECT_DONE_ACTION } from '../../../views/ids.js';
import { mention } from '../../../views/mrkdwn.js';
import { decidedMessage, reportSubject } from '../../../views/report-progress.js';
import { refusalReply } from '../../../views/roles.js';
import { ephemeral, fixedReply, logFailure } from '../../answer.js';
import { askerOf } from '../../asker.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import type { Listeners } from '../../listener-table.js';

/**
 * An officer's click on a zone's "done": confirmed (办结) or sent back. The
 * request message turns into the record of the decision, and the reporter is told.
 */
export function registerDecideDone(app: Listeners, deps: SlackDeps): void {
  for (const [actionId, confirmed] of [
    [CONFIRM_DONE_ACTION, true],
    [REJECT_DONE_ACTION, false],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond, client }) => {
      await ack();
      const userId = body.user.id;
      const { lang, actor, plan: fallback } = await askerOf(deps, userId);
      try {
        const { report, recorded } = await deps.services.progress.decide(actor, Number(action.value), confirmed, null);
        const plan = await deps.services.plan.get(report.plan);
        await respond({ replace_original: true, ...decidedMessage(report, plan, lang) });
        if (!recorded) return;
        const reporterLang = await deps.runner.language(report.enteredBy);
        const m = progressText(reporterLang);
        const tell = (confirmed ? m.toReporterConfirmed : m.toReporterRejected)(
          reportSubject(report, plan, reporterLang),
          mention(userId),
        );
        await client.chat.postMessage({ channel: report.enteredBy, ...fixedReply(tell) });
        await publishHome(deps, client, report.enteredBy);
      } catch (err) {
        if (err instanceof PermissionDenied) {
          await respond({ ...ephemeral(refusalReply(err.whoCan, fallback, lang)), replace_original: false });
          return;
        }
        logFailure(deps.logger, err, `action ${actionId}`, { text: action.value ?? '', userId });
        await respond({ ...ephemeral(fixedReply(progressText(lang).alreadyDecided)), replace_original: false });
      }
    });
  }
}
