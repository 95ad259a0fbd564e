import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PICK_COMMAND_ACTION, RUN_COMMAND_ACTION } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postEvent, postInteraction, TEST_WORKSPACE } from '../support/slack-request.js';

interface Message {
  text: string;
  blocks: { text?: { text: string } }[];
  response_type?: string;
  replace_original?: boolean;
}

const readable = (m: Message) => m.blocks.map((b) => b.text?.text ?? '').join('\n');

describe.each(PROVIDERS)('buttons, menus, mentions and DMs on $title', ({ provider, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await startTestApp(provider, 'interactivity');
  });
  afterAll(() => t?.stop());
  beforeEach(() => t?.emulator.reset());

  const click = (action: Record<string, unknown>) =>
    postInteraction(t.baseUrl, SIGNING_SECRET, {
      type: 'block_actions',
      response_url: t.emulator.responseUrl(),
      container: { type: 'message', message_ts: '1.2', channel_id: TEST_WORKSPACE.channelId, is_ephemeral: true },
      channel: { id: TEST_WORKSPACE.channelId, name: TEST_WORKSPACE.channelName },
      actions: [{ block_id: 'b', action_ts: '1.3', ...action }],
    });

  it.skipIf(skip)('a button runs the command it carries and answers through response_url', async () => {
    const res = await click({
      type: 'button',
      action_id: RUN_COMMAND_ACTION,
      value: 'task 19',
      text: { type: 'plain_text', text: 'x' },
    });
    expect(res.status).toBe(200);
    const { body } = await t.emulator.waitForResponse();
    const message = body as Message;
    expect(message.response_type).toBe('ephemeral');
    expect(message.replace_original).toBe(false);
    expect(readable(message)).toContain('自贸试验区联动创新发展区');
  });

  it.skipIf(skip)('a zone picked from the menu shows its status', async () => {
    await click({
      type: 'static_select',
      action_id: PICK_COMMAND_ACTION,
      selected_option: { text: { type: 'plain_text', text: '东海开发区' }, value: 'status donghai' },
    });
    const { body } = await t.emulator.waitForResponse();
    expect(readable(body as Message)).toContain('东海经济开发区 · 推进情况');
  });

  it.skipIf(skip)('a forged click is refused with 401 and nothing is answered', async () => {
    const res = await postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      {
        type: 'block_actions',
        response_url: t.emulator.responseUrl(),
        actions: [{ action_id: RUN_COMMAND_ACTION, value: 'zones' }],
      },
      { forgeSignature: true },
    );
    expect(res.status).toBe(401);
    expect(t.emulator.responses).toEqual([]);
  });

  it.skipIf(skip)('a mention in a channel is answered in its thread', async () => {
    const res = await postEvent(t.baseUrl, SIGNING_SECRET, {
      type: 'app_mention',
      user: TEST_WORKSPACE.userId,
      text: `<@${TEST_WORKSPACE.botUserId}> status xuwei`,
      ts: '1700000000.000100',
      channel: TEST_WORKSPACE.channelId,
      event_ts: '1700000000.000100',
    });
    expect(res.status).toBe(200);
    const call = await t.emulator.waitFor('chat.postMessage');
    expect(call.response.ok).toBe(true);
    expect(call.params.channel).toBe(TEST_WORKSPACE.channelId);
    expect(call.params.thread_ts).toBe('1700000000.000100');
    expect(readable(call.params as unknown as Message)).toContain('徐圩新区 · 推进情况');
  });

  it.skipIf(skip)('a direct message is a command; the bot ignores its own and edited messages', async () => {
    const dm = { type: 'message', channel: 'D0000DM', channel_type: 'im', ts: '1700000001.000200' };
    await postEvent(t.baseUrl, SIGNING_SECRET, {
      ...dm,
      user: 'U0000BOT',
      bot_id: TEST_WORKSPACE.botId,
      text: 'zones',
    });
    await postEvent(t.baseUrl, SIGNING_SECRET, { ...dm, subtype: 'message_changed', text: 'zones' });
    await postEvent(t.baseUrl, SIGNING_SECRET, { ...dm, user: TEST_WORKSPACE.userId, text: '任务 19' });
    const call = await t.emulator.waitFor('chat.postMessage');
    expect(call.params.channel).toBe('D0000DM');
    expect(readable(call.params as unknown as Message)).toContain('自贸试验区联动创新发展区');
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
