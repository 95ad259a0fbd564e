import type { FigureProblem } from '../domain/figure-input.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/messages/report.js';
import { FIGURE_INPUT } from './ids.js';
import { toPlain } from './mrkdwn.js';

/** Each problem as Slack shows it under its field (`response_action: errors`): block id → message. */
export function figureErrors(
  problems: FigureProblem[],
  indicator: string,
  plan: PlanIndex,
  lang: Lang,
): Record<string, string> {
  const m = reportText(lang);
  const known = plan.data.indicators.find((i) => i.key === indicator);
  const unit = known ? (lang === 'zh' ? known.unit : known.unitEn) : '';
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const previous =
      p.code === 'needs_note' && known
        ? `${formatQuantity(p.previous.value, known, lang)}，${formatPeriod(p.previous.period, lang)}`
        : '';
    const block = FIGURE_INPUT[p.field].block;
    errors[block] ??= toPlain(m.problem(p, unit, previous));
  }
  return errors;
}
