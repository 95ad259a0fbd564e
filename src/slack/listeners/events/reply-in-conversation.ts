import type { WebClient } from '@slack/web-api';
import type { Reply } from '../../../views/blocks.js';

/** Mentions and direct messages are answered where they were asked, in the thread when there is one. */
export async function replyInConversation(
  client: WebClient,
  channel: string,
  threadTs: string | undefined,
  answer: Reply,
): Promise<void> {
  await client.chat.postMessage({
    channel,
    text: answer.text,
    blocks: answer.blocks,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
}

/** `<@U0BOT> status xuwei` → `status xuwei` */
export function withoutMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ').trim();
}
