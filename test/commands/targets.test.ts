import type { ActionsBlock, KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../commands/command.js';
import { dispatch } from '../../commands/dispatch.js';
import { target } from '../../commands/targets.js';
import type { Reply } from '../../src/views/blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from '../../src/views/ids.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, type FigureRow, factsOf, PLAN } from '../support/command-context.js';

const run = async (args: string[], options: Parameters<typeof commandContext>[0] = {}) =>
  target.run(args, commandContext(options));
const textOf = (reply: Reply) => blocksToText(reply.blocks);

function expectSlackLimits(blocks: KnownBlock[]) {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const b of blocks) if (b.type === 'section') expect(b.text?.text.length).toBeLessThanOrEqual(3000);
}

const facts = factsOf([
  { zone: 'xuwei', indicator: 'gdp', period: '2020', value: 300 },
  { zone: 'xuwei', indicator: 'gdp', period: '2025', value: 1100 },
  { zone: 'gaoxin', indicator: 'gdp', period: '2020', value: 100 },
  { zone: 'gaoxin', indicator: 'gdp', period: '2025', value: 250 },
  { zone: 'donghai', indicator: 'gdp', period: '2020', value: 100 },
  { zone: 'donghai', indicator: 'gdp', period: '2025', value: 150 },
]);

describe('/zone targets', () => {
  it('lists all 32 targets of the plan, development goals first, then by task', async () => {
    const reply = await run([]);
    const text = textOf(reply);
    expect(text).toContain('量化目标（32项）');
    expect(text.match(/^• /gm)).toHaveLength(32);
    expect(text).toContain('规划期已于 2025年12月31日 结束');
    expect(text).toContain('• 市开发区：地区生产总值超过800亿元（2025年12月31日前）');
    expect(text).toContain('• 徐圩新区：地区生产总值超过1,000亿元');
    expect(text).toContain('• 除市开发区、徐圩新区外的各开发区：地区生产总值比2020年翻一番');
    expect(text).toContain('全市开发区合计地区生产总值不低于3,500亿元');
    expect(text).toContain('超过160家');
    expect(text).toContain('省级以上研发机构不低于300个');
    expect(text).toContain('净增超过400家');
    expect(text).toContain('累计实际利用外资超过40亿美元');
    expect(text).toContain('• 各省级开发区：省级人才工程入选不低于1人');
    expect(text).toContain('• 全市上市公司总数不低于16家');
    const order = ['发展目标', '任务2 ', '任务7 提升产业链稳定性和竞争力', '任务13 ', '任务24 '].map((s) =>
      text.indexOf(s),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expectSlackLimits(reply.blocks);
  });

  it('shows progress on a total target and met/reported counts on an each target', async () => {
    const text = textOf(await run([], { facts }));
    // The plan has ended: 3 of 12 zones' 2025 figures, short of the goal, cannot say whether all 12 met it.
    expect(text).toMatch(/3,500亿元.*\n {4}最新 1,500亿元（2025年） · 🔴 缺少2025年数据 · 3\/12 个开发区已报\n/);
    // Nine zones red: one short of doubling, eight without their 2025 figure.
    expect(text).toMatch(
      /外的各开发区：地区生产总值比2020年翻一番.*\n {4}🔴 9 · 🟢 1 · 已达标 1\/10（市高新区） · 已报期末数据 2\/10/,
    );
    expect(text).toMatch(
      /徐圩新区：地区生产总值超过1,000亿元.*\n {4}1,100亿元（2025年） · ▓▓▓▓▓▓▓▓▓▓ 114.3% 🟢 · ✅ 已达标/,
    );
    expect(text).toMatch(/徐圩新区：地区生产总值超过1,000亿元.*\n {4}1,100亿元（2025年） .* 🟢 · ✅ 已达标/);
    expect(text).toMatch(/各开发区：安全风险评估完成率100%.*\n {4}🔴 12 · 已达标 0\/12 · 已报期末数据 0\/12/);
    expect(text).toMatch(/累计实际利用外资超过40亿美元.*\n {4}🔴 缺少2021—2025年数据 · 0\/12 个开发区已报/);
    expect(text).toContain('🟡 落后超过 10 个百分点 · 🔴 落后超过 30 个百分点，或逾期未达标、缺少期末数据');
  });

  it('answers in English', async () => {
    const reply = await run([], { lang: 'en', facts });
    const text = textOf(reply);
    expect(text).toContain('Quantitative targets (32)');
    expect(text).toContain('The plan period ended on 31 Dec 2025.');
    expect(text).toContain('All zones together: Gross domestic product at least 350 bn yuan');
    expect(text).toContain('more than 4 bn US dollars');
    expect(text).toContain('met 1/10 (Lianyungang High-tech Industrial Development Zone) · final figures in 2/10');
    expect(text).toContain('latest 150 bn yuan (2025) · 🔴 no 2025 figure · 3 of 12 zones reported');
    expect(text).toContain('🔴 no figures for 2020 and 2025 · 0 of 12 zones reported');
    expect(text).toContain('🔴 no figures for 2021–2025 · 0 of 12 zones reported');
    expect(text).toContain('Type /zone targets <zone>');
    expectSlackLimits(reply.blocks);
  });
});

describe('/zone targets inside the plan period', () => {
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
  const now = new Date('2023-06-30T02:00:00Z');

  it('counts the zones of an each target by light, naming the red ones', async () => {
    const text = textOf(await run([], { facts: factsOf(rows), now }));
    expect(text).not.toContain('规划期已于');
    // Doubling compounds: by the end of 2022 the path is 31.9% of the way; 200 → 200 is 0%, 210 is 10%.
    expect(text).toMatch(
      /翻一番（2025年12月31日前；方案未写明基期，按“十三五”末即2020年计）\n {4}🔴 1（灌南开发区） · 🟡 1 · 🟢 8 · 已达标 0\/10 · 已报 10\/10/,
    );
  });

  it("lights a total and a share of the city's figure", async () => {
    const text = textOf(await run([], { facts: factsOf(rows), now }));
    // 2,400 → 3,500: 2,960 is 50.9% of the way, with 40% due by the end of 2022.
    expect(text).toContain(
      '2,960亿元（2022年） · ▓▓▓▓▓░░░░░ 50.9% · 序时 40% · 超前 10.9 个百分点 🟢 · 未达标 · 12/12 个开发区已报',
    );
    // 48% → 50%: 49.3% is two thirds of the way.
    expect(text).toContain('49.3%（2022年） · ▓▓▓▓▓▓▓░░░ 66.7% · 序时 40% · 超前 26.7 个百分点 🟢 · 未达标');
    expect(text).toMatch(/市开发区：地区生产总值超过800亿元.*\n.* 8.3% · 序时 40% · 落后 31.7 个百分点 🔴/);
  });

  it('answers in English', async () => {
    const reply = await run([], { facts: factsOf(rows), now, lang: 'en' });
    const text = textOf(reply);
    expect(text).toContain('🔴 1 (Guannan Economic Development Zone) · 🟡 1 · 🟢 8 · met 0/10 · reported 10/10');
    expect(text).toContain('50.9% · expected 40% · 10.9 points ahead 🟢');
    expect(text).toContain('🟡 more than 10 points behind');
    expectSlackLimits(reply.blocks);
  });
});

describe('/zone targets <zone>', () => {
  it("shows the zone's own targets, then the shared ones with its own figure, each with the plan's words", async () => {
    const reply = await run(['xuwei'], { facts });
    const text = textOf(reply);
    expect(text).toContain('徐圩新区 · 量化目标');
    expect(text).toContain('功能板块 · 代号 xuwei');
    expect(text).toContain('本区目标（11项）');
    expect(text).toMatch(
      /• 地区生产总值超过1,000亿元（2025年12月31日前）\n {4}1,100亿元（2025年）.*✅ 已达标\n {4}原文：“徐圩新区地区生产总值突破1000亿元”/,
    );
    expect(text).toContain('共同目标（13项');
    expect(text).toMatch(
      /全市开发区合计地区生产总值不低于3,500亿元.*\n.*本区 1,100亿元（2025年）\n {4}原文：“全市开发区地区生产总值力争达到3500亿元”/,
    );
    expect(text.indexOf('本区目标')).toBeLessThan(text.indexOf('共同目标'));
    const buttons = reply.blocks.find((b): b is ActionsBlock => b.type === 'actions');
    expect(buttons?.block_id).toBe(BLOCK.targetsActions);
    expect(buttons?.elements.map((e) => ('value' in e ? [e.action_id, e.value] : null))).toEqual([
      [RUN_COMMAND_ACTION, 'status xuwei'],
      [RUN_COMMAND_ACTION, 'targets'],
    ]);
    expectSlackLimits(reply.blocks);
  });

  it('finds the zone by any of its names, including a multi-word English one', async () => {
    const expected = textOf(await run(['xuwei']));
    expect(textOf(await run(['徐圩新区']))).toBe(expected);
    expect(textOf(await run(['Xuwei', 'New', 'Area']))).toBe(expected);
  });

  it('is reached through dispatch by its Chinese alias, with full-width input folded', async () => {
    const outcome = await dispatch([target], '目标　ｘｕｗｅｉ', commandContext());
    expect(outcome.ok).toBe(true);
    expect(textOf(outcome.reply)).toContain('徐圩新区 · 量化目标');
  });

  it('answers in English', async () => {
    const text = textOf(await run(['kaifaqu'], { lang: 'en' }));
    expect(text).toContain('Lianyungang Economic and Technological Development Zone · targets');
    expect(text).toContain('Gross domestic product more than 80 bn yuan (by 31 Dec 2025)');
    expect(text).toContain('Plan text: “十四五末,市开发区地区生产总值突破800亿元”');
    expect(text).toContain('Shared targets (13, met by all zones together)');
  });
});

describe('/zone targets, bad input', () => {
  it('answers an unknown zone with suggestions', async () => {
    await expect(run(['nowhere'])).rejects.toMatchObject({
      name: 'UsageError',
      message: '没有找到开发区“nowhere”。',
      hint: '输入 `/zone zones` 查看全部开发区。',
    });
    await expect(run(['xuwie'])).rejects.toMatchObject({ hint: expect.stringContaining('徐圩新区（xuwei）') });
  });

  it('refuses words after the zone', async () => {
    await expect(run(['xuwei', 'extra'])).rejects.toThrow('没有找到开发区“xuwei extra”');
    await expect(run(['徐圩新区', '多余'])).rejects.toThrow('看不懂“徐圩新区 多余”');
    await expect(run(['徐圩新区', '多余'], { lang: 'en' })).rejects.toMatchObject({
      hint: 'Usage: `/zone targets [zone]`',
    });
  });

  it('never throws anything but a UsageError, however long or odd the input', async () => {
    await expect(run(['徐'.repeat(5000)])).rejects.toThrow(UsageError);
    await expect(run(['\u0000', '\u202e', '\ud800'])).rejects.toThrow(UsageError);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        async (args) => {
          try {
            expectSlackLimits((await run(args)).blocks);
          } catch (err) {
            if (!(err instanceof UsageError)) throw err;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
