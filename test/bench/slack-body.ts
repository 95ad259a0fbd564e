import { createHmac } from 'node:crypto';

// Shared by the bench's parent and its child processes, which run it as plain
// JavaScript: it imports nothing but Node itself.

/** The signing secret both apps are started with (hex, as Slack's are). */
export const BENCH_SECRET = 'b3e7c0ffee0ddba11b3e7c0ffee0ddba';
export const BENCH_TOKEN = 'xoxb-zonebot-bench';
export const EVENTS_PATH = '/slack/events';
export const FORM = 'application/x-www-form-urlencoded';

/** A figure submission the bench may make: a reporter of the zone, a period the form offers, and a value near the stored one. */
export interface Writer {
  user: string;
  zone: string;
  indicator: string;
  period: string;
  /** The value stored for the period: submissions stay within a few percent of it, so no plausibility warning is raised. */
  base: number;
}

/** Slack's signature headers for a body sent now: each request is signed anew, as Slack signs each delivery. */
export function signed(body: string, secret = BENCH_SECRET, seconds = Math.floor(Date.now() / 1000)) {
  const digest = createHmac('sha256', secret).update(`v0:${seconds}:${body}`).digest('hex');
  return {
    'content-type': FORM,
    'x-slack-signature': `v0=${digest}`,
    'x-slack-request-timestamp': String(seconds),
  };
}

let sequence = 0;

/**
 * A value no other request of this run carries: zonebot refuses a signed
 * request it has already taken (a replay), so two identical commands sent in
 * the same second must differ somewhere, as Slack's trigger ids do.
 */
export function nonce(): string {
  sequence += 1;
  return `${Date.now()}.${process.pid}.${sequence}`;
}

/** A `/zone` slash command as Slack posts it. */
export function commandBody(text: string, user: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0BENCH01',
    team_domain: 'bench',
    channel_id: 'C0BENCH01',
    channel_name: 'general',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/zone',
    text,
    api_app_id: 'A0BENCH01',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: nonce(),
  }).toString();
}

/** Select and text inputs of the figure form, as Slack sends a submitted modal's state. */
function figureValues(w: Writer, value: string) {
  const select = (v: string) => ({
    type: 'static_select',
    selected_option: { text: { type: 'plain_text', text: v }, value: v },
  });
  const text = (v: string) => ({ type: 'plain_text_input', value: v });
  return {
    figure_indicator: { indicator: select(`${w.zone}|${w.indicator}`) },
    figure_period: { period: select(w.period) },
    figure_value: { value: text(value) },
    // A note confirms any plausibility warning, as a reporter would.
    figure_note: { note: text('bench') },
    figure_source: { source: text('') },
  };
}

/**
 * A submitted figure form: its own modal (a new view id), and the `nth`
 * submission of this writer a value of its own (at least a cent apart), up
 * to 4% above the base, so it is never the value already current.
 */
export function submissionBody(w: Writer, nth: number): string {
  const step = Math.max(0.01, Math.round(w.base * 4) / 10_000);
  const value = (w.base + ((nth % 100) + 1) * step).toFixed(2);
  const payload = {
    type: 'view_submission',
    token: 'legacy-verification-token',
    api_app_id: 'A0BENCH01',
    team: { id: 'T0BENCH01', domain: 'bench' },
    user: { id: w.user, username: w.user, name: w.user, team_id: 'T0BENCH01' },
    trigger_id: nonce(),
    view: {
      id: `V${nonce().replace(/\D/g, '')}`,
      type: 'modal',
      callback_id: 'zone_report_figure',
      private_metadata: '',
      hash: '1.bench',
      state: { values: figureValues(w, value) },
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
