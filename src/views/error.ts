import type { KnownBlock } from '@slack/types';
import { context, type Reply, reply, section } from './blocks.js';
import { escapeText } from './mrkdwn.js';

/** An answer to bad input: what was wrong, then how to get it right. Both may quote what the user typed. */
export function errorReply(message: string, hint?: string): Reply {
  const blocks: KnownBlock[] = [section(`⚠️ ${escapeText(message)}`)];
  if (hint) blocks.push(context(escapeText(hint)));
  return reply(hint ? `${message} ${hint}` : message, blocks);
}
