import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/jobs/delivery.js';
import { reminders } from '../../src/jobs/reminders.js';
import { runJob } from '../../src/jobs/runner.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const NUDGES = 'C0NUDGES1';
const XUWEI = 'C0XUWEI01';
const LEADERS = 'C0LEADER1';
/** 09:30 in Shanghai. */
const on = (date: string) => new Date(`${date}T01:30:00Z`);

describe.each(PROVIDERS)('reporting reminders on $title', ({ provider, skip }) => {
  let t: TestApp;
  let delivery: Delivery;
  const admin = (line: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: ADMIN, response_url: t.emulator.responseUrl() });
  const run = (date: string) => runJob(reminders, on(date), t.runtime.jobDeps, delivery);
  const posts = (channel: string) => t.emulator.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'reminders', { ZONE_ADMINS: ADMIN });
    delivery = t.runtime.delivery(webApiPoster(BOT_TOKEN, t.emulator.apiUrl), { gapMs: 5, wait: async () => {} });
    await admin(`admin grant <@${REPORTER}> reporter xuwei`);
    await admin(`admin channel nudges <#${NUDGES}|nudges>`);
    await admin(`admin channel leadership <#${LEADERS}|leaders>`);
    await admin(`admin zone-channel xuwei <#${XUWEI}|xuwei>`);
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('reminds each zone, a few working days ahead, of exactly the figures still missing', async () => {
    t.emulator.reset();
    // November 2025's monthly figures are due on the 10th working day of December: Friday the 12th.
    await run('2025-12-09');
    const [xuwei] = posts(XUWEI);
    const text = String(xuwei?.params.text);
    expect(text).toContain('徐圩新区 · 数据填报提醒');
    expect(text).toContain('2025年12月12日');
    expect(text).toContain('2025年11月');
    expect(text).toContain(`<@${REPORTER}>`);
    expect(text).not.toContain('省级开发区综合考评位次');
    // Zones without a channel of their own are reminded in the nudges channel.
    expect(posts(NUDGES).length).toBe(11);
    expect(JSON.stringify(xuwei?.params.blocks)).toContain('report xuwei');
  });

  it.skipIf(skip)('reminds once, and leaves out what was reported in the meantime', async () => {
    await t.runtime.services.figures.submit(await t.runtime.runner.actor(REPORTER), {
      zone: 'xuwei',
      indicator: 'budget_revenue',
      period: '2025-11',
      value: '30',
      note: '',
      source: '',
    });
    t.emulator.reset();
    await run('2025-12-10');
    expect(posts(XUWEI)).toHaveLength(0);
  });

  it.skipIf(skip)('posts nothing on a weekend', async () => {
    t.emulator.reset();
    const { outgoing } = await run('2025-12-13');
    expect(outgoing.filter((o) => o.job === 'reminders')).toEqual([]);
  });

  it.skipIf(skip)('escalates to leadership three working days after the due date what is still missing', async () => {
    t.emulator.reset();
    await run('2025-12-17');
    const [escalated] = posts(LEADERS);
    const text = String(escalated?.params.text);
    expect(text).toContain('逾期未报数据');
    expect(text).toContain('徐圩新区');
    expect(text).not.toMatch(/徐圩新区：[^\n]*一般公共预算收入 2025年11月/);
    await run('2025-12-18');
    expect(posts(LEADERS)).toHaveLength(1);
  });

  it.skipIf(skip)('after the plan’s end, chases only the final figures, until the assessment date', async () => {
    t.emulator.reset();
    const { outgoing } = await run('2026-03-10');
    const texts = outgoing.filter((o) => o.target.startsWith('zone:')).map((o) => o.message.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/2025年/);
    expect((await run('2026-12-01')).outgoing.filter((o) => o.job === 'reminders')).toEqual([]);
  });

  it.skipIf(skip)('tells the admins once that a year has no holiday data, and counts its weekends alone', async () => {
    t.emulator.reset();
    await run('2027-01-05');
    await run('2027-01-06');
    const told = posts(ADMIN).filter((c) => String(c.params.text).includes('2027年的节假日安排'));
    expect(told).toHaveLength(1);
  });
});
