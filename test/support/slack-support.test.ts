import type { AddressInfo } from 'node:net';
import { App, verifySlackRequest } from '@slack/bolt';
import { SocketModeClient } from '@slack/socket-mode';
import { type Logger, LogLevel, WebClient, type WebClientOptions } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackEmulator, startSlackEmulator, TEST_WORKSPACE } from './slack-emulator.js';
import { postEvent, postInteraction, postSlashCommand, signedHeaders, slashCommandFields } from './slack-request.js';
import { type SocketModeServer, startSocketModeServer } from './socket-mode-server.js';

/** The SDKs log refusals and reconnects at error level; these tests provoke them on purpose. */
const quiet: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

let emulator: SlackEmulator;
beforeEach(async () => {
  emulator = await startSlackEmulator();
});
afterEach(async () => {
  await emulator.close();
});

function client(token = 'xoxb-test', options: WebClientOptions = {}): WebClient {
  // No retries by default: a refused call should fail at once, not after 30 minutes of backoff.
  return new WebClient(token, { slackApiUrl: emulator.apiUrl, logger: quiet, retryConfig: { retries: 0 }, ...options });
}

describe('Slack emulator', () => {
  it('records chat.postMessage with its blocks parsed and answers like Slack', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*徐圩新区* on track' } }];
    const result = await client().chat.postMessage({ channel: 'C1', text: 'status', blocks });
    expect(result).toMatchObject({ ok: true, channel: 'C1', message: { text: 'status', blocks } });
    expect(result.ts).toMatch(/^\d+\.\d{6}$/);
    expect(emulator.calls).toEqual([expect.objectContaining({ method: 'chat.postMessage', token: 'xoxb-test' })]);
    expect(emulator.callsTo('chat.postMessage')[0]?.params).toEqual({ channel: 'C1', text: 'status', blocks });
  });

  it('refuses what Slack refuses', async () => {
    const web = client();
    await expect(web.apiCall('chat.postMessag', { channel: 'C1', text: 'x' })).rejects.toMatchObject({
      data: { error: 'unknown_method' },
    });
    await expect(web.apiCall('chat.postMessage', { text: 'no channel' })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
    await expect(web.apiCall('chat.postMessage', { channel: 'C1' })).rejects.toMatchObject({
      data: { error: 'no_text' },
    });
    await expect(client('').auth.test()).rejects.toMatchObject({ data: { error: 'not_authed' } });
    await expect(client('hunter2').auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    await expect(web.apps.connections.open({})).rejects.toMatchObject({ data: { error: 'not_allowed_token_type' } });
    const title = (text: string) => ({ type: 'plain_text' as const, text });
    const modal = (text: string) => ({
      trigger_id: 't',
      view: { type: 'modal' as const, title: title(text), blocks: [] },
    });
    await expect(web.views.open(modal('x'.repeat(25)))).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
    // Slack counts characters: 24 Chinese characters are a valid title.
    await expect(web.views.open(modal('连'.repeat(24)))).resolves.toMatchObject({ view: { id: expect.any(String) } });
  });

  it('answers the defaults the app relies on', async () => {
    const web = client();
    await expect(web.auth.test()).resolves.toMatchObject({ user_id: TEST_WORKSPACE.botUserId, team_id: 'T0000TEAM' });
    await expect(web.users.info({ user: 'U1' })).resolves.toMatchObject({ user: { id: 'U1', tz: 'Asia/Shanghai' } });
    await expect(web.conversations.open({ users: 'U1' })).resolves.toMatchObject({
      channel: { id: expect.any(String) },
    });
    emulator.reply('users.info', (params) => ({ user: { id: params.user, tz: 'Europe/London' } }));
    await expect(web.users.info({ user: 'U2' })).resolves.toMatchObject({ user: { tz: 'Europe/London' } });
  });

  it('injects rate limits that WebClient retries, and errors it surfaces', async () => {
    emulator.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    emulator.failNext('chat.postMessage', { error: 'channel_not_found' });
    const web = client('xoxb-test', { retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    await expect(web.chat.postMessage({ channel: 'C1', text: 'a' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(web.chat.postMessage({ channel: 'C1', text: 'b' })).resolves.toMatchObject({ ok: true });
    expect(emulator.callsTo('chat.postMessage').map((call) => call.status)).toEqual([429, 200, 200]);
  });

  it('delays an answer and lets a test wait for an async call', async () => {
    emulator.delayNext('chat.update', 150);
    const started = Date.now();
    const pending = client().chat.update({ channel: 'C1', ts: '1.000001', text: 'later' });
    await expect(emulator.waitFor('chat.update')).resolves.toMatchObject({ params: { text: 'later' } });
    await pending;
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await expect(emulator.waitFor((call) => call.method === 'views.open', 20)).rejects.toThrow(/no call matching/);
  });

  it('round-trips files.uploadV2 and keeps the uploaded bytes', async () => {
    const csv = '园区,进度\n徐圩,80%\n';
    const result = await client().filesUploadV2({
      channel_id: 'C1',
      filename: 'plan.csv',
      content: csv,
      title: 'Plan',
    });
    expect(result.ok).toBe(true);
    const [upload] = emulator.uploads.values();
    expect(upload).toMatchObject({
      filename: 'plan.csv',
      length: Buffer.byteLength(csv),
      completed: true,
      title: 'Plan',
    });
    expect(upload?.content?.toString('utf8')).toBe(csv);
    expect(emulator.callsTo('files.completeUploadExternal')[0]?.params.files).toEqual([
      { id: upload?.id, title: 'Plan' },
    ]);
  });

  it('decodes GET query strings, JSON bodies and a token in the form body', async () => {
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${emulator.apiUrl}${path}`, init).then((r) => r.json());
    const bearer = { authorization: 'Bearer xoxb-test' };
    await expect(call('users.info?user=U1', { headers: bearer })).resolves.toMatchObject({ ok: true });
    const blocks = [{ type: 'divider' }];
    const json = { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' } };
    await expect(
      call('chat.postMessage', { ...json, body: JSON.stringify({ channel: 'C1', blocks }) }),
    ).resolves.toMatchObject({
      ok: true,
    });
    await expect(call('chat.postMessage', { ...json, body: '{"channel":' })).resolves.toEqual({
      ok: false,
      error: 'invalid_json',
    });
    const form = new URLSearchParams({ token: 'xoxb-form', channel: 'C1', text: 'hi' });
    await expect(call('chat.postMessage', { method: 'POST', body: form })).resolves.toMatchObject({ ok: true });
    expect(emulator.calls.map((c) => [c.method, c.token, c.params.blocks])).toEqual([
      ['users.info', 'xoxb-test', undefined],
      ['chat.postMessage', 'xoxb-test', blocks],
      ['chat.postMessage', 'xoxb-test', undefined],
      ['chat.postMessage', 'xoxb-form', undefined],
    ]);
    emulator.reset();
    expect(emulator.calls).toEqual([]);
  });

  it('records response_url posts and refuses a sixth use', async () => {
    const url = emulator.responseUrl('cmd');
    const post = () => fetch(url, { method: 'POST', body: JSON.stringify({ text: 'done' }) });
    for (let i = 0; i < 5; i++) expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(404);
    await expect(emulator.waitForResponse('cmd')).resolves.toMatchObject({ body: { text: 'done' } });
    expect(emulator.responses).toHaveLength(5);
  });
});

describe('signed requests', () => {
  const secret = 'test-signing-secret';
  const verify = (body: string, headers: ReturnType<typeof signedHeaders>, key = secret) =>
    verifySlackRequest({
      signingSecret: key,
      body,
      headers: { ...headers, 'x-slack-request-timestamp': Number(headers['x-slack-request-timestamp']) },
      logger: quiet,
    });

  it('signs as Bolt expects, and a forged or stale signature fails', () => {
    const body = 'command=%2Fzone&text=status';
    expect(() => verify(body, signedHeaders(body, secret))).not.toThrow();
    expect(() => verify(body, signedHeaders(body, 'wrong-secret'))).toThrow();
    expect(() => verify(`${body}x`, signedHeaders(body, secret))).toThrow();
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect(() => verify(body, signedHeaders(body, secret, stale))).toThrow();
  });

  it('drives a Bolt HTTP app: commands, interactions, events, and 401 for bad signatures', async () => {
    const app = new App({
      signingSecret: secret,
      token: 'xoxb-test',
      clientOptions: { slackApiUrl: emulator.apiUrl, retryConfig: { retries: 0 } },
      processBeforeResponse: true,
      logger: quiet,
    });
    app.command('/zone', async ({ command, ack, respond }) => {
      await ack(`got ${command.text}`);
      await respond({ text: 'later' });
    });
    app.action('go', async ({ ack, client: web, body }) => {
      await ack();
      await web.chat.postMessage({ channel: body.user.id, text: 'clicked' });
    });
    const server = (await app.start(0)) as unknown as { address(): AddressInfo };
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      const command = await postSlashCommand(base, secret, { text: 'status', response_url: emulator.responseUrl() });
      expect(command).toMatchObject({ status: 200, text: 'got status' });
      await expect(emulator.waitForResponse()).resolves.toMatchObject({ body: { text: 'later' } });
      const action = { type: 'block_actions', actions: [{ action_id: 'go', block_id: 'b', type: 'button' }] };
      expect((await postInteraction(base, secret, action)).status).toBe(200);
      await expect(emulator.waitFor('chat.postMessage')).resolves.toMatchObject({ params: { channel: 'U0000USER' } });
      const challenge = await postEvent(base, secret, { type: 'url_verification', challenge: 'c1', token: 't' });
      expect(challenge.json).toEqual({ challenge: 'c1' });
      expect((await postSlashCommand(base, secret, slashCommandFields(), { forgeSignature: true })).status).toBe(401);
      expect((await postSlashCommand(base, secret, {}, { staleTimestamp: true })).status).toBe(401);
    } finally {
      await app.stop();
    }
  });
});

describe('Socket Mode server', () => {
  let server: SocketModeServer;
  beforeEach(async () => {
    server = await startSocketModeServer({ pingIntervalMs: 50 });
    emulator.socketModeUrl = server.url;
  });
  afterEach(async () => {
    await server.close();
  });

  it('completes hello, envelope and ack with a real SocketModeClient, and keeps the connection alive', async () => {
    const socket = new SocketModeClient({
      appToken: 'xapp-1-test',
      clientOptions: { slackApiUrl: emulator.apiUrl },
      logger: quiet,
      // Short client-side timeouts so a missing ping or pong would show within this test.
      clientPingTimeout: 900,
      serverPingTimeout: 600,
    });
    let reconnects = 0;
    socket.on('reconnecting', () => reconnects++);
    socket.on('slash_commands', async ({ ack, body }) => {
      await ack({ text: `got ${body.text}` });
    });
    try {
      await socket.start();
      await server.waitForConnection();
      expect(emulator.callsTo('apps.connections.open')[0]?.token).toBe('xapp-1-test');
      const ack = await server.sendAndWaitAck({
        type: 'slash_commands',
        payload: slashCommandFields({ text: 'status' }),
      });
      expect(ack.payload).toEqual({ text: 'got status' });
      // Several client pings (every 300 ms) and server pings (every 50 ms) later, still the first connection.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect({ open: server.openConnections, ever: server.connectionCount, reconnects }).toEqual({
        open: 1,
        ever: 1,
        reconnects: 0,
      });
    } finally {
      await socket.disconnect();
    }
  });
});
