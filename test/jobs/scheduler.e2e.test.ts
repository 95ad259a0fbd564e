import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../../src/jobs/registry.js';
import { Scheduler } from '../../src/jobs/scheduler.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const NUDGES = 'C0NUDGES1';

describe.each(PROVIDERS)('catching up after the bot was down on $title', ({ provider, skip }) => {
  let t: TestApp;
  let now = new Date('2022-07-01T03:00:00Z');
  const scheduler = () =>
    new Scheduler(
      JOBS,
      t.config.jobs.schedules,
      t.runtime.jobDeps,
      t.runtime.delivery(webApiPoster(BOT_TOKEN, t.emulator.apiUrl), { gapMs: 5, wait: async () => {} }),
      t.runtime.jobDeps.logger,
      () => now,
    );

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'catchup', { ZONE_ADMINS: ADMIN });
    await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: `admin channel nudges <#${NUDGES}|nudges>`,
      user_id: ADMIN,
      response_url: t.emulator.responseUrl(),
    });
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('runs each job once, as of its latest missed time only', async () => {
    t.emulator.reset();
    // Down from 28 June to 1 July at 11:00: the 09:00 run of 1 July is the one to catch up, not those before.
    await scheduler().catchUp();
    const texts = t.emulator
      .callsTo('chat.postMessage')
      .map((c) => String(c.params.text))
      .filter((text) => text.includes('节点提醒'));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => text.includes('2022年7月1日'))).toBe(true);
    expect(texts.some((text) => text.includes('今天到期'))).toBe(false);
    expect(texts.some((text) => text.includes('已逾期 1 天'))).toBe(true);
  });

  it.skipIf(skip)('posts nothing more when it starts again, or on the hourly refresh', async () => {
    t.emulator.reset();
    await scheduler().catchUp();
    now = new Date('2022-07-01T05:07:00Z');
    await scheduler().catchUp();
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
