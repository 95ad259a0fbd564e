import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { status } from '../../commands/status.js';
import { target } from '../../commands/targets.js';
import type { Lang } from '../../src/i18n/lang.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, type FigureRow, factsOf, PLAN, type ReportRow } from '../support/command-context.js';

/** Inside the plan period: projections and warnings are shown only while the plan runs. */
const now = new Date('2023-06-30T02:00:00Z');

const xuwei = (indicator: string, period: string, value: number): FigureRow => ({
  zone: 'xuwei',
  indicator,
  period,
  value,
});

const done = (zone: string, on: string): ReportRow => ({
  milestone: 't19-ftz-linkage-plan',
  zone,
  state: 'done',
  enteredAt: new Date(`${on}T02:00:00Z`),
});

const facts = factsOf(
  [
    xuwei('gdp', '2020', 300),
    xuwei('gdp', '2022', 450),
    xuwei('provincial_rank', '2021', 5),
    xuwei('provincial_rank', '2022', 6),
    xuwei('national_talent', '2021', 0),
    xuwei('national_talent', '2022', 1),
  ],
  [done('kaifaqu', '2022-09-01'), done('gaoxin', '2022-10-10'), done('shanghe', '2022-12-29')],
);

const statusText = async (lang: Lang, options: { now?: Date } = { now }) =>
  blocksToText((await status.run(['xuwei'], commandContext({ facts, lang, ...options }))).blocks);

function expectSlackLimits(blocks: KnownBlock[]) {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const b of blocks) if (b.type === 'section') expect([...(b.text?.text ?? '')].length).toBeLessThanOrEqual(3000);
}

describe('projections in /zone status', () => {
  it('puts a projection under each target with two comparable figures, in Chinese', async () => {
    const text = await statusText('zh');
    // 300 → 450 over 2020–2022 compounds at 22.5% a year to 827 by 2025; 1,000 needs 30.5% a year.
    expect(text).toContain(
      '落后 18.6 个百分点 🟡 · 未达标\n    ↳ 按当前增速，2025年末预计 827亿元（复合增长，年均 +22.5%），需年均 +30.5% 才能达标 · 按此速度难以达标',
    );
    expect(text).toContain(
      '较上年后退 1 位（2022年） 🔴 · 未达标\n    ↳ 按当前速度，年均后退 1 位，2025年预计第 9 位，2022年未达到每年进位要求 · 按此速度难以达标',
    );
    // A count already at its goal: one selection a year, four by 2025.
    expect(text).toContain('↳ 按当前进度，2025年末预计 4人（线性推算，年均 +1人），目标已达到 · 有望达标');
    // A yearly count is owed anew each year: no projection under it.
    expect(text).toMatch(/每年百亿元以上项目不少于2个.*\n {4}暂无数据 ⚪\n• /);
    expect(text).toContain('预测：按最近一期与最早一期可比数据（全年数，或不同年份同月的1—n月累计数）');
    expect(text).toContain('预计值与目标差距在 10% 以内为“有风险”');
  });

  it('says the same in English', async () => {
    const text = await statusText('en');
    expect(text).toContain(
      '    ↳ At the current pace, about 82.7 bn yuan by end-2025 (compound growth, 22.5% a year); 30.5% a year needed · will miss at this pace',
    );
    expect(text).toContain(
      '    ↳ At the current pace (1 place down a year), about 9th place by 2025; short of the yearly gain in 2022 · will miss at this pace',
    );
    expect(text).toContain(
      '↳ At the current pace, about 4 people by end-2025 (linear, 1 person a year); already met · on course',
    );
    expect(text).toContain('Within 10% of the goal is “at risk”, further off “will miss at this pace”.');
  });

  it('puts other zones’ record under a milestone the zone has not done', async () => {
    // Of the seven others: one on time, two late by 10 and 90 days, four still not done.
    expect(await statusText('zh')).toContain(
      '任务19 制定自贸试验区联动创新发展区平台建设方案 — 逾期 273 天\n    ↳ 其他开发区（7个）：按期完成 1 · 逾期完成 2（平均晚 50 天，最多 90 天） · 逾期未完成 4',
    );
    expect(await statusText('en')).toContain(
      'FTZ linked innovation development area — 273 days overdue\n    ↳ Other zones (7): done on time 1 · done late 2 (50 days late on average, at most 90) · still overdue 4',
    );
    // Where every other zone is as overdue as this one, nothing is added.
    expect(await statusText('zh')).toMatch(/任务2 完成内设机构优化 — 逾期 365 天\n🔴/);
  });

  it('puts, before the date, the record of the task’s earlier milestones where no other zone has done this one', async () => {
    // 任务22's energy study (30 Sep 2022): of the eleven other zones one on time, one 30 days late, nine not done.
    const study = (zone: string, on: string): ReportRow => ({ ...done(zone, on), milestone: 't22-energy-study' });
    const reports = factsOf([], [study('kaifaqu', '2022-09-20'), study('gaoxin', '2022-10-30')]);
    const late2025 = new Date('2025-12-10T02:00:00Z');
    const text = async (lang: Lang) =>
      blocksToText((await status.run(['xuwei'], commandContext({ facts: reports, now: late2025, lang }))).blocks);
    expect(await text('zh')).toContain(
      '任务22 建成低碳、绿色、高效的能源消费体系 — 还剩 21 天\n    ↳ 本任务此前 1 个节点，其他开发区：按期完成 9.1% · 逾期完成 9.1%（晚 30 天） · 逾期未完成 81.8%（逾期 1,167 天）',
    );
    expect(await text('en')).toContain(
      "— 21 days left\n    ↳ Other zones on this task's earlier milestone (1): done on time 9.1% · done late 9.1% (30 days late) · still overdue 81.8% (1,167 days overdue)",
    );
  });

  it('shows no projection and no warning after the plan’s end: the verdicts replace them', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await statusText(lang, {});
      expect(text).not.toContain('↳');
      expect(text).not.toContain(lang === 'zh' ? '预测：' : 'Projections carry');
    }
  });
});

describe('projections in /zone targets', () => {
  // Every zone 200亿元 in 2020 and 250亿元 in 2022, but for three; the city 5,000 then 6,000.
  const in2022: Record<string, number> = { gaoxin: 300, donghai: 210, guannan: 200 };
  const rows: FigureRow[] = [
    ...PLAN.data.zones.flatMap((z) => [
      { zone: z.slug, indicator: 'gdp', period: '2020', value: 200 },
      { zone: z.slug, indicator: 'gdp', period: '2022', value: in2022[z.slug] ?? 250 },
    ]),
    { zone: null, indicator: 'gdp', period: '2020', value: 5000 },
    { zone: null, indicator: 'gdp', period: '2022', value: 6000 },
  ];
  const run = async (args: string[], lang: Lang) => {
    const reply = await target.run(args, commandContext({ facts: factsOf(rows), now, lang }));
    expectSlackLimits(reply.blocks);
    return blocksToText(reply.blocks);
  };

  it('gives a compact projection for a total, a share, and a zone’s own target', async () => {
    const text = await run([], 'zh');
    // 2,400 → 2,960: 2,960 × (2,960/2,400)^1.5 = 4,054 by 2025; (3,500/2,960)^⅓ − 1 = 5.7% a year needed.
    expect(text).toContain('12/12 个开发区已报\n    ↳ 预计2025年末 4,054亿元，需年均 +5.7% · 有望达标');
    // 48% → 49.33%: 0.67 points a year, 51.3% by 2025; (50 − 49.33) / 3 = 0.2 points a year needed.
    expect(text).toContain('↳ 预计2025年末 51.3%，需年均 +0.2个百分点 · 有望达标');
    // 200 → 250 compounds to 349 by 2025, far short of 800.
    expect(text).toMatch(
      /市开发区：地区生产总值超过800亿元.*\n.*\n {4}↳ 预计2025年末 349亿元，需年均 \+47.4% · 按此速度难以达标/,
    );
    expect(text).toContain('预测：按最近一期与最早一期可比数据');
  });

  it('counts the zones of a target each must meet by where they are heading', async () => {
    // Of the ten to double: 高新区 (200 → 300) gets there; 灌南 (flat), 东海 (210) and seven at 250 do not.
    expect(await run([], 'zh')).toContain('已报 10/10\n    ↳ 按当前速度：难以达标 9 · 有望达标 1');
    expect(await run([], 'en')).toContain('reported 10/10\n    ↳ At the current pace: will miss 9 · on course 1');
  });

  it('answers in English', async () => {
    const text = await run([], 'en');
    expect(text).toContain('↳ projected 405.4 bn yuan by end-2025; 5.7% a year needed · on course');
    expect(text).toContain('↳ projected 51.3% by end-2025; 0.2 points a year needed · on course');
    expect(text).toContain('Projections carry the average yearly change');
  });

  it('puts the projection between the figures and the plan’s words for one zone', async () => {
    expect(await run(['xuwei'], 'zh')).toMatch(
      /\n {4}↳ 预计2025年末 349亿元，需年均 \+58.7% · 按此速度难以达标\n {4}原文：“徐圩新区地区生产总值突破1000亿元”/,
    );
    expect(await run(['xuwei'], 'en')).toMatch(
      /\n {4}↳ projected 34.9 bn yuan by end-2025; 58.7% a year needed · will miss at this pace\n {4}Plan text: /,
    );
  });
});

describe('every zone’s answers still fit Slack', () => {
  // Figures for every indicator of every zone and the city in 2020–2022, and the first three zones done
  // with every milestone late, so that every target has a projection and every overdue milestone a warning.
  const rows: FigureRow[] = [...PLAN.data.zones.map((z) => z.slug), null].flatMap((zone) =>
    PLAN.data.indicators.flatMap((i) =>
      [2020, 2021, 2022].map((year, n) => ({ zone, indicator: i.key, period: String(year), value: 10 + n })),
    ),
  );
  const reports: ReportRow[] = PLAN.data.zones.slice(0, 3).flatMap((z) =>
    PLAN.milestonesOfZone(z.slug).map((m) => ({
      milestone: m.key,
      zone: z.slug,
      state: 'done' as const,
      enteredAt: new Date('2023-03-01T02:00:00Z'),
    })),
  );
  const all = factsOf(rows, reports);

  it('keeps /zone status and /zone targets of all twelve zones within 50 blocks and 3,000 characters a section', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const zone of PLAN.data.zones) {
        const ctx = commandContext({ facts: all, now, lang });
        const answers = [await status.run([zone.slug], ctx), await target.run([zone.slug], ctx)];
        for (const reply of answers) {
          expectSlackLimits(reply.blocks);
          const text = blocksToText(reply.blocks);
          expect(text).toContain('↳');
          expect(text).not.toMatch(/未显示|not shown/);
        }
      }
      expectSlackLimits((await target.run([], commandContext({ facts: all, now, lang }))).blocks);
    }
  });
});
