import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_ACTOR } from '../../src/domain/roles.js';
import { PermissionDenied } from '../../src/services/authorize.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand, TEST_WORKSPACE } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const GOOD = readFileSync(new URL('../fixtures/figures-good.csv', import.meta.url));

const text = (body: unknown) => JSON.stringify(body);

describe.each(PROVIDERS)('exporting the ledger in Slack on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (line: string, user: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: user, response_url: t.emulator.responseUrl() });

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'export', { ZONE_ADMINS: ADMIN });
    await zone(`admin grant <@${REPORTER}|rep> reporter 徐圩新区`, ADMIN);
    const { ledger, progress } = t.runtime.services;
    expect((await ledger.importBytes(TERMINAL_ACTOR, await t.runtime.services.plan.get(), GOOD, false)).kind).toBe(
      'imported',
    );
    // A zone reporter's "done" waits for an officer's confirmation.
    await progress.report(await t.runtime.runner.actor(REPORTER), {
      milestone: 't2-internal-agencies',
      zone: 'xuwei',
      state: 'done',
      note: '=已印发',
      evidence: 'https://xuwei.example.gov.cn/notice',
    });
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('sends a CSV of the zone’s figures and progress to the asker alone, in their DM', async () => {
    t.emulator.reset();
    const res = await zone('export xuwei', REPORTER);
    expect(res.status).toBe(200);
    await t.emulator.waitFor('files.completeUploadExternal');
    const answer = text(res.json) + text(t.emulator.responses);
    expect(answer).toContain('台账已生成：5 条数据、1 条进展。');
    expect(answer).toContain('私信');
    const [opened] = t.emulator.callsTo('conversations.open');
    expect(opened?.params.users).toBe(REPORTER);
    const dm = (opened?.response.channel as { id?: string } | undefined)?.id;

    const [upload] = [...t.emulator.uploads.values()];
    expect(upload).toMatchObject({
      filename: 'zonebot-ledger-xuwei-2026-11-28.csv',
      title: '开发区台账（徐圩新区，2026年11月28日）',
      channelId: dm,
      completed: true,
    });
    expect(dm).not.toBe(TEST_WORKSPACE.channelId);
    const csv = upload?.content?.toString('utf8') ?? '';
    expect(csv.startsWith('\uFEFF类别,开发区或责任单位,开发区代号,指标,单位,期间,数值,是否现行,')).toBe(true);
    const [header = [], ...rows] = parse(csv, { bom: true }) as string[][];
    const col = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];
    expect(
      rows.map((r) => [col(r, '类别'), col(r, '指标') || col(r, '任务编号'), col(r, '期间'), col(r, '数值')]),
    ).toEqual([
      ['指标数据', '地区生产总值', '2020', '500'],
      ['指标数据', '地区生产总值', '2025-12', '1050.5'],
      ['指标数据', '地区生产总值', '2025-12', '1060'],
      ['指标数据', '高新技术企业', '2025-12', '12'],
      ['指标数据', '实际利用外资', '2025-11', '0.5'],
      ['节点进展', '2', '', ''],
    ]);
    const done = rows.at(-1);
    expect([col(done, '状态'), col(done, '确认情况'), col(done, '填报人'), col(done, '备注')]).toEqual([
      '已完成',
      '待确认',
      REPORTER,
      "'=已印发",
    ]);
    expect(rows.some((r) => col(r, '开发区或责任单位') === '全市')).toBe(false);
  });

  it.skipIf(skip)('posts the ledger into the conversation only when asked to share it', async () => {
    t.emulator.reset();
    const res = await zone('export xuwei share', REPORTER);
    await t.emulator.waitFor('files.completeUploadExternal');
    expect(text(res.json) + text(t.emulator.responses)).toContain('文件已发到当前对话');
    expect(t.emulator.callsTo('conversations.open')).toHaveLength(0);
    const [upload] = [...t.emulator.uploads.values()];
    expect(upload?.channelId).toBe(TEST_WORKSPACE.channelId);
  });

  it.skipIf(skip)('exports every zone and the city in English for an English user', async () => {
    await zone('lang en', ADMIN);
    t.emulator.reset();
    await zone('台账', ADMIN);
    await t.emulator.waitFor('files.completeUploadExternal');
    const [upload] = [...t.emulator.uploads.values()];
    expect(upload?.filename).toBe('zonebot-ledger-all-2026-11-28.csv');
    const rows = parse(upload?.content?.toString('utf8') ?? '', { bom: true }) as string[][];
    expect(rows[0]?.slice(0, 3)).toEqual(['Kind', 'Zone or unit', 'Zone slug']);
    expect(rows.filter((r) => r[1] === 'City').map((r) => r.slice(3, 7))).toEqual([
      ['Listed companies', 'companies', '2025', '20'],
    ]);
    expect(rows).toHaveLength(8);
  });

  it.skipIf(skip)('shows imported figures at once, and lets only admins import', async () => {
    expect(text((await zone('status xuwei', REPORTER)).json)).toContain('1,060亿元');
    const reporter = await t.runtime.runner.actor(REPORTER);
    await expect(
      t.runtime.services.ledger.importBytes(reporter, await t.runtime.services.plan.get(), GOOD, true),
    ).rejects.toBeInstanceOf(PermissionDenied);
  });

  it.skipIf(skip)('answers that import is a terminal command, and uploads nothing', async () => {
    t.emulator.reset();
    const res = await zone('import figures.csv', ADMIN);
    expect(text(res.json) + text(t.emulator.responses)).toContain('npx zonebot import');
    expect(t.emulator.uploads.size).toBe(0);
  });
});
