import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/jobs/delivery.js';
import { nudges } from '../../src/jobs/nudges.js';
import { runJob } from '../../src/jobs/runner.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { RUN_COMMAND_ACTION } from '../../src/views/ids.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const OFFICER = 'U0OFFICE1';
const NUDGES = 'C0NUDGES1';
const XUWEI = 'C0XUWEI01';
/** 09:00 in Shanghai on the day task 2's milestones fall due. */
const DUE_DAY = new Date('2022-06-30T01:00:00Z');

describe.each(PROVIDERS)('deadline nudges on $title', ({ provider, skip }) => {
  let t: TestApp;
  let delivery: Delivery;
  const admin = (line: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: ADMIN, response_url: t.emulator.responseUrl() });
  const run = (at: Date) => runJob(nudges, at, t.runtime.jobDeps, delivery);
  const posts = (channel: string) => t.emulator.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'nudges', { ZONE_ADMINS: ADMIN });
    delivery = t.runtime.delivery(webApiPoster(BOT_TOKEN, t.emulator.apiUrl), { gapMs: 5, wait: async () => {} });
    await admin(`admin grant <@${REPORTER}> reporter xuwei`);
    await admin(`admin grant <@${OFFICER}> officer 市委编办`);
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('tells the admins once when no channel is set, and posts nothing else', async () => {
    t.emulator.reset();
    await run(DUE_DAY);
    await run(DUE_DAY);
    const dms = posts(ADMIN);
    expect(dms).toHaveLength(1);
    expect(String(dms[0]?.params.text)).toContain('admin channel nudges');
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.skipIf(skip)('posts one message per owing zone, to the nudges channel and the zone’s own', async () => {
    await admin(`admin channel nudges <#${NUDGES}|nudges>`);
    await admin(`admin zone-channel 徐圩新区 <#${XUWEI}|xuwei>`);
    t.emulator.reset();
    const { outgoing } = await run(DUE_DAY);
    const nudged = posts(NUDGES);
    expect(nudged.length).toBe(outgoing.filter((o) => o.channel === NUDGES).length);
    const xuwei = nudged.filter((c) => String(c.params.text).startsWith('徐圩新区 · 节点提醒'));
    expect(xuwei).toHaveLength(1);
    const text = String(xuwei[0]?.params.text);
    expect(text).toContain('今天到期');
    expect(text).toContain('任务2');
    expect(text).toContain(`<@${REPORTER}>`);
    expect(text).toContain(`<@${OFFICER}>`);
    expect(JSON.stringify(xuwei[0]?.params.blocks)).toContain('progress 2 xuwei');
    expect(posts(XUWEI)).toHaveLength(1);
    expect((xuwei[0]?.params.metadata as { event_type?: string })?.event_type).toBe('zonebot_post');
  });

  it.skipIf(skip)('posts nothing twice, however often the day’s run is repeated', async () => {
    t.emulator.reset();
    await run(DUE_DAY);
    await run(new Date(DUE_DAY.getTime() + 3_600_000));
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it.skipIf(skip)('leaves out a milestone the zone reported done, and nudges the rest as overdue', async () => {
    const reporter = await t.runtime.runner.actor(REPORTER);
    await t.runtime.services.progress.report(reporter, {
      milestone: 't2-internal-agencies',
      zone: 'xuwei',
      state: 'done',
      note: '',
      evidence: '',
    });
    t.emulator.reset();
    // The day after the deadline: what is still open comes back as overdue.
    await run(new Date('2022-07-01T01:00:00Z'));
    const xuwei = String(posts(NUDGES).find((c) => String(c.params.text).startsWith('徐圩新区'))?.params.text);
    expect(xuwei).toContain('已逾期 1 天');
    expect(xuwei).not.toContain('完成内设机构优化');
    const kaifaqu = String(posts(NUDGES).find((c) => String(c.params.text).startsWith('市开发区'))?.params.text);
    expect(kaifaqu).toContain('完成内设机构优化');
  });

  it.skipIf(skip)('stops once the plan period is over', async () => {
    t.emulator.reset();
    const { outgoing } = await run(new Date('2026-12-01T01:00:00Z'));
    expect(outgoing).toEqual([]);
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it.skipIf(skip)(
    'opens the progress form from a nudge’s button for its reporter, and refuses anyone else',
    async () => {
      const click = (user: string) =>
        postInteraction(t.baseUrl, SIGNING_SECRET, {
          type: 'block_actions',
          user: { id: user, username: user, name: user, team_id: 'T0000TEAM' },
          trigger_id: `trig-${user}`,
          response_url: t.emulator.responseUrl(`click-${user}`),
          channel: { id: NUDGES, name: 'nudges' },
          actions: [
            {
              type: 'button',
              action_id: RUN_COMMAND_ACTION,
              value: 'progress 2 xuwei',
              block_id: 'b',
              action_ts: '1.2',
            },
          ],
        });
      t.emulator.reset();
      await click(REPORTER);
      const opened = await t.emulator.waitFor('views.open');
      expect(opened.params.trigger_id).toBe(`trig-${REPORTER}`);
      await click('U0STRANGR');
      expect(JSON.stringify((await t.emulator.waitForResponse('click-U0STRANGR')).body)).toContain('没有权限');
    },
  );
});
