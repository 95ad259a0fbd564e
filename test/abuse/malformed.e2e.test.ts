import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/slack/http-guard.js';
import { CONFIRM_DONE_ACTION, REPORT_FIGURE_VIEW, VERIFY_FIGURE_ACTION } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { checksum } from '../support/checksum.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, submission } from '../support/modal.js';
import {
  eventCallback,
  interactionPayload,
  postSigned,
  postSlashCommand,
  signedHeaders,
  slashCommandFields,
} from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const payload = (value: unknown) => form({ payload: JSON.stringify(value) });

/** Deliveries a broken client or an attacker might sign and send, each with the status it must get. */
const MALFORMED: [string, string, string][] = [
  ['payload=null', form({ payload: 'null' }), FORM],
  ['JSON null', 'null', JSON_TYPE],
  ['JSON array', '[]', JSON_TYPE],
  ['JSON string', '"event_callback"', JSON_TYPE],
  ['JSON number', '42', JSON_TYPE],
  ['payload not JSON', form({ payload: '{not json' }), FORM],
  ['payload array', payload([]), FORM],
  ['payload with no type', payload({ user: { id: 'U1' } }), FORM],
  ['block_actions with no actions', payload(interactionPayload({ type: 'block_actions', actions: [] })), FORM],
  ['block_actions with actions null', payload(interactionPayload({ type: 'block_actions', actions: null })), FORM],
  [
    'an action zonebot never made',
    payload(interactionPayload({ type: 'block_actions', actions: [{ type: 'button', action_id: 'drop_tables' }] })),
    FORM,
  ],
  ['view_submission with view null', payload(interactionPayload({ type: 'view_submission', view: null })), FORM],
  ['a view zonebot never opened', payload(submission(ADMIN, { callback_id: 'zone_delete_everything' }, {})), FORM],
  [
    'view_submission with values a number',
    payload(
      interactionPayload({ type: 'view_submission', view: { id: 'V1', callback_id: REPORT_FIGURE_VIEW, state: 7 } }),
    ),
    FORM,
  ],
  ['user null', payload({ ...interactionPayload({ type: 'block_actions' }), user: null }), FORM],
  [
    'event_callback with event null',
    JSON.stringify({ ...eventCallback({ type: 'app_mention' }), event: null }),
    JSON_TYPE,
  ],
  ['event with text a number', JSON.stringify(eventCallback({ type: 'app_mention', text: 5, user: 'U1' })), JSON_TYPE],
  [
    'event with no event_id',
    JSON.stringify({ ...eventCallback({ type: 'app_mention' }), event_id: undefined }),
    JSON_TYPE,
  ],
  ['command with user_id missing', form({ ...slashCommandFields({ text: 'status xuwei' }), user_id: '' }), FORM],
  ['command text an object', JSON.stringify({ command: '/zone', text: { a: 1 } }), FORM],
  ['a content type Slack never sends', '<xml/>', 'text/xml'],
];

describe.each(PROVIDERS)('malformed and hostile deliveries on $title', ({ provider, skip }) => {
  let t: TestApp;
  let before: Record<string, string>;
  const alive = async () => {
    const res = await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: 'status xuwei',
      response_url: t.emulator.responseUrl(),
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).toContain('徐圩新区');
  };

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'malformed', { ZONE_ADMINS: ADMIN });
    before = await checksum(t.runtime.database.db);
  });
  afterAll(() => t?.stop());

  it.skipIf(skip).each(MALFORMED)('refuses %s with a 4xx and stays up', async (_name, body, type) => {
    const res = await postSigned(t.baseUrl, SIGNING_SECRET, body, type);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await alive();
  });

  it.skipIf(skip)('logs every refusal', () => {
    expect(t.logs.filter((l) => l.msg === 'refused a Slack delivery').length).toBeGreaterThanOrEqual(MALFORMED.length);
  });

  it.skipIf(skip)('refuses forged, stale, future-stamped, replayed and tampered requests with 401', async () => {
    const body = form(slashCommandFields({ text: 'admin grant <@U0VICTIM1> admin', user_id: ADMIN }));
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, object, string][] = [
      ['forged', signedHeaders(body, 'not-our-secret', now), body],
      ['stale', signedHeaders(body, SIGNING_SECRET, now - 6 * 60), body],
      ['ten minutes ahead', signedHeaders(body, SIGNING_SECRET, now + 10 * 60), body],
      ['ten years ahead', signedHeaders(body, SIGNING_SECRET, now + 10 * 365 * 86_400), body],
      ['tampered after signing', signedHeaders(body, SIGNING_SECRET, now), body.replace('U0VICTIM1', 'U0VICTIM2')],
      ['unsigned', {}, body],
    ];
    for (const [name, headers, sent] of cases) {
      const res = await fetch(`${t.baseUrl}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': FORM, ...headers },
        body: sent,
      });
      expect(res.status, name).toBe(401);
    }
    // Signed once, sent twice: the second is a replay.
    const replayed = form(slashCommandFields({ text: 'zones', user_id: ADMIN }));
    const once = { 'content-type': FORM, ...signedHeaders(replayed, SIGNING_SECRET, now) };
    const first = await fetch(`${t.baseUrl}/slack/events`, { method: 'POST', headers: once, body: replayed });
    const second = await fetch(`${t.baseUrl}/slack/events`, { method: 'POST', headers: once, body: replayed });
    expect([first.status, second.status]).toEqual([200, 401]);
    expect(await t.runtime.database.db.roleGrant.findMany()).toEqual([]);
    await alive();
  });

  it.skipIf(skip)('refuses an oversized body with 413', async () => {
    const big = form({ ...slashCommandFields(), text: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await postSigned(t.baseUrl, SIGNING_SECRET, big, FORM);
    expect(res.status).toBe(413);
    await alive();
  });

  it.skipIf(skip)('lets nobody without the role act by calling an action or submitting a view directly', async () => {
    const stranger = 'U0STRANGR';
    const click = (actionId: string, value: string) =>
      postSigned(
        t.baseUrl,
        SIGNING_SECRET,
        payload(
          interactionPayload({
            type: 'block_actions',
            user: { id: stranger },
            response_url: t.emulator.responseUrl(`${actionId}-${value}`),
            actions: [{ type: 'button', action_id: actionId, value, block_id: 'b', action_ts: '1' }],
          }),
        ),
        FORM,
      );
    for (const [actionId, value] of [
      [CONFIRM_DONE_ACTION, '1'],
      [CONFIRM_DONE_ACTION, 'not-a-number'],
      [VERIFY_FIGURE_ACTION, '999999'],
      [VERIFY_FIGURE_ACTION, '-1'],
    ] as const) {
      expect((await click(actionId, value)).status).toBe(200);
    }
    for (const [indicator, period] of [
      ['xuwei|gdp', '2025-11'],
      ['*|gdp', '2025'],
      ['xuwei|gdp', '2020'],
    ] as const) {
      const res = await postSigned(
        t.baseUrl,
        SIGNING_SECRET,
        payload(
          submission(stranger, { callback_id: REPORT_FIGURE_VIEW }, figureState({ indicator, period, value: '1' })),
        ),
        FORM,
      );
      expect(JSON.stringify(res.json)).toContain('没有权限');
    }
    await alive();
  });

  it.skipIf(skip)('has changed nothing in the database', async () => {
    const after = await checksum(t.runtime.database.db);
    // Only the Slack workspace's read commands ran: no table a delivery could write to has changed.
    expect(after).toEqual(before);
  });
});
