import { describe, expect, it } from 'vitest';
import { status } from '../../commands/status.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, factsOf } from '../support/command-context.js';

describe('/zone status', () => {
  it('shows a zone with no figures: its targets say so, its milestones are overdue after the plan ended', async () => {
    const reply = await status.run(['xuwei'], commandContext());
    const text = blocksToText(reply.blocks);
    expect(text).toContain('徐圩新区 · 推进情况');
    expect(text).toContain('规划期已于 2025年12月31日 结束');
    expect(text).toContain('地区生产总值超过1,000亿元（2025年12月31日前）');
    expect(text).toContain('暂无数据');
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
    expect(text).toMatch(/1,100亿元（2025年）.*完成 110%.*已达标/);
    expect(text).toMatch(/✅ 2023年12月31日 · 任务28 .* — 按期完成/);
  });

  it('answers in English', async () => {
    const text = blocksToText((await status.run(['kaifaqu'], commandContext({ lang: 'en' }))).blocks);
    expect(text).toContain('Lianyungang Economic and Technological Development Zone · status');
    expect(text).toContain('Gross domestic product more than 80 bn yuan (by 31 Dec 2025)');
    expect(text).toContain('no figures yet');
  });
});
