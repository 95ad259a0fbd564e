import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type SlackRuntime } from '../../src/slack/app.js';
import { preparedDatabaseUrl } from '../support/databases.js';
import { type SlackEmulator, startSlackEmulator } from '../support/slack-emulator.js';
import { slashCommandFields } from '../support/slack-request.js';
import { type SocketModeServer, startSocketModeServer } from '../support/socket-mode-server.js';

describe('Socket Mode (smoke)', () => {
  let emulator: SlackEmulator;
  let server: SocketModeServer;
  let runtime: Runtime;
  let slack: SlackRuntime;

  beforeAll(async () => {
    server = await startSocketModeServer();
    emulator = await startSlackEmulator({ socketModeUrl: server.url });
    const config = loadConfig({
      DATABASE_URL: await preparedDatabaseUrl('sqlite', 'socket'),
      SLACK_BOT_TOKEN: 'xoxb-socket-test',
      SLACK_APP_TOKEN: 'xapp-1-socket-test',
      SLACK_API_URL: emulator.apiUrl,
      PORT: '0',
    });
    if (config.slack?.mode !== 'socket') throw new Error('expected Socket Mode settings');
    const logger = createLogger('silent');
    runtime = await createRuntime(config, logger);
    await runtime.prepare({ follow: true });
    slack = createSlackApp(
      config.slack,
      {
        runner: runtime.runner,
        services: runtime.services,
        logger,
        isReady: () => true,
        migrations: runtime.migrations,
      },
      0,
    );
    await slack.start();
    await server.waitForConnection();
  });

  afterAll(async () => {
    await slack?.stop();
    await server?.close();
    await emulator?.close();
    await runtime?.close();
  });

  it('connects through apps.connections.open and answers a slash command in its ack', async () => {
    expect(emulator.callsTo('apps.connections.open')).toHaveLength(1);
    const ack = await server.sendAndWaitAck({
      type: 'slash_commands',
      payload: slashCommandFields({ text: 'status xuwei', response_url: emulator.responseUrl() }),
    });
    const payload = ack.payload as { response_type: string; blocks: { text?: { text: string } }[] };
    expect(payload.response_type).toBe('ephemeral');
    expect(payload.blocks.map((b) => b.text?.text ?? '').join('\n')).toContain('徐圩新区 · 推进情况');
  });

  it('acknowledges and drops malformed envelopes, and goes on answering', async () => {
    const malformed = [
      'null',
      '[]',
      '"hello"',
      '{not json',
      JSON.stringify({ type: 'events_api', envelope_id: 'E0NULL001', payload: null }),
      JSON.stringify({
        type: 'events_api',
        envelope_id: 'E0NULL002',
        payload: { type: 'event_callback', event: null },
      }),
      JSON.stringify({ type: 'interactive', envelope_id: 'E0NULL003', payload: { type: 'block_actions', actions: 5 } }),
      JSON.stringify({ type: 'slash_commands', envelope_id: 'E0NULL004', payload: { command: 7 } }),
      JSON.stringify({ type: 'something_new', envelope_id: 'E0NULL005', payload: {} }),
    ];
    for (const raw of malformed) server.sendRaw(raw);
    for (const id of ['E0NULL001', 'E0NULL002', 'E0NULL003', 'E0NULL004', 'E0NULL005']) await server.waitForAck(id);
    const ack = await server.sendAndWaitAck({
      type: 'slash_commands',
      payload: slashCommandFields({ text: 'task 19', response_url: emulator.responseUrl() }),
    });
    expect(JSON.stringify(ack.payload)).toContain('19');
  });
});
