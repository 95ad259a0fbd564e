import type { KnownBlock } from '@slack/types';
import { context, fitBlocks, type Reply, reply, section, sections } from './blocks.js';

/** An answer to bad input: what was wrong, then how to get it right. Both may quote what the user typed. */
export function errorReply(message: string, hint?: string, details: string[] = []): Reply {
  const blocks: KnownBlock[] = [section(`⚠️ ${message}`), ...sections(details)];
  if (hint) blocks.push(context(hint));
  return reply(
    hint ? `${message} ${hint}` : message,
    fitBlocks(blocks, (hidden) => `… +${hidden}`),
  );
}
