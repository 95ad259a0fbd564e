import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { common } from '../../../i18n/messages/common.js';
import { PermissionDenied } from '../../../services/authorize.js';
import { InvalidFigure, type Saved } from '../../../services/figures-service.js';
import { figureErrors } from '../../../views/figure-errors.js';
import { FIGURE_INPUT, REPORT_FIGURE_VIEW } from '../../../views/ids.js';
import { toPlain } from '../../../views/mrkdwn.js';
import { readIndicatorChoice, savedLine, savedModal } from '../../../views/report-figure.js';
import { refusalText } from '../../../views/roles.js';
import { logFailure } from '../../answer.js';
import { askerOf } from '../../asker.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import type { Listeners } from '../../listener-table.js';
import { answerSubmission, submissionKey } from '../../submission.js';
import { inputValue } from '../../view-state.js';

/**
 * A submitted figure: checked before the acknowledgement (each problem shown
 * under its field, nothing stored), then stored once however often Slack
 * delivers the same submission, and shown back.
 */
export function registerReportFigure(app: Listeners, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(REPORT_FIGURE_VIEW, async (args) => {
    const arrivedAt = Date.now();
    const saved = await deps.submissions.run(() => submitFigure(args, deps, arrivedAt));
    const userId = args.body.user.id;
    // Once the submissions waiting are done: Home tabs published beside them kept some waiting for seconds.
    if (saved && !saved.duplicate)
      deps.submissions.later(`home:${userId}`, () => publishHome(deps, args.client, userId));
  });
}

/** The submission checked, stored and acknowledged; null when nothing was stored. */
async function submitFigure(
  { ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
  deps: SlackDeps,
  arrivedAt: number,
): Promise<Saved | null> {
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
  const { lang, actor, plan } = await askerOf(deps, userId, view.private_metadata);
  const receipt = submissionKey(view);
  // A second delivery of a submission already taken is answered as the first was, before anything is checked again.
  const earlier = await deps.services.figures.answered(receipt);
  if (earlier) {
    await ack({ response_action: 'update', view: savedModal(earlier, plan, lang) });
    return null;
  }
  const failedErrors = { [FIGURE_INPUT.value.block]: toPlain(common(lang).internalError) };
  let figure: Awaited<ReturnType<typeof deps.services.figures.check>>;
  try {
    figure = await deps.services.figures.check(actor, input, plan.key);
  } catch (err) {
    if (err instanceof InvalidFigure) {
      await ack({ response_action: 'errors', errors: figureErrors(err.problems, input.indicator, plan, lang) });
    } else if (err instanceof PermissionDenied) {
      const refusal = toPlain(refusalText(err.whoCan, plan, lang));
      await ack({ response_action: 'errors', errors: { [FIGURE_INPUT.indicator.block]: refusal } });
    } else {
      logFailure(deps.logger, err, `view ${REPORT_FIGURE_VIEW}`, { text: JSON.stringify(input), userId });
      await ack({ response_action: 'errors', errors: failedErrors });
    }
    return null;
  }
  return answerSubmission(deps, deps.services.figures.store(actor, figure, receipt, plan.key), {
    ack,
    arrivedAt,
    client,
    viewId: view.id,
    userId,
    lang,
    where: `view ${REPORT_FIGURE_VIEW}`,
    failedErrors,
    saved: (s) => savedModal(s, plan, lang),
    savedLine: (s) => savedLine(s, plan, lang),
  });
}
