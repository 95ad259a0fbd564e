import type { ProgressProblem } from '../domain/progress-input.js';
import type { Lang } from '../i18n/lang.js';
import { progressText } from '../i18n/messages/progress.js';
import { PROGRESS_INPUT } from './ids.js';
import { toPlain } from './mrkdwn.js';

/** Each problem under its field of the progress modal (`response_action: errors`). */
export function progressErrors(problems: ProgressProblem[], lang: Lang): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) errors[PROGRESS_INPUT[p.field].block] ??= toPlain(progressText(lang).problem(p));
  return errors;
}
