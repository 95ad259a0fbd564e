import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nudges } from '../../src/jobs/nudges.js';
import { runJob } from '../../src/jobs/runner.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { NOTE_ITEM_ACTION } from '../../src/views/ids.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { eventCallback, postEvent, postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const STRANGER = 'U0STRANGR';
const NUDGES = 'C0NUDGES1';
const DUE_DAY = new Date('2022-06-30T01:00:00Z');
let replies = 0;

describe.each(PROVIDERS)('replies in a nudge’s thread on $title', ({ provider, skip }) => {
  let t: TestApp;
  let nudgeTs = '';
  const admin = (line: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: ADMIN, response_url: t.emulator.responseUrl() });
  /** Events are acknowledged before they are handled: wait until this one's receipt says it was. */
  const handled = (eventId: string) =>
    expect
      .poll(
        async () => (await t.runtime.database.db.receipt.findUnique({ where: { key: `event:${eventId}` } }))?.outcome,
      )
      .toBe('done');
  const replyAs = (user: string, text: string) => {
    replies++;
    const event = eventCallback({
      type: 'message',
      channel: NUDGES,
      channel_type: 'channel',
      user,
      text,
      ts: `1656550000.0${String(replies).padStart(5, '0')}`,
      thread_ts: nudgeTs,
    });
    const send = async () => {
      await postEvent(t.baseUrl, SIGNING_SECRET, event);
      await handled(String(event.event_id));
    };
    return { event, send };
  };
  const notes = () => t.runtime.database.db.milestoneNote.findMany({ orderBy: { id: 'asc' } });

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'threads', { ZONE_ADMINS: ADMIN });
    await admin(`admin grant <@${REPORTER}> reporter xuwei`);
    await admin(`admin channel nudges <#${NUDGES}|nudges>`);
    const delivery = t.runtime.delivery(webApiPoster(BOT_TOKEN, t.emulator.apiUrl), { gapMs: 5, wait: async () => {} });
    await runJob(nudges, DUE_DAY, t.runtime.jobDeps, delivery);
    const xuwei = t.emulator
      .callsTo('chat.postMessage')
      .find((c) => c.params.channel === NUDGES && String(c.params.text).startsWith('徐圩新区'));
    nudgeTs = String(xuwei?.response.ts);
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)(
    'records a reporter’s reply on the task it names, once however often it arrives, and says so',
    async () => {
      t.emulator.reset();
      const { send } = replyAs(REPORTER, '任务2：方案已报市委编办审核');
      await send();
      const [note] = await notes();
      expect(note).toMatchObject({ text: '任务2：方案已报市委编办审核', enteredBy: REPORTER, channelId: NUDGES });
      const ack = t.emulator.callsTo('chat.postMessage').find((c) => c.params.thread_ts === nudgeTs);
      expect(String(ack?.params.text)).toContain('已记录为徐圩新区 · 任务2');
      const history = await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
        text: 'history xuwei',
        user_id: ADMIN,
        response_url: t.emulator.responseUrl(),
      });
      expect(JSON.stringify(history.json)).toContain('进展说明：任务2：方案已报市委编办审核');
    },
  );

  it.skipIf(skip)('records a retried delivery of the same reply once', async () => {
    const { event } = replyAs(REPORTER, '任务2：已印发');
    for (const n of [0, 1, 2]) {
      await postEvent(
        t.baseUrl,
        SIGNING_SECRET,
        event,
        n ? { headers: { 'x-slack-retry-num': String(n) } } : undefined,
      );
    }
    await handled(String(event.event_id));
    expect((await notes()).filter((n) => n.text === '任务2：已印发')).toHaveLength(1);
  });

  it.skipIf(skip)('leaves alone a reply by someone who may not report on the items', async () => {
    t.emulator.reset();
    const before = (await notes()).length;
    await replyAs(STRANGER, '任务2：我来说两句').send();
    expect((await notes()).length).toBe(before);
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(0);
    expect(t.emulator.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it.skipIf(skip)('asks which item a reply is about when it names none of several, and records the pick', async () => {
    t.emulator.reset();
    const before = (await notes()).length;
    await replyAs(REPORTER, '正在推进，下周报送').send();
    expect((await notes()).length).toBe(before);
    const asked = await t.emulator.waitFor('chat.postEphemeral');
    expect(asked.params.user).toBe(REPORTER);
    const buttons = (asked.params.blocks as { elements?: { action_id: string; value: string }[] }[]).flatMap(
      (b) => b.elements ?? [],
    );
    expect(buttons.length).toBeGreaterThan(1);
    const pick = buttons[0] as { action_id: string; value: string };
    expect(pick.action_id).toBe(NOTE_ITEM_ACTION);
    const click = (user: string) =>
      postInteraction(t.baseUrl, SIGNING_SECRET, {
        type: 'block_actions',
        user: { id: user, username: user, name: user, team_id: 'T0000TEAM' },
        response_url: t.emulator.responseUrl(`pick-${user}`),
        actions: [{ type: 'button', action_id: NOTE_ITEM_ACTION, value: pick.value, block_id: 'b', action_ts: '1.2' }],
      });
    await click(STRANGER);
    expect(JSON.stringify((await t.emulator.waitForResponse(`pick-${STRANGER}`)).body)).toContain('没有权限');
    expect((await notes()).length).toBe(before);
    await click(REPORTER);
    await expect.poll(async () => (await notes()).length).toBe(before + 1);
    expect((await notes()).at(-1)).toMatchObject({ text: '正在推进，下周报送', enteredBy: REPORTER });
  });
});
