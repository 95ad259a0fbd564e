import { createHmac } from 'node:crypto';
import { TEST_WORKSPACE } from './slack/ids.js';

export { TEST_WORKSPACE };

export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

/** Headers Slack adds to every request it sends an app: `v0=` + HMAC-SHA256 of `v0:{ts}:{body}`. */
export function signedHeaders(
  rawBody: string,
  signingSecret: string,
  timestampSeconds = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestampSeconds) };
}

export interface PostOptions {
  /** Sign with another secret, as an attacker without ours would: Bolt answers 401. */
  forgeSignature?: boolean;
  /** Date the request six minutes back, past Bolt's five-minute replay window: 401. */
  staleTimestamp?: boolean;
  timestampSeconds?: number;
  /** Defaults to Bolt's HTTPReceiver endpoint, `/slack/events`. */
  path?: string;
  headers?: Record<string, string>;
}

export interface SlackHttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON (an empty ack is ''). */
  json: unknown;
}

/**
 * Each delivery Slack makes is signed anew, so no two are alike; tests send
 * the same body many times (a retried event, a repeated command), so a body
 * sent again in the same second gets the latest earlier second not yet used
 * for it (still well within Slack's five minutes), as two real deliveries
 * would have. A replay is sent by giving the same `timestampSeconds` again.
 */
const used = new Map<string, Set<number>>();

function freshTimestamp(now: number, rawBody: string): number {
  const seconds = used.get(rawBody) ?? new Set<number>();
  let second = now;
  while (seconds.has(second)) second--;
  seconds.add(second);
  used.set(rawBody, seconds);
  return second;
}

/** POSTs `rawBody` to the app signed as Slack would, or mis-signed as `options` ask. */
export async function postSigned(
  baseUrl: string,
  signingSecret: string,
  rawBody: string,
  contentType: string,
  options: PostOptions = {},
): Promise<SlackHttpResponse> {
  const now = Math.floor(Date.now() / 1000);
  const timestamp = options.timestampSeconds ?? (options.staleTimestamp ? now - 6 * 60 : freshTimestamp(now, rawBody));
  const secret = options.forgeSignature ? `forged-${signingSecret}` : signingSecret;
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}${options.path ?? '/slack/events'}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signedHeaders(rawBody, secret, timestamp), ...options.headers },
    body: rawBody,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export type SlashCommandFields = Record<string, string>;

/** A slash command's fields as Slack sends them, for `/zone` by the test user in #general. */
export function slashCommandFields(overrides: Partial<SlashCommandFields> = {}): SlashCommandFields {
  const fields: SlashCommandFields = {
    token: 'legacy-verification-token',
    team_id: TEST_WORKSPACE.teamId,
    team_domain: TEST_WORKSPACE.teamDomain,
    channel_id: TEST_WORKSPACE.channelId,
    channel_name: TEST_WORKSPACE.channelName,
    user_id: TEST_WORKSPACE.userId,
    user_name: TEST_WORKSPACE.userName,
    command: '/zone',
    text: '',
    api_app_id: TEST_WORKSPACE.appId,
    is_enterprise_install: 'false',
    // Port 9 (discard) refuses connections: a test that forgot emulator.responseUrl() fails loudly.
    response_url: 'http://127.0.0.1:9/response_url-not-set',
    trigger_id: `${Date.now()}.1234567890.abcdef0123456789`,
  };
  for (const [name, value] of Object.entries(overrides)) if (value !== undefined) fields[name] = value;
  return fields;
}

/** Sends a slash command as a signed form body; `fields` override `slashCommandFields()`. */
export function postSlashCommand(
  baseUrl: string,
  signingSecret: string,
  fields: Partial<SlashCommandFields> = {},
  options?: PostOptions,
): Promise<SlackHttpResponse> {
  const body = new URLSearchParams(slashCommandFields(fields)).toString();
  return postSigned(baseUrl, signingSecret, body, 'application/x-www-form-urlencoded', options);
}

/**
 * The fields Slack puts in every interaction payload; `payload`'s own fields win.
 * `type` (block_actions, view_submission, …) and the rest are the test's to give.
 */
export function interactionPayload(payload: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    api_app_id: TEST_WORKSPACE.appId,
    team: { id: TEST_WORKSPACE.teamId, domain: TEST_WORKSPACE.teamDomain },
    user: {
      id: TEST_WORKSPACE.userId,
      username: TEST_WORKSPACE.userName,
      name: TEST_WORKSPACE.userName,
      team_id: TEST_WORKSPACE.teamId,
    },
    trigger_id: `${Date.now()}.1234567890.abcdef0123456789`,
    is_enterprise_install: false,
    enterprise: null,
    ...payload,
  };
}

/** Sends an interaction as Slack does: a form body whose one field, `payload`, is JSON. */
export function postInteraction(
  baseUrl: string,
  signingSecret: string,
  payload: Record<string, unknown>,
  options?: PostOptions,
): Promise<SlackHttpResponse> {
  const body = new URLSearchParams({ payload: JSON.stringify(interactionPayload(payload)) }).toString();
  return postSigned(baseUrl, signingSecret, body, 'application/x-www-form-urlencoded', options);
}

/** Each event Slack delivers has its own id; a counter keeps two made in one millisecond apart. */
let events = 0;

const ENVELOPE_TYPES = new Set(['url_verification', 'event_callback', 'app_rate_limited']);

/** Wraps an inner event (`{ type: 'app_home_opened', … }`) in the Events API's event_callback envelope. */
export function eventCallback(event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: TEST_WORKSPACE.teamId,
    api_app_id: TEST_WORKSPACE.appId,
    type: 'event_callback',
    event_id: `Ev${Date.now().toString(36).toUpperCase()}${String(++events).padStart(4, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        team_id: TEST_WORKSPACE.teamId,
        user_id: TEST_WORKSPACE.botUserId,
        is_bot: true,
        is_enterprise_install: false,
        enterprise_id: null,
      },
    ],
    is_ext_shared_channel: false,
    event,
  };
}

/**
 * Sends an Events API request as a signed JSON body. An envelope (`url_verification`,
 * `event_callback`) goes as given; anything else is taken as the inner event and wrapped.
 */
export function postEvent(
  baseUrl: string,
  signingSecret: string,
  event: Record<string, unknown>,
  options?: PostOptions,
): Promise<SlackHttpResponse> {
  const body = ENVELOPE_TYPES.has(String(event.type)) ? event : eventCallback(event);
  return postSigned(baseUrl, signingSecret, JSON.stringify(body), 'application/json', options);
}
