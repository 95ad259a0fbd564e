import type { WebClient } from '@slack/web-api';
import { decide } from '../domain/permissions.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { Actor } from '../domain/roles.js';
import { notesText } from '../i18n/messages/notes.js';
import type { StoredPayload } from '../jobs/outgoing.js';
import type { PostRow } from '../services/posts-service.js';
import { mention } from '../views/mrkdwn.js';
import { reportSubject } from '../views/report-progress.js';
import { fixedReply } from './answer.js';
import type { SlackDeps } from './deps.js';

export interface ThreadReply {
  channel: string;
  /** The nudge's ts: the thread the reply is in. */
  threadTs: string;
  ts: string;
  userId: string;
  text: string;
}

/** What a nudge was about, as kept with its post; null for any other post. */
export function aboutOf(post: PostRow | null): { zone: string | null; milestones: string[] } | null {
  if (post?.job !== 'nudges') return null;
  return (JSON.parse(post.payload) as StoredPayload).about ?? null;
}

/** Whether the person may report on any of the items: a reporter of the zone, an officer of a unit answerable for them. */
export function mayNote(plan: PlanIndex, actor: Actor, zone: string | null, milestones: string[]): boolean {
  return milestones.some((key) => {
    const milestone = plan.data.milestones.find((m) => m.key === key);
    return milestone !== undefined && decide(plan, actor, { kind: 'report_milestone', milestone, zone }).allowed;
  });
}

/**
 * Records a reply as a note on one milestone, with who wrote it and when, and
 * says so in the thread. The write checks the roles the database holds now.
 */
export async function recordNote(
  deps: SlackDeps,
  client: WebClient,
  reply: ThreadReply,
  milestone: string,
  zone: string | null,
): Promise<void> {
  const [actor, lang, plan] = await Promise.all([
    deps.runner.actor(reply.userId),
    deps.runner.language(reply.userId),
    deps.services.plan.current(),
  ]);
  const added = await deps.services.progress.addNote(actor, {
    milestone,
    zone,
    text: reply.text,
    channelId: reply.channel,
    messageTs: reply.ts,
  });
  const m = notesText(lang);
  const subject = reportSubject({ milestone, zone }, plan, lang);
  const said = added ? m.recorded(subject, mention(reply.userId)) : m.already(subject);
  await client.chat.postMessage({ channel: reply.channel, thread_ts: reply.threadTs, ...fixedReply(said) });
}
