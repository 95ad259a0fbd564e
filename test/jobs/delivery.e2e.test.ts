import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/jobs/delivery.js';
import type { Outgoing } from '../../src/jobs/outgoing.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { reply, section } from '../../src/views/blocks.js';
import { BOT_TOKEN, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';

const ADMIN = 'U0ADMIN01';
const PLAN = 'lyg-2022-32';
let seq = 0;

/** A post of a job that exists only in this test. */
function outgoing(channel: string, text = 'hello'): Outgoing {
  seq++;
  return {
    job: 'test',
    period: `p${seq}`,
    target: 't',
    channel,
    message: reply(text, [section(text)]),
  };
}

describe.each(PROVIDERS)('delivering scheduled posts on $title', ({ provider, skip }) => {
  let t: TestApp;
  let waits: number[];
  const deliveryFor = (app: TestApp): Delivery =>
    app.runtime.delivery(webApiPoster(BOT_TOKEN, app.emulator.apiUrl), {
      gapMs: 5,
      wait: async (ms) => {
        waits.push(ms);
      },
    });
  const posts = (app: TestApp, channel: string) =>
    app.emulator.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && c.response.ok === true);
  const row = (o: Outgoing) =>
    t.runtime.database.db.post.findUniqueOrThrow({
      where: { planKey_job_period_target: { planKey: PLAN, job: o.job, period: o.period, target: o.target } },
    });

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'delivery', { ZONE_ADMINS: ADMIN });
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('waits as long as a 429 says, then delivers once', async () => {
    t.emulator.reset();
    waits = [];
    t.emulator.failNext('chat.postMessage', { status: 429, retryAfter: 3 });
    const o = outgoing('C0RATE001');
    expect(await deliveryFor(t).deliver(PLAN, o)).toBe('sent');
    expect(waits).toContain(3_000);
    expect(posts(t, 'C0RATE001')).toHaveLength(1);
    expect((await row(o)).state).toBe('sent');
  });

  it.skipIf(skip)('tries again while Slack answers 500, then delivers once', async () => {
    t.emulator.reset();
    waits = [];
    for (let i = 0; i < 3; i++) t.emulator.failNext('chat.postMessage', { status: 500 });
    const o = outgoing('C0FLAKY01');
    expect(await deliveryFor(t).deliver(PLAN, o)).toBe('sent');
    expect(posts(t, 'C0FLAKY01')).toHaveLength(1);
  });

  it.skipIf(skip)('keeps a post Slack could not take for long, and sends it at a later sweep', async () => {
    t.emulator.reset();
    waits = [];
    for (let i = 0; i < 4; i++) t.emulator.failNext('chat.postMessage', { error: 'internal_error' });
    const o = outgoing('C0DOWN001');
    const delivery = deliveryFor(t);
    expect(await delivery.deliver(PLAN, o)).toBe('later');
    expect(posts(t, 'C0DOWN001')).toHaveLength(0);
    expect(await row(o)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'internal_error' });
    // The wait before the next try has passed.
    await t.runtime.database.db.post.updateMany({ where: { period: o.period }, data: { leaseUntil: new Date(0) } });
    await delivery.sweep();
    expect(posts(t, 'C0DOWN001')).toHaveLength(1);
    await delivery.sweep();
    expect(posts(t, 'C0DOWN001')).toHaveLength(1);
  });

  it.skipIf(skip)('gives up on a channel it cannot post to, and tells the admins once', async () => {
    t.emulator.reset();
    t.emulator.failNext('chat.postMessage', { error: 'channel_not_found' });
    const o = outgoing('C0GONE001');
    const delivery = deliveryFor(t);
    expect(await delivery.deliver(PLAN, o)).toBe('failed');
    expect(await delivery.deliver(PLAN, o)).toBe('failed');
    const told = posts(t, ADMIN);
    expect(told).toHaveLength(1);
    expect(String(told[0]?.params.text)).toContain('channel_not_found');
  });

  it.skipIf(skip)('sends once a post claimed by a process killed before it sent', async () => {
    t.emulator.reset();
    const o = outgoing('C0KILLED1');
    // What a process left when it died between claiming and sending.
    await t.runtime.services.posts.claim(
      { planKey: PLAN, job: o.job, period: o.period, target: o.target },
      { channelId: o.channel, payload: JSON.stringify({ message: o.message }), file: null },
    );
    await deliveryFor(t).sweep();
    expect(posts(t, 'C0KILLED1')).toHaveLength(1);
    expect(await deliveryFor(t).deliver(PLAN, o)).toBe('already');
    expect(posts(t, 'C0KILLED1')).toHaveLength(1);
  });

  it.skipIf(skip)('does not send again a post Slack took just before its process died', async () => {
    t.emulator.reset();
    const o = outgoing('C0ALMOST1');
    const { row: claimed } = await t.runtime.services.posts.claim(
      { planKey: PLAN, job: o.job, period: o.period, target: o.target },
      { channelId: o.channel, payload: JSON.stringify({ message: o.message }), file: null },
    );
    // Slack accepted the message; the process died before recording its ts.
    await webApiPoster(BOT_TOKEN, t.emulator.apiUrl).post({ channel: o.channel, ...o.message, claim: claimed.id });
    await deliveryFor(t).sweep();
    expect(posts(t, 'C0ALMOST1')).toHaveLength(1);
    expect((await row(o)).state).toBe('sent');
  });

  it.skipIf(skip)('posts once when two instances run the same tick on one database', async () => {
    const other = await startTestApp(
      provider,
      'delivery-b',
      { ZONE_ADMINS: ADMIN },
      { databaseUrl: t.config.databaseUrl },
    );
    try {
      t.emulator.reset();
      waits = [];
      const batch = Array.from({ length: 5 }, () => outgoing('C0TWICE01'));
      await Promise.all([deliveryFor(t).deliverAll(PLAN, batch), deliveryFor(other).deliverAll(PLAN, batch)]);
      await Promise.all([deliveryFor(t).sweep(), deliveryFor(other).sweep()]);
      expect(posts(t, 'C0TWICE01').length + posts(other, 'C0TWICE01').length).toBe(5);
    } finally {
      await other.stop();
    }
  });

  it.skipIf(skip)('edits a post in place when its content changes within its period, and only then', async () => {
    t.emulator.reset();
    const first = { ...outgoing('C0DIGEST1', 'week: 3 new figures'), editable: true };
    const delivery = deliveryFor(t);
    expect(await delivery.deliver(PLAN, first)).toBe('sent');
    expect(await delivery.deliver(PLAN, first)).toBe('already');
    const corrected = { ...first, message: reply('week: 4 new figures', [section('week: 4 new figures')]) };
    expect(await delivery.deliver(PLAN, corrected)).toBe('edited');
    expect(posts(t, 'C0DIGEST1')).toHaveLength(1);
    const [update] = t.emulator.callsTo('chat.update');
    expect(update?.params).toMatchObject({ channel: 'C0DIGEST1', ts: posts(t, 'C0DIGEST1')[0]?.response.ts });
    expect(String(update?.params.text)).toContain('4 new figures');
  });
});
