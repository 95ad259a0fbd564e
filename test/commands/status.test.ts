import { describe, expect, it } from 'vitest';
import { dispatch } from '../../commands/dispatch.js';
import { status } from '../../commands/status.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, DEFAULT_THRESHOLDS, factsOf, PLAN } from '../support/command-context.js';

describe('/zone status', () => {
  it('shows a zone with no figures: its targets say so, its milestones are overdue after the plan ended', async () => {
    const reply = await status.run(['xuwei'], commandContext());
    const text = blocksToText(reply.blocks);
    expect(text).toContain('徐圩新区 · 推进情况');
    expect(text).toContain('规划期已于 2025年12月31日 结束');
    // Past the due date a target without its final figure is red for that reason.
    expect(text).toContain('地区生产总值超过1,000亿元（2025年12月31日前）\n    🔴 缺少2025年数据');
    expect(text).toContain('亮灯：🔴 红灯 11 · 🟡 黄灯 0 · 🟢 绿灯 0 · ⚪ 未评价 0');
    expect(text).toContain('2023年12月31日 · 任务28');
    expect(text).toMatch(/🔴 2023年12月31日 · 任务28 .* — 逾期 \d+ 天/);
    expect(reply.blocks.length).toBeLessThanOrEqual(50);
  });

  it('shows progress where figures exist, and done milestones', async () => {
    const facts = factsOf(
      [
        { zone: 'xuwei', indicator: 'gdp', period: '2020', value: 300 },
        { zone: 'xuwei', indicator: 'gdp', period: '2025', value: 1100 },
      ],
      [
        {
          milestone: 't28-xuwei-clean-heating',
          zone: 'xuwei',
          state: 'done',
          enteredAt: new Date('2023-06-01T00:00:00Z'),
        },
      ],
    );
    const text = blocksToText((await status.run(['徐圩'], commandContext({ facts }))).blocks);
    // From its 2020 baseline of 300 to 1,000: 800 of the 700 to go.
    // Past the due date only the final figure counts: no 序时 comparison.
    expect(text).toContain('1,100亿元（2025年） · ▓▓▓▓▓▓▓▓▓▓ 114.3% 🟢 · ✅ 已达标');
    expect(text).toMatch(/✅ 2023年12月31日 · 任务28 .* — 按期完成/);
  });

  it('shows a done awaiting confirmation, or sent back, as such, and still overdue', async () => {
    const report = (milestone: string, state: 'awaiting_confirmation' | 'returned') => ({
      milestone,
      zone: 'xuwei',
      state,
      enteredAt: new Date('2023-06-01T00:00:00Z'),
    });
    const facts = factsOf(
      [],
      [report('t28-xuwei-clean-heating', 'awaiting_confirmation'), report('t19-ftz-linkage-plan', 'returned')],
    );
    const zh = blocksToText((await status.run(['xuwei'], commandContext({ facts }))).blocks);
    expect(zh).toMatch(/🔴 2023年12月31日 · 任务28 .* — 逾期 \d+ 天 · 待确认/);
    expect(zh).toMatch(/🔴 2022年9月30日 · 任务19 .* — 逾期 \d+ 天 · 已退回/);
    expect(zh).not.toContain('推进中');
    const en = blocksToText((await status.run(['xuwei'], commandContext({ facts, lang: 'en' }))).blocks);
    expect(en).toMatch(/🔴 31 Dec 2023 · Task 28 .* — \d+ days overdue · awaiting confirmation/);
    expect(en).toMatch(/🔴 30 Sep 2022 · Task 19 .* — \d+ days overdue · sent back/);
  });

  it('finds 徐圩新区 by the provincial zone inside it, 徐圩经济开发区', async () => {
    for (const name of ['徐圩经济开发区', '江苏连云港徐圩经济开发区']) {
      const outcome = await dispatch([status], `status ${name}`, commandContext());
      expect(blocksToText(outcome.reply.blocks)).toContain('徐圩新区 · 推进情况');
      const alone = await dispatch([status], name, commandContext());
      expect(blocksToText(alone.reply.blocks)).toContain('徐圩新区 · 推进情况');
    }
    expect(PLAN.zones.resolve('徐圩经济开发区')).toMatchObject({ kind: 'found', item: { slug: 'xuwei' } });
  });

  it('answers in English', async () => {
    const text = blocksToText((await status.run(['kaifaqu'], commandContext({ lang: 'en' }))).blocks);
    expect(text).toContain('Lianyungang Economic and Technological Development Zone · status');
    expect(text).toContain('Gross domestic product more than 80 bn yuan (by 31 Dec 2025)\n    🔴 no 2025 figure');
  });

  describe('past the due date, on the final figure alone', () => {
    it('judges a yearly obligation year by year, naming the years short and missing', async () => {
      const f = (indicator: string, period: string, value: number) => ({ zone: 'kaifaqu', indicator, period, value });
      const facts = factsOf([
        f('projects_10bn', '2022', 2),
        f('projects_10bn', '2023', 1),
        f('projects_10bn', '2024-12', 3),
        ...[9, 8, 8, 6, 5].map((rank, i) => f('provincial_rank', String(2021 + i), rank)),
      ]);
      const text = async (lang: 'zh' | 'en') =>
        blocksToText((await status.run(['kaifaqu'], commandContext({ facts, lang }))).blocks);
      expect(await text('zh')).toContain(
        '每年百亿元以上项目不少于2个（方案写作“每年”，方案2022年4月印发，按2022—2025年逐年计）\n    2022—2025年逐年达标 2/4 年 · 未达标：2023年1个 🔴 · 逾期未达标 · 缺少2025年数据',
      );
      expect(await text('zh')).toContain('2022—2025年逐年达标 3/4 年 · 未达标：2023年位次与上年持平 🔴 · 逾期未达标');
      expect(await text('en')).toContain(
        '2022–2025: met in 3 of 4 years · short in 2023 (same place as the year before) 🔴 · past due, not met',
      );
    });

    const gdp = (period: string, value: number) => factsOf([{ zone: 'kaifaqu', indicator: 'gdp', period, value }]);
    const line = async (facts: ReturnType<typeof factsOf>, lang: 'zh' | 'en' = 'zh') => {
      const text = blocksToText((await status.run(['kaifaqu'], commandContext({ facts, lang }))).blocks);
      const lines = text.split('\n');
      return lines[lines.findIndex((l) => l.includes(lang === 'zh' ? '地区生产总值超过800' : 'more than 80 bn')) + 1];
    };

    it('says the 2025 figure is missing instead of being ahead and red at once', async () => {
      expect(await line(gdp('2024', 700))).toBe('    最新 700亿元（2024年） · 🔴 缺少2025年数据');
      expect(await line(gdp('2024', 700), 'en')).toBe('    latest 70 bn yuan (2024) · 🔴 no 2025 figure');
    });

    it('judges the final figure met or not, with its way along but no 序时 gap', async () => {
      expect(await line(gdp('2025', 700))).toBe('    700亿元（2025年） · ▓▓▓▓▓▓▓▓▓░ 87.5% 🔴 · 逾期未达标');
      expect(await line(gdp('2025-12', 820), 'en')).toBe(
        '    82 bn yuan (Dec 2025) · ▓▓▓▓▓▓▓▓▓▓ 102.5% 🟢 · ✅ target met',
      );
    });
  });

  describe('inside the plan period, against 序时进度', () => {
    const now = new Date('2023-06-30T02:00:00Z');
    const facts = factsOf([
      // GDP 300 → 1,000 by 2025; at the end of 2022 the path is 40% of the way, 450 only 21.4%.
      { zone: 'xuwei', indicator: 'gdp', period: '2020', value: 300 },
      { zone: 'xuwei', indicator: 'gdp', period: '2022', value: 450 },
      // Fell from 5th to 6th: 退位.
      { zone: 'xuwei', indicator: 'provincial_rank', period: '2021', value: 5 },
      { zone: 'xuwei', indicator: 'provincial_rank', period: '2022', value: 6 },
      // One of two 百亿元 projects by the end of June: exactly on schedule.
      { zone: 'xuwei', indicator: 'projects_10bn', period: '2023-06', value: 1 },
    ]);
    const textOf = async (ctx: ReturnType<typeof commandContext>) =>
      blocksToText((await status.run(['xuwei'], ctx)).blocks);

    it('gives each target its light, bar, progress, 序时进度 and gap, and counts the lights', async () => {
      const reply = await status.run(['xuwei'], commandContext({ facts, now }));
      const text = blocksToText(reply.blocks);
      expect(text).not.toContain('规划期已于');
      expect(text).toContain('450亿元（2022年） · ▓▓░░░░░░░░ 21.4% · 序时 40% · 落后 18.6 个百分点 🟡 · 未达标');
      expect(text).toContain('较上年后退 1 位（2022年） 🔴 · 未达标');
      expect(text).toContain('1个（2023年6月） · ▓▓▓▓▓░░░░░ 50% · 序时 50% · 与序时持平 🟢 · 未达标');
      // The three targets due in 2022 went by without their final figures.
      expect(text).toContain('安全风险评估完成率100%（2022年12月31日前）\n    🔴 缺少2022年数据');
      expect(text).toContain(
        '国家级人才工程入选不低于1人（2025年12月31日前；方案写作“十四五”期间，按期末即2025年底前计）\n    暂无数据 ⚪',
      );
      expect(text).toContain('亮灯：🔴 红灯 4 · 🟡 黄灯 1 · 🟢 绿灯 1 · ⚪ 未评价 5');
      expect(text).toContain('🟢 正常（落后不超过 10 个百分点）');
      expect(reply.text).toContain('目标 🔴 红灯 4 · 🟡 黄灯 1 · 🟢 绿灯 1 · ⚪ 未评价 5；节点 逾期');
      expect(reply.blocks.length).toBeLessThanOrEqual(50);
      for (const b of reply.blocks) if (b.type === 'section') expect(b.text?.text.length).toBeLessThanOrEqual(3000);
    });

    it('answers in English', async () => {
      const text = await textOf(commandContext({ facts, now, lang: 'en' }));
      expect(text).toContain('45 bn yuan (2022) · ▓▓░░░░░░░░ 21.4% · expected 40% · 18.6 points behind 🟡 · not met');
      expect(text).toContain('down 1 place on the year before (2022) 🔴');
      expect(text).toContain('on schedule 🟢');
      expect(text).toContain('Lights: 🔴 red 4 · 🟡 yellow 1 · 🟢 green 1 · ⚪ not rated 5');
      expect(text).toContain('(by 31 Dec 2022)\n    🔴 no 2022 figure');
    });

    it('judges by the configured thresholds and due-soon days', async () => {
      const thresholds = { ...DEFAULT_THRESHOLDS, yellowPoints: 20, dueSoonDays: 200 };
      const text = await textOf({ ...commandContext({ facts, now }), thresholds });
      expect(text).toContain('落后 18.6 个百分点 🟢');
      expect(text).toContain('🟢 正常（落后不超过 20 个百分点）');
      expect(text).toMatch(/⏰ 2023年12月31日 · 任务28 .* — 还剩 184 天/);
      expect(await textOf(commandContext({ facts, now }))).toMatch(/🗓️ 2023年12月31日 · 任务28 .* — 未到期/);
    });
  });
});
