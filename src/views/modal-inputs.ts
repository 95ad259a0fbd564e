import type { InputBlock, PlainTextOption } from '@slack/types';
import { plainText } from './blocks.js';

/** Slack caps option text at 75 characters. */
export const option = (text: string, value: string): PlainTextOption => ({
  text: plainText(text, 75),
  value,
});

/** A labelled input of a modal; its block id is where Slack shows a `response_action: errors` message. */
export function input(
  block: string,
  label: string,
  element: InputBlock['element'],
  optional = false,
  hint?: string,
): InputBlock {
  return {
    type: 'input',
    block_id: block,
    label: plainText(label, 2000),
    element,
    optional,
    ...(hint ? { hint: plainText(hint, 2000) } : {}),
  };
}
