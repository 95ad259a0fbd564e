import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/store/migrate.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand, type SlackHttpResponse } from '../support/slack-request.js';

interface Answer {
  response_type: string;
  text: string;
  blocks: { type: string; text?: { text: string }; elements?: { text?: string }[] }[];
}

/** Everything a person would read in an answer, as one string. */
function readable(res: SlackHttpResponse): string {
  const body = res.json as Answer;
  return body.blocks.flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')]).join('\n');
}

describe.each(PROVIDERS)('/zone over signed HTTP on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (text: string, user = 'U0000USER') =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text, user_id: user, response_url: t.emulator.responseUrl() });

  beforeAll(async () => {
    if (!skip) t = await startTestApp(provider, 'commands');
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('labels the acknowledgement as JSON, and gives a cached answer the same bytes again', async () => {
    const first = await zone('targets');
    const again = await zone('targets');
    for (const res of [first, again]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
    expect((first.json as Answer).response_type).toBe('ephemeral');
    expect(again.text).toBe(first.text);
  });

  it.skipIf(skip)('answers status in the acknowledgement, ephemeral, in Chinese by default', async () => {
    const res = await zone('status xuwei');
    expect(res.status).toBe(200);
    expect((res.json as Answer).response_type).toBe('ephemeral');
    const text = readable(res);
    expect(text).toContain('徐圩新区 · 推进情况');
    expect(text).toContain('规划期已于 2025年12月31日 结束');
    expect(text).toContain('暂无数据');
    expect((res.json as Answer).blocks.length).toBeLessThanOrEqual(50);
    expect(t.emulator.callsTo('auth.test')).toEqual([]);
  });

  it.skipIf(skip)('finds a zone by Chinese name, short name, alias and full-width slug', async () => {
    for (const name of ['徐圩新区', '徐圩', '连云港徐圩新区', 'ＸＵＷＥＩ', 'Xuwei']) {
      expect(readable(await zone(`status ${name}`))).toContain('徐圩新区 · 推进情况');
    }
    expect(readable(await zone('市开发区'))).toContain('连云港经济技术开发区 · 推进情况');
  });

  it.skipIf(skip)('answers every read command', async () => {
    expect(readable(await zone(''))).toContain('/zone status');
    expect(readable(await zone('help tasks'))).toContain('tasks');
    expect(readable(await zone('zones'))).toContain('xuwei');
    expect(readable(await zone('task 19'))).toContain('自贸试验区联动创新发展区');
    expect(readable(await zone('tasks overdue'))).toMatch(/19/);
    expect(readable(await zone('targets'))).toContain('3,500');
    expect(readable(await zone('unit 商务局'))).toContain('市商务局');
  });

  it.skipIf(skip)('answers bad input clearly and keeps serving', async () => {
    const cases: [string, RegExp][] = [
      ['frobnicate', /没有“frobnicate”这个指令/],
      ['statsu xuwei', /没有“statsu”这个指令[\s\S]*status/],
      ['status nowhere', /没有找到开发区“nowhere”/],
      ['status 徐圩新', /徐圩新区/],
      ['task 0', /1/],
      ['task 32', /31/],
      ['task abc', /任务/],
      ['x'.repeat(600), /输入太长了/],
      ['status \u200b\u{1F600}\u0301', /没有找到开发区/],
    ];
    for (const [text, expected] of cases) {
      const res = await zone(text);
      expect(res.status, text).toBe(200);
      expect(readable(res), text).toMatch(expected);
    }
    expect(t.logs.filter((l) => l.level === 50)).toEqual([]);
    expect(readable(await zone('status xuwei'))).toContain('徐圩新区');
  });

  it.skipIf(skip)('switches a user to English and remembers it, for that user only', async () => {
    expect(readable(await zone('lang en', 'U0000LANG'))).toContain('English');
    expect(readable(await zone('status xuwei', 'U0000LANG'))).toContain('Xuwei New Area · status');
    expect(readable(await zone('status xuwei', 'U0000OTHER'))).toContain('徐圩新区 · 推进情况');
    const person = await t.runtime.database.db.person.findUniqueOrThrow({ where: { slackUserId: 'U0000LANG' } });
    expect(person.lang).toBe('en');
    expect(readable(await zone('lang 中文', 'U0000LANG'))).toContain('中文');
    expect(readable(await zone('status xuwei', 'U0000LANG'))).toContain('徐圩新区 · 推进情况');
  });

  it.skipIf(skip)('refuses forged and stale signatures with 401 and runs nothing', async () => {
    const fields = { text: 'lang en', user_id: 'U0000FORGE', response_url: t.emulator.responseUrl() };
    expect((await postSlashCommand(t.baseUrl, SIGNING_SECRET, fields, { forgeSignature: true })).status).toBe(401);
    expect((await postSlashCommand(t.baseUrl, SIGNING_SECRET, fields, { staleTimestamp: true })).status).toBe(401);
    expect(await t.runtime.database.db.person.findUnique({ where: { slackUserId: 'U0000FORGE' } })).toBeNull();
  });

  it.skipIf(skip)('answers with a fixed message in the user language when something fails, and logs it', async () => {
    const db = t.runtime.database.db;
    await db.$executeRawUnsafe('ALTER TABLE "Figure" RENAME TO "FigureAway"');
    try {
      expect(readable(await zone('history xuwei'))).toContain('抱歉，处理这条指令时出错了');
      expect(t.logs.some((l) => l.level === 50 && l.where === 'command /zone')).toBe(true);
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "FigureAway" RENAME TO "Figure"');
    }
    expect(readable(await zone('history xuwei'))).toContain('徐圩新区');
  });

  it.skipIf(skip)('tells users to wait while starting, and health says 503 then 200', async () => {
    t.setReady(false);
    try {
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(503);
      expect(readable(await zone('status xuwei'))).toContain('正在启动');
    } finally {
      t.setReady(true);
    }
    const health = await fetch(`${t.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    // The migration level, for an operator checking what a restored backup needs.
    const names = readMigrations(provider).migrationDirectories.map((d) => d.path);
    expect(await health.json()).toEqual({ status: 'ok', migrations: { applied: names.length, latest: names.at(-1) } });
  });
});
