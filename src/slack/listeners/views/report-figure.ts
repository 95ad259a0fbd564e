import type { App } from '@slack/bolt';
import { common } from '../../../i18n/messages/common.js';
import { PermissionDenied } from '../../../services/authorize.js';
import { InvalidFigure } from '../../../services/figures-service.js';
import { figureErrors } from '../../../views/figure-errors.js';
import { FIGURE_INPUT, REPORT_FIGURE_VIEW } from '../../../views/ids.js';
import { toPlain } from '../../../views/mrkdwn.js';
import { readIndicatorChoice, savedModal } from '../../../views/report-figure.js';
import { refusalText } from '../../../views/roles.js';
import { logFailure } from '../../answer.js';
import { askerOf } from '../../asker.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import { inputValue } from '../../view-state.js';

/**
 * A submitted figure: stored and shown back, or refused with each problem
 * under its field in the user's language (nothing stored).
 */
export function registerReportFigure(app: App, deps: SlackDeps): void {
  app.view(REPORT_FIGURE_VIEW, async ({ ack, body, view, client }) => {
    const userId = body.user.id;
    const values = view.state.values;
    const choice = readIndicatorChoice(inputValue(values, FIGURE_INPUT.indicator));
    const input = {
      zone: choice.zone,
      indicator: choice.indicator,
      period: inputValue(values, FIGURE_INPUT.period),
      value: inputValue(values, FIGURE_INPUT.value),
      note: inputValue(values, FIGURE_INPUT.note),
      source: inputValue(values, FIGURE_INPUT.source),
    };
    const { lang, actor, plan } = await askerOf(deps, userId);
    try {
      const saved = await deps.services.figures.submit(actor, input);
      await ack({ response_action: 'update', view: savedModal(saved, plan, lang) });
      await publishHome(deps, client, userId);
    } catch (err) {
      if (err instanceof InvalidFigure) {
        await ack({ response_action: 'errors', errors: figureErrors(err.problems, input.indicator, plan, lang) });
      } else if (err instanceof PermissionDenied) {
        const refusal = toPlain(refusalText(err.whoCan, plan, lang));
        await ack({ response_action: 'errors', errors: { [FIGURE_INPUT.indicator.block]: refusal } });
      } else {
        logFailure(deps.logger, err, `view ${REPORT_FIGURE_VIEW}`, { text: JSON.stringify(input), userId });
        await ack({
          response_action: 'errors',
          errors: { [FIGURE_INPUT.value.block]: toPlain(common(lang).internalError) },
        });
      }
    }
  });
}
