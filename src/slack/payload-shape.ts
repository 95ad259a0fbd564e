import { z } from 'zod';
import { ACTION_IDS, VIEW_IDS } from '../views/ids.js';

// What zonebot's listeners, and Bolt before them, read from a delivery. A
// delivery of any other shape is refused at the door: however it was crafted,
// it never reaches code that would trip over a null or a number.

const id = z.string().min(1).max(255);
const text = z.string().max(40_000);

const command = z
  .object({
    command: id,
    text: text.optional(),
    user_id: id,
    channel_id: id.optional(),
    trigger_id: id.optional(),
    response_url: z.string().max(2000).optional(),
  })
  .loose();

// Only ids zonebot itself put in front of Slack: anything else was not clicked on a zonebot message.
const action = z.object({ action_id: z.enum(ACTION_IDS), type: id }).loose();
const viewState = z.object({ values: z.record(z.string(), z.record(z.string(), z.object({}).loose())) }).loose();

const interaction = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('block_actions'),
      user: z.object({ id }).loose(),
      actions: z.array(action).min(1).max(25),
      trigger_id: id.optional(),
    })
    .loose(),
  z
    .object({
      type: z.literal('view_submission'),
      user: z.object({ id }).loose(),
      view: z
        .object({
          id,
          callback_id: z.enum(VIEW_IDS),
          hash: z.string().max(255).optional(),
          private_metadata: z.string().max(3000).optional(),
          state: viewState,
        })
        .loose(),
    })
    .loose(),
  z.object({ type: z.literal('view_closed'), user: z.object({ id }).loose() }).loose(),
]);

const event = z
  .object({
    type: id,
    user: id.optional(),
    text: text.optional(),
    channel: id.optional(),
    ts: id.optional(),
    thread_ts: id.optional(),
  })
  .loose();

const envelope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('event_callback'), event_id: id, event }).loose(),
  z.object({ type: z.literal('url_verification'), challenge: z.string().max(255) }).loose(),
  z.object({ type: z.literal('app_rate_limited') }).loose(),
]);

const plainObject = (body: unknown): body is Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body);

function firstProblem(result: { success: boolean; error?: z.ZodError }): string | null {
  if (result.success) return null;
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'malformed';
}

export type DeliveryKind = 'command' | 'interaction' | 'event';

/** Why a parsed delivery is not one zonebot can act on, or null when it is. */
export function shapeProblem(kind: DeliveryKind, body: unknown): string | null {
  if (!plainObject(body)) return 'not an object';
  const schema = kind === 'command' ? command : kind === 'interaction' ? interaction : envelope;
  return firstProblem(schema.safeParse(body));
}

/** A form body's kind: an interaction carries one JSON field, `payload`; a slash command carries `command`. */
export function formKind(fields: URLSearchParams): DeliveryKind {
  return fields.has('payload') ? 'interaction' : 'command';
}
