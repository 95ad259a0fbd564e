import { context, type Reply, reply, section } from './blocks.js';
import { escapeText } from './mrkdwn.js';

/** An answer to bad input: what was wrong, then how to get it right. */
export function errorReply(message: string, hint?: string): Reply {
  const blocks = [section(`⚠️ ${escapeText(message)}`)];
  if (hint) blocks.push(context(hint) as never);
  return reply(hint ? `${message} ${hint}` : message, blocks);
}
