import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  ModalView,
  PlainTextElement,
  SectionBlock,
} from '@slack/types';
import { toMrkdwn, toPlain } from './mrkdwn.js';

// Slack's limits: https://api.slack.com/reference/block-kit/blocks
export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_HEADER_TEXT = 150;
export const MAX_CONTEXT_ELEMENTS = 10;
export const MAX_BUTTON_TEXT = 75;
export const MAX_ACTION_VALUE = 2000;
export const MAX_FALLBACK_TEXT = 3000;

/** A text file made as it is written, chunk by chunk, so that a long one is never held whole. */
export type FileChunks = () => AsyncIterable<string>;

/** A CSV (or other text file) an answer hands over: uploaded in Slack, written out in a terminal. */
export interface FileOut {
  filename: string;
  title: string;
  /** Text, bytes (a chart's PNG, a report) or text made as it is written (the ledger). */
  content: string | Uint8Array | FileChunks;
  /** Posted where it was asked for everyone there; otherwise sent only to the person who asked, in their DM with the bot. */
  share: boolean;
}

export interface Reply {
  /** The notification and fallback text. */
  text: string;
  blocks: KnownBlock[];
  /** A modal to open instead of answering in the conversation (Slack only). */
  modal?: ModalView;
  file?: FileOut;
}

const length = (text: string) => [...text].length;

export function clip(text: string, max: number): string {
  return length(text) <= max ? text : `${[...text].slice(0, max - 1).join('')}…`;
}

/**
 * Renders text for Slack within a limit that counts the rendered characters:
 * escaping lengthens text, so the plain text is cut until its rendering fits,
 * never in the middle of an entity or a mention.
 */
function fitted(text: string, max: number, render: (t: string) => string): string {
  const whole = render(text);
  if (length(whole) <= max) return whole;
  let keep = Math.min(length(text), max);
  let out = render(clip(text, keep));
  while (length(out) > max && keep > 1) {
    keep = Math.max(1, Math.floor(keep * 0.9));
    out = render(clip(text, keep));
  }
  return out;
}

export const mrkdwnText = (text: string, max = MAX_SECTION_TEXT) => fitted(text, max, toMrkdwn);

export function plainText(text: string, max = MAX_SECTION_TEXT): PlainTextElement {
  return { type: 'plain_text', text: fitted(text, max, toPlain), emoji: true };
}

/** A modal's title, submit or close label: Slack allows 24 characters. */
export const modalText = (text: string): PlainTextElement => plainText(text, 24);

export function header(text: string): HeaderBlock {
  return { type: 'header', text: plainText(text, MAX_HEADER_TEXT) };
}

export function section(text: string, blockId?: string): SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: mrkdwnText(text) },
    ...(blockId ? { block_id: blockId } : {}),
  };
}

/** Lines packed into as few sections as Slack's per-section limit allows, measured as Slack will count them. */
export function sections(lines: string[]): SectionBlock[] {
  const out: SectionBlock[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    const rendered = length(mrkdwnText(line));
    if (current.length && size + 1 + rendered > MAX_SECTION_TEXT) {
      out.push(section(current.join('\n')));
      current = [];
      size = 0;
    }
    current.push(line);
    size += (current.length > 1 ? 1 : 0) + rendered;
  }
  if (current.length) out.push(section(current.join('\n')));
  return out;
}

export function context(...texts: string[]): ContextBlock {
  return {
    type: 'context',
    elements: texts.slice(0, MAX_CONTEXT_ELEMENTS).map((text) => ({ type: 'mrkdwn', text: mrkdwnText(text, 2000) })),
  };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: plainText(text, MAX_BUTTON_TEXT),
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

/** A message from plain text (its notification and fallback) and blocks made by the builders above. */
export function reply(text: string, blocks: KnownBlock[]): Reply {
  return { text: mrkdwnText(text, MAX_FALLBACK_TEXT), blocks };
}
