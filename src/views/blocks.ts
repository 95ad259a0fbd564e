import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  ModalView,
  SectionBlock,
} from '@slack/types';

// Slack's limits: https://api.slack.com/reference/block-kit/blocks
export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_HEADER_TEXT = 150;
export const MAX_CONTEXT_ELEMENTS = 10;
export const MAX_BUTTON_TEXT = 75;
export const MAX_ACTION_VALUE = 2000;
export const MAX_FALLBACK_TEXT = 3000;

/** A CSV (or other text file) an answer hands over: uploaded in Slack, written out in a terminal. */
export interface FileOut {
  filename: string;
  title: string;
  content: string;
}

export interface Reply {
  /** The notification and fallback text. */
  text: string;
  blocks: KnownBlock[];
  /** A modal to open instead of answering in the conversation (Slack only). */
  modal?: ModalView;
  file?: FileOut;
}

export function clip(text: string, max: number): string {
  return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`;
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, MAX_HEADER_TEXT), emoji: true } };
}

export function section(mrkdwn: string, blockId?: string): SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: clip(mrkdwn, MAX_SECTION_TEXT) },
    ...(blockId ? { block_id: blockId } : {}),
  };
}

/** Lines packed into as few sections as Slack's per-section limit allows. */
export function sections(lines: string[]): SectionBlock[] {
  const out: SectionBlock[] = [];
  let current = '';
  for (const line of lines.map((l) => clip(l, MAX_SECTION_TEXT))) {
    if (current && current.length + 1 + line.length > MAX_SECTION_TEXT) {
      out.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(section(current));
  return out;
}

export function context(...mrkdwn: string[]): ContextBlock {
  return {
    type: 'context',
    elements: mrkdwn.slice(0, MAX_CONTEXT_ELEMENTS).map((text) => ({ type: 'mrkdwn', text: clip(text, 2000) })),
  };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, MAX_BUTTON_TEXT), emoji: true },
    action_id: actionId,
    value: clip(value, MAX_ACTION_VALUE),
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string, elements: Button[]): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements: elements.slice(0, 25) };
}

/**
 * Keeps a message within Slack's 50 blocks: when it would overflow, the tail is
 * replaced by a note that tells the reader how to narrow the question.
 */
export function fitBlocks(
  blocks: KnownBlock[],
  overflowNote: (hidden: number) => string,
  max = MAX_BLOCKS,
): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, context(overflowNote(blocks.length - kept.length))];
}

export function reply(text: string, blocks: KnownBlock[]): Reply {
  return { text: clip(text, MAX_FALLBACK_TEXT), blocks };
}
