import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIGURE_VIEW, REPORT_PROGRESS_VIEW } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, progressState, submission } from '../support/modal.js';
import {
  eventCallback,
  postEvent,
  postInteraction,
  postSlashCommand,
  TEST_WORKSPACE,
} from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const OFFICER = 'U0OFFICE1';
const BOT = TEST_WORKSPACE.botUserId;

const retried = (n: number) => ({
  headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' },
});

describe.each(PROVIDERS)('Slack retries and double submissions on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (line: string, user = ADMIN) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: user, response_url: t.emulator.responseUrl() });
  const db = () => t.runtime.database.db;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'retries', { ZONE_ADMINS: ADMIN });
    await zone(`admin grant <@${REPORTER}|rep> reporter 徐圩新区`);
    await zone(`admin grant <@${OFFICER}|off> officer 市委编办`);
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('answers a mention once, however many times Slack delivers it', async () => {
    t.emulator.reset();
    const event = eventCallback({
      type: 'app_mention',
      user: REPORTER,
      text: `<@${BOT}> status xuwei`,
      channel: TEST_WORKSPACE.channelId,
      ts: '1700000001.000100',
    });
    for (const n of [0, 1, 2]) {
      const res = await postEvent(t.baseUrl, SIGNING_SECRET, event, n ? retried(n) : undefined);
      expect(res.status).toBe(200);
    }
    await t.emulator.waitFor('chat.postMessage');
    await expect.poll(() => db().receipt.count({ where: { outcome: null } })).toBe(0);
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.skipIf(skip)('runs an admin command sent in a DM once, and grants the user it names', async () => {
    t.emulator.reset();
    const event = eventCallback({
      type: 'message',
      channel_type: 'im',
      user: ADMIN,
      text: 'admin grant <@U0LEADER1> leadership',
      channel: 'D0ADMIN01',
      ts: '1700000002.000100',
    });
    for (const n of [0, 1, 2]) await postEvent(t.baseUrl, SIGNING_SECRET, event, n ? retried(n) : undefined);
    const post = await t.emulator.waitFor('chat.postMessage');
    expect(String(post.params.text)).toContain('<@U0LEADER1>');
    expect(String(post.params.text)).not.toContain('不是一个 Slack 用户');
    await expect.poll(() => db().receipt.count({ where: { outcome: null } })).toBe(0);
    expect(await db().roleGrant.count({ where: { role: 'leadership' } })).toBe(1);
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.skipIf(skip)('runs an admin command in a mention with the target user, stripping only the bot', async () => {
    t.emulator.reset();
    await postEvent(t.baseUrl, SIGNING_SECRET, {
      type: 'app_mention',
      user: ADMIN,
      text: `<@${BOT}> admin grant <@U0LEADER2|lee> leadership`,
      channel: TEST_WORKSPACE.channelId,
      ts: '1700000003.000100',
    });
    await t.emulator.waitFor('chat.postMessage');
    expect(await db().roleGrant.count({ where: { role: 'leadership', person: { slackUserId: 'U0LEADER2' } } })).toBe(1);
  });

  it.skipIf(skip)('drops a retry of an event handled before a restart, or by another process', async () => {
    const event = eventCallback({
      type: 'app_mention',
      user: REPORTER,
      text: `<@${BOT}> task 19`,
      channel: TEST_WORKSPACE.channelId,
      ts: '1700000004.000100',
    });
    t.emulator.reset();
    await postEvent(t.baseUrl, SIGNING_SECRET, event);
    await t.emulator.waitFor('chat.postMessage');
    const other = await startTestApp(
      provider,
      'retries-b',
      { ZONE_ADMINS: ADMIN },
      { databaseUrl: t.config.databaseUrl },
    );
    try {
      await postEvent(other.baseUrl, SIGNING_SECRET, event, retried(1));
      await expect.poll(() => db().receipt.count({ where: { outcome: null } })).toBe(0);
      expect(other.emulator.callsTo('chat.postMessage')).toHaveLength(0);
    } finally {
      await other.stop();
    }
  });

  it.skipIf(skip)('stores a figure submitted twice once, and answers both alike', async () => {
    const form = submission(
      REPORTER,
      { id: 'V0DOUBLE1', hash: '1700.abc', callback_id: REPORT_FIGURE_VIEW },
      figureState({ indicator: 'xuwei|gdp', period: '2025-12', value: '1050' }),
    );
    const before = await db().figure.count();
    const [a, b] = await Promise.all([
      postInteraction(t.baseUrl, SIGNING_SECRET, form),
      postInteraction(t.baseUrl, SIGNING_SECRET, form),
    ]);
    expect(await db().figure.count()).toBe(before + 1);
    expect(a.json).toMatchObject({ response_action: 'update' });
    expect(b.json).toEqual(a.json);
    const third = await postInteraction(t.baseUrl, SIGNING_SECRET, form);
    expect(third.json).toEqual(a.json);
    expect(await db().figure.count()).toBe(before + 1);
  });

  it.skipIf(skip)('takes a corrected resubmission after field errors as a new submission', async () => {
    const view = { id: 'V0FIXED01', hash: '1700.def', callback_id: REPORT_FIGURE_VIEW };
    const wrong = await postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(REPORTER, view, figureState({ indicator: 'xuwei|gdp', period: '2025-11', value: 'abc' })),
    );
    expect(wrong.json).toMatchObject({ response_action: 'errors' });
    const before = await db().figure.count();
    const right = await postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(REPORTER, view, figureState({ indicator: 'xuwei|gdp', period: '2025-11', value: '990' })),
    );
    expect(right.json).toMatchObject({ response_action: 'update' });
    expect(await db().figure.count()).toBe(before + 1);
  });

  it.skipIf(skip)('asks the officers to confirm a "done" submitted twice only once', async () => {
    t.emulator.reset();
    const form = submission(
      REPORTER,
      { id: 'V0DONE001', hash: '1700.ghi', callback_id: REPORT_PROGRESS_VIEW },
      progressState({ milestone: 't2-internal-agencies', zone: 'xuwei', state: 'done' }),
    );
    await postInteraction(t.baseUrl, SIGNING_SECRET, form);
    await postInteraction(t.baseUrl, SIGNING_SECRET, form);
    await t.emulator.waitFor((c) => c.method === 'chat.postMessage' && c.params.channel === OFFICER);
    expect(await db().milestoneUpdate.count({ where: { state: 'done' } })).toBe(1);
    expect(t.emulator.callsTo('chat.postMessage').filter((c) => c.params.channel === OFFICER)).toHaveLength(1);
  });
});
