import type { KnownBlock } from '@slack/types';

/** Slack mrkdwn to what a terminal shows: no markers, links as "label (url)", entities decoded. */
export function mrkdwnToText(mrkdwn: string): string {
  const text = mrkdwn
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/(^|[\s(（])\*([^*\n]+)\*/g, '$1$2')
    .replace(/(^|[\s(（])_([^_\n]+)_/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1');
  return decodeEntities(text);
}

const decodeEntities = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function textOf(t: { type: string; text: string } | undefined): string {
  if (!t) return '';
  return t.type === 'mrkdwn' ? mrkdwnToText(t.text) : decodeEntities(t.text);
}

/**
 * Renders an answer's blocks as plain text, so the terminal shows exactly what
 * Slack shows, less the buttons (a terminal user types the command instead).
 */
export function blocksToText(blocks: KnownBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'header': {
        const title = decodeEntities(block.text.text);
        out.push(title, '='.repeat(Math.min(60, [...title].length * 2)));
        break;
      }
      case 'section':
        if (block.text) out.push(textOf(block.text));
        if (block.fields) out.push(...block.fields.map(textOf));
        break;
      case 'context':
        out.push(block.elements.map((e) => ('text' in e ? textOf(e) : '')).join('  ·  '));
        break;
      case 'divider':
        out.push('');
        break;
      default:
        break;
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
