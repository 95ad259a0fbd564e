import type { ViewOutput } from '@slack/bolt';
import { typedText } from '../views/mrkdwn.js';

type Values = ViewOutput['state']['values'];

/** What was typed or chosen in one input of a submitted modal ('' when nothing). */
export function inputValue(values: Values, field: { block: string; action: string }): string {
  const element = values[field.block]?.[field.action];
  if (!element) return '';
  return typedText(element.selected_option?.value ?? element.value ?? '');
}
