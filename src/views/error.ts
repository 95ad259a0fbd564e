import type { KnownBlock } from '@slack/types';
import { context, fitBlocks, type Reply, reply, section, sections } from './blocks.js';
import { escapeText } from './mrkdwn.js';

/** An answer to bad input: what was wrong, then how to get it right. Both may quote what the user typed. */
export function errorReply(message: string, hint?: string, details: string[] = []): Reply {
  const blocks: KnownBlock[] = [section(`⚠️ ${escapeText(message)}`), ...sections(details.map(escapeText))];
  if (hint) blocks.push(context(escapeText(hint)));
  return reply(
    hint ? `${message} ${hint}` : message,
    fitBlocks(blocks, (hidden) => `… +${hidden}`),
  );
}
