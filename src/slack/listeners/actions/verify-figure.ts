import type { BlockAction, ButtonAction } from '@slack/bolt';
import { formatQuantity } from '../../../i18n/format.js';
import { common } from '../../../i18n/messages/common.js';
import { historyText } from '../../../i18n/messages/history.js';
import { PermissionDenied } from '../../../services/authorize.js';
import { VERIFY_FIGURE_ACTION } from '../../../views/ids.js';
import { periodLabel } from '../../../views/report-figure.js';
import { refusalReply } from '../../../views/roles.js';
import { ephemeral, fixedReply, logFailure } from '../../answer.js';
import { askerOf } from '../../asker.js';
import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';

/** An officer of the indicator's field vouches for a figure from its history. */
export function registerVerifyFigure(app: Listeners, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(VERIFY_FIGURE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    const { lang, actor, plan } = await askerOf(deps, userId);
    try {
      const figure = await deps.services.figures.verify(actor, Number(action.value), null);
      const tracking = await deps.services.figures.planOf(figure.indicator);
      const indicator = tracking.indicator(figure.indicator);
      const what = `${lang === 'zh' ? indicator.name : indicator.nameEn} · ${periodLabel(figure.period, tracking.baselineYear, lang)} · ${formatQuantity(figure.value, indicator, lang)}`;
      await respond({ ...ephemeral(fixedReply(historyText(lang).verifiedDone(what))), replace_original: false });
    } catch (err) {
      const refused = err instanceof PermissionDenied;
      if (!refused)
        logFailure(deps.logger, err, `action ${VERIFY_FIGURE_ACTION}`, { text: action.value ?? '', userId });
      const answer = refused ? refusalReply(err.whoCan, plan, lang) : fixedReply(common(lang).internalError);
      await respond({ ...ephemeral(answer), replace_original: false });
    }
  });
}
