import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/jobs/delivery.js';
import { digest } from '../../src/jobs/digest.js';
import { runJob } from '../../src/jobs/runner.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const DIGEST = 'C0DIGEST1';
/** Monday 8 December 2025, 09:00 in Shanghai: the digest of 1–8 December. */
const MONDAY = new Date('2025-12-08T01:00:00Z');

describe.each(PROVIDERS)('the leadership digest on $title', ({ provider, skip }) => {
  let t: TestApp;
  let delivery: Delivery;
  const run = (at: Date) => runJob(digest, at, t.runtime.jobDeps, delivery);
  const submit = async (period: string, value: string, note = '') =>
    t.runtime.services.figures.submit(await t.runtime.runner.actor(ADMIN), {
      zone: 'xuwei',
      indicator: 'gdp',
      period,
      value,
      note,
      source: '',
    });

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'digest', { ZONE_ADMINS: ADMIN });
    delivery = t.runtime.delivery(webApiPoster(BOT_TOKEN, t.emulator.apiUrl), { gapMs: 5, wait: async () => {} });
    await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: `admin channel digest <#${DIGEST}|digest>`,
      user_id: ADMIN,
      response_url: t.emulator.responseUrl(),
    });
    t.setNow(new Date('2025-11-20T02:00:00Z'));
    await submit('2020', '300');
    await submit('2025-09', '700');
    t.setNow(new Date('2025-12-03T02:00:00Z'));
    await submit('2025-09', '720', '统计局修订');
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('posts the week: overdue items, new and corrected figures, and who has not reported', async () => {
    t.emulator.reset();
    await run(MONDAY);
    const [post] = t.emulator.callsTo('chat.postMessage');
    expect(post?.params.channel).toBe(DIGEST);
    const text = JSON.stringify(post?.params.blocks);
    expect(text).toContain('领导周报');
    expect(text).toContain('徐圩新区：新报 0 条，更正 1 条');
    expect(text).toContain('逾期未完成的节点');
    expect(text).toContain('到期未报的数据');
  });

  it.skipIf(skip)(
    'edits the posted digest in place when a correction changes it, and posts no second one',
    async () => {
      t.emulator.reset();
      await run(MONDAY);
      expect(t.emulator.callsTo('chat.update')).toHaveLength(0);
      t.setNow(new Date('2025-12-09T02:00:00Z'));
      // Far behind the way to 1,000: the target's light turns red.
      await submit('2025-09', '200', '统计局再次修订');
      // The hourly refresh runs the job again as of its time this week.
      await run(MONDAY);
      expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(0);
      const updates = t.emulator.callsTo('chat.update');
      expect(updates).toHaveLength(1);
      expect(updates[0]?.params.channel).toBe(DIGEST);
    },
  );

  it.skipIf(skip)('after the plan’s end posts a closing digest once', async () => {
    t.emulator.reset();
    await run(new Date('2026-01-05T01:00:00Z'));
    await run(new Date('2026-12-07T01:00:00Z'));
    const posts = t.emulator.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]?.params.blocks)).toContain('规划期结束总结');
  });
});
