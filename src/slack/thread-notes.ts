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

/** What a nudge was about, as kept with its post: its plan's key, its zone and milestones. */
export interface NudgeAbout {
  plan: string;
  zone: string | null;
  milestones: string[];
}

/** What a nudge was about; null for any other post. */
export function aboutOf(post: PostRow | null): NudgeAbout | null {
  if (post?.job !== 'nudges') return null;
  const about = (JSON.parse(post.payload) as StoredPayload).about;
  return about ? { plan: post.planKey, ...about } : null;
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
  about: NudgeAbout,
  milestone: string,
): Promise<void> {
  const { zone } = about;
  const [actor, lang, plan] = await Promise.all([
    deps.runner.actor(reply.userId),
    deps.runner.language(reply.userId),
    deps.services.plan.get(about.plan),
  ]);
  const added = await deps.services.progress.addNote(actor, {
    plan: plan.key,
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
