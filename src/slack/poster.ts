import { ErrorCode, WebClient } from '@slack/web-api';
import { DeliveryError, type Poster } from '../jobs/poster.js';
import { toPlain } from '../views/mrkdwn.js';

/** Errors only someone fixing the setup can cure: trying again changes nothing. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'no_permission',
  'restricted_action',
  'user_not_found',
  'cannot_dm_bot',
  'invalid_blocks',
  'msg_too_long',
]);

/** The metadata a zonebot post carries, so it can be found again in its channel after a crash. */
export const CLAIM_EVENT = 'zonebot_post';
const claimedName = (filename: string, claim: number) => filename.replace(/(\.[^.]+)?$/, `-p${claim}$1`);

function asDeliveryError(err: unknown): DeliveryError {
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number };
  if (e?.code === ErrorCode.RateLimitedError)
    return new DeliveryError('ratelimited', 'rate_limited', (e.retryAfter ?? 1) * 1000);
  if (e?.code === ErrorCode.PlatformError) {
    const error = e.data?.error ?? 'unknown_error';
    return new DeliveryError(error, PERMANENT.has(error) ? 'permanent' : 'transient');
  }
  if (e?.code === ErrorCode.HTTPError) return new DeliveryError(`http_${e.statusCode ?? 0}`, 'transient');
  return new DeliveryError(err instanceof Error ? err.message : String(err), 'transient');
}

async function slack<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw asDeliveryError(err);
  }
}

/**
 * The jobs' way to Slack, over the Web API. The client's own retries are off
 * and rate-limited calls are rejected, so that delivery (src/jobs/delivery.ts)
 * is the one place that waits and tries again.
 */
export function webApiPoster(token: string, apiUrl: string | undefined): Poster {
  const client = new WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  // A user ID posts to the app's DM with that person, but a DM's history is read by its channel ID.
  const conversation = async (channel: string) =>
    /^[UW]/.test(channel)
      ? ((await slack(() => client.conversations.open({ users: channel }))).channel?.id ?? channel)
      : channel;
  return {
    async post({ channel, text, blocks, threadTs, claim }) {
      const res = await slack(() =>
        client.chat.postMessage({
          channel,
          text,
          blocks,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          metadata: { event_type: CLAIM_EVENT, event_payload: { claim } },
        }),
      );
      return { ts: res.ts ?? '' };
    },
    async update({ channel, ts, text, blocks }) {
      await slack(() => client.chat.update({ channel, ts, text, blocks }));
    },
    async upload({ channel, filename, title, content, claim }) {
      const res = (await slack(() =>
        client.files.uploadV2({
          channel_id: channel,
          filename: claimedName(filename, claim),
          title: toPlain(title),
          file: Buffer.from(content),
        }),
      )) as { files?: { files?: { id?: string }[] }[] };
      return { ts: res.files?.[0]?.files?.[0]?.id ?? `file-${claim}` };
    },
    async find({ channel, claim, since }) {
      const res = await slack(async () =>
        client.conversations.history({
          channel: await conversation(channel),
          oldest: String(since.getTime() / 1000),
          include_all_metadata: true,
          limit: 200,
        }),
      );
      const mine = res.messages?.find(
        (m) =>
          (m.metadata?.event_type === CLAIM_EVENT &&
            (m.metadata.event_payload as { claim?: unknown })?.claim === claim) ||
          m.files?.some((f) => f.name?.includes(`-p${claim}.`)),
      );
      return mine?.ts ?? null;
    },
  };
}
