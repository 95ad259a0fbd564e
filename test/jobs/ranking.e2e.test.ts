import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/jobs/delivery.js';
import { ranking } from '../../src/jobs/ranking.js';
import { runJob } from '../../src/jobs/runner.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const RANKINGS = 'C0RANKS01';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
/** 10:00 in Shanghai on the 16th, the ranking's day. */
const RANKING_DAY = new Date('2025-07-16T02:00:00Z');

describe.each(PROVIDERS)('the monthly ranking on $title', ({ provider, skip }) => {
  let t: TestApp;
  let delivery: Delivery;
  const zone = (line: string, user = ADMIN) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: user, response_url: t.emulator.responseUrl() });
  const run = (at: Date) => runJob(ranking, at, t.runtime.jobDeps, delivery);
  const uploads = () => [...t.emulator.uploads.values()].filter((u) => u.completed);

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'ranking', { ZONE_ADMINS: ADMIN });
    delivery = t.runtime.delivery(webApiPoster(BOT_TOKEN, t.emulator.apiUrl), { gapMs: 5, wait: async () => {} });
    await zone(`admin channel rankings <#${RANKINGS}|rankings>`);
    const figures = t.runtime.services.figures;
    const admin = await t.runtime.runner.actor(ADMIN);
    for (const [slug, value] of [
      ['xuwei', '300'],
      ['kaifaqu', '400'],
    ] as const) {
      await figures.submit(admin, { zone: slug, indicator: 'gdp', period: '2020', value, note: '', source: '' });
    }
    await figures.submit(admin, {
      zone: 'xuwei',
      indicator: 'gdp',
      period: '2025-03',
      value: '240',
      note: '',
      source: '',
    });
  }, 60_000);
  afterAll(() => t?.stop());

  it.skipIf(skip)(
    'posts last month’s ranking with its chart to the rankings channel, once',
    async () => {
      t.emulator.reset();
      await run(RANKING_DAY);
      const [post] = t.emulator.callsTo('chat.postMessage');
      expect(post?.params.channel).toBe(RANKINGS);
      expect(String(post?.params.text)).toContain('2025年6月');
      const [chart] = uploads();
      expect(chart?.channelId).toBe(RANKINGS);
      expect(chart?.content?.subarray(0, 4)).toEqual(PNG);
      await run(RANKING_DAY);
      await run(new Date(RANKING_DAY.getTime() + 3_600_000));
      expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(1);
      expect(uploads()).toHaveLength(1);
    },
    60_000,
  );

  it.skipIf(skip)(
    'shows a posted month as posted, noting corrections made since',
    async () => {
      const before = JSON.stringify((await zone('rank 2025-06')).json);
      expect(before).not.toContain('发布后数据有更正');
      const admin = await t.runtime.runner.actor(ADMIN);
      // A correction of a figure the posted ranking counted.
      await t.runtime.services.figures.submit(admin, {
        zone: 'xuwei',
        indicator: 'gdp',
        period: '2025-03',
        value: '600',
        note: '统计局修订',
        source: '',
      });
      t.emulator.reset();
      const after = JSON.stringify((await zone('rank 2025-06')).json);
      expect(after).toContain('2025年6月');
      expect(after).toContain('更正');
      // The chart goes to the asker alone.
      await t.emulator.waitFor('files.completeUploadExternal', 30_000);
      expect(uploads()[0]?.channelId).toMatch(/^D/);
    },
    60_000,
  );

  it.skipIf(skip)(
    'computes a month never posted, and says so',
    async () => {
      const answer = JSON.stringify((await zone('rank 2024-03')).json);
      expect(answer).toContain('没有定期发布过');
      expect(JSON.stringify((await zone('rank 2030-01')).json)).toContain('方案期内');
      expect(JSON.stringify((await zone('rank soon')).json)).toContain('不是月份');
    },
    60_000,
  );

  it.skipIf(skip)(
    'after the plan’s end posts the final ranking once, and nothing more',
    async () => {
      t.emulator.reset();
      await run(new Date('2026-01-16T02:00:00Z'));
      await run(new Date('2026-12-01T02:00:00Z'));
      const posts = t.emulator.callsTo('chat.postMessage');
      expect(posts).toHaveLength(1);
      expect(String(posts[0]?.params.text)).toContain('2025年12月');
    },
    60_000,
  );
});
