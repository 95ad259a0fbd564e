import type { ActionsBlock, KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../commands/command.js';
import { dispatch } from '../../commands/dispatch.js';
import { COMMANDS } from '../../commands/index.js';
import { task } from '../../commands/task.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../../src/views/blocks.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, factsOf } from '../support/command-context.js';

const show = async (n: string, options: Parameters<typeof commandContext>[0] = {}) =>
  blocksToText((await task.run([n], commandContext(options))).blocks);

const buttons = (blocks: KnownBlock[]) =>
  blocks
    .filter((b): b is ActionsBlock => b.type === 'actions')
    .flatMap((b) => b.elements.map((e) => 'value' in e && e.value));

describe('/zone task', () => {
  it('shows task 19 in full: programme, text, units with the lead, the 8 zones and the overdue milestone', async () => {
    const reply = await task.run(['19'], commandContext());
    const text = blocksToText(reply.blocks);
    expect(text).toContain('任务19 · 完善开发区开放功能');
    expect(text).toContain('（五）开放水平提升工程');
    expect(text).toContain('依据 连政发〔2022〕32号');
    expect(text).toContain('截至 2026年11月28日');
    expect(text).toContain('规划期已于 2025年12月31日 结束');
    expect(text).toContain('2022年9月底前市开发区、市高新区、徐圩新区');
    expect(text).toContain(
      '责任单位：市商务局(自贸办)（牵头）、自贸试验区连云港片区管委会、各县区、功能板块、相关省级开发区',
    );
    expect(text).toContain(
      '点名开发区（8个）：市开发区、市高新区、徐圩新区、上合物流园、东海开发区、灌云开发区、灌南开发区、赣榆开发区',
    );
    expect(text).toMatch(/🔴 2022年9月30日 · 制定自贸试验区联动创新发展区平台建设方案/);
    expect(text).toContain('8个开发区：已逾期 8（逾期 1520 天）');
    expect(buttons(reply.blocks)).toEqual(['progress 19', 'task 18', 'task 20', 'tasks programme 5']);
  });

  it('answers in English, keeping the plan text in Chinese', async () => {
    const text = await show('19', { lang: 'en' });
    expect(text).toContain("Task 19 · Improve zones' opening-up functions");
    expect(text).toContain('Programme 5: Opening-up Upgrading Programme');
    expect(text).toContain("The plan's text (Chinese original)");
    expect(text).toContain('2022年9月底前市开发区');
    expect(text).toContain('Responsible units: Municipal Bureau of Commerce (lead), Administrative Committee');
    expect(text).toMatch(
      /Zones named \(8\): Lianyungang Economic and Technological Development Zone, .*, Xuwei New Area, /,
    );
    expect(text).toContain('30 Sep 2022 · Draw up the platform plan');
    expect(text).toContain('8 zones: overdue 8 (1520 days overdue)');
    expect(text).toContain('The plan period ended on 31 Dec 2025');
  });

  it("lists task 13's units in the plan's order and reads its yearly targets zone by zone", async () => {
    const text = await show('13');
    expect(text).toContain('责任单位：各县区（牵头）、功能板块、各省级开发区、市商务局');
    expect(text).toContain('点名开发区（4个）：市开发区、徐圩新区、连云开发区、赣榆海洋开发区');
    expect(text).toContain('方案没有为这项任务设定有期限的节点。');
    expect(text).toContain('量化目标（3项）');
    expect(text).toContain('每年百亿元以上项目不少于2个');
    expect(text).toContain('2个开发区中 0 个已达标 · 0/2 个已报数');
    expect(text).toContain('8个开发区中 0 个已达标 · 0/8 个已报数');
    const en = await show('13', { lang: 'en' });
    expect(en).toContain(
      'Responsible units: County and district governments (lead), Functional boards, Provincial-level development zones, Municipal Bureau of Commerce',
    );
  });

  it('counts milestones reported done, on time or late, across the owing zones', async () => {
    const facts = factsOf(
      [],
      [
        {
          milestone: 't19-ftz-linkage-plan',
          zone: 'xuwei',
          state: 'done',
          enteredAt: new Date('2022-09-20T00:00:00Z'),
        },
        {
          milestone: 't19-ftz-linkage-plan',
          zone: 'kaifaqu',
          state: 'done',
          enteredAt: new Date('2023-02-01T00:00:00Z'),
        },
      ],
    );
    expect(await show('19', { facts })).toContain('8个开发区：已逾期 6 · 逾期完成 1 · 按期完成 1（逾期 1520 天）');
  });

  it("counts the zones whose done awaits confirmation or was sent back, and names one zone's state", async () => {
    const report = (zone: string, state: 'awaiting_confirmation' | 'returned') => ({
      milestone: 't19-ftz-linkage-plan',
      zone,
      state,
      enteredAt: new Date('2022-09-20T00:00:00Z'),
    });
    const facts = factsOf(
      [],
      [
        report('xuwei', 'awaiting_confirmation'),
        report('gaoxin', 'awaiting_confirmation'),
        report('kaifaqu', 'returned'),
      ],
    );
    expect(await show('19', { facts })).toContain('8个开发区：已逾期 8（逾期 1520 天） · 待确认 2 · 已退回 1');
    expect(await show('19', { facts, lang: 'en' })).toContain(
      '8 zones: overdue 8 (1520 days overdue) · 2 awaiting confirmation · 1 sent back',
    );
    const one = factsOf([], [{ ...report('xuwei', 'awaiting_confirmation'), milestone: 't28-xuwei-clean-heating' }]);
    expect(await show('28', { facts: one })).toMatch(/徐圩新区：已逾期（逾期 \d+ 天） · 待确认/);
  });

  it("reads a unit-owed milestone from the unit's own report", async () => {
    expect(await show('25')).toContain('市发改委：已逾期（逾期 1520 天）');
    const facts = factsOf(
      [],
      [{ milestone: 't25-credit-supervision', zone: null, state: 'done', enteredAt: new Date('2022-09-29T00:00:00Z') }],
    );
    const text = await show('25', { facts });
    expect(text).toContain('市发改委：按期完成');
    expect(text).toContain('全部12个开发区：已逾期 12');
  });

  it("reads targets: the zones together, each zone's, and the city's own figure", async () => {
    const facts = factsOf([
      { zone: null, indicator: 'listed_companies', period: '2025', value: 17 },
      // Due by 30 June 2022: the June figure counts, not the year's end.
      { zone: 'xuwei', indicator: 'economic_agency_share', period: '2022-06', value: 65 },
      { zone: 'kaifaqu', indicator: 'economic_agency_share', period: '2022-06', value: 50 },
      { zone: 'gaoxin', indicator: 'economic_agency_share', period: '2022', value: 70 },
    ]);
    expect(await show('7', { facts })).toMatch(/全市上市公司总数不低于16家.*\n.*17家（2025年） .* 🟢 · ✅ 已达标/);
    expect(await show('7')).toMatch(/全市上市公司总数不低于16家.*\n {4}🔴 缺少2025年数据/);
    expect(await show('2', { facts })).toContain('12个开发区中 1 个已达标 · 2/12 个已报数');
  });

  it('writes a 100% rate as the plan does, not as "at least 100%"', async () => {
    const zh = await show('24');
    expect(zh).toContain('安全风险评估完成率100%（2022年12月31日前）');
    expect(zh).toContain('集约化可视化安全监管信息共享平台建成率100%（2022年12月31日前）');
    expect(zh).not.toContain('不低于100%');
    expect(await show('2')).toContain('承担经济发展、科技创新和营商环境优化等职责的机构比例不低于60%');
    const en = await show('24', { lang: 'en' });
    expect(en).toContain('Safety risk assessments completed 100% (by 31 Dec 2022)');
    expect(en).not.toContain('at least 100%');
  });

  it('offers no previous button on the first task and no next one on the last', async () => {
    expect(buttons((await task.run(['1'], commandContext())).blocks)).toEqual([
      'progress 1',
      'task 2',
      'tasks programme 1',
    ]);
    expect(buttons((await task.run(['31'], commandContext())).blocks)).toEqual(['task 30', 'tasks programme 9']);
  });

  it('keeps every task within Slack limits, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (let n = 1; n <= 31; n++) {
        const { blocks } = await task.run([String(n)], commandContext({ lang }));
        expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
        for (const b of blocks)
          if (b.type === 'section') expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      }
    }
  });

  it('accepts full-width digits and the ways people write a task number', async () => {
    const lines = [
      'task １９',
      'task #19',
      '任务 任务19',
      'task 第19项',
      '任务 十九',
      'task 任务十九',
      'task 第十九项',
    ];
    for (const line of [...lines, '任务 任务 十九', 'task 第 19 项', '任务 第 十九 项', 'task 一十九']) {
      const outcome = await dispatch([task], line, commandContext());
      expect(outcome.ok).toBe(true);
      expect(blocksToText(outcome.reply.blocks)).toContain('任务19 · 完善开发区开放功能');
    }
  });

  const bad: [string[], RegExp, RegExp][] = [
    [[], /请告诉我要查看第几项任务/, /Which task\?/],
    [['0'], /没有任务0：方案共有任务1—31/, /no task 0: the plan has tasks 1–31/],
    [['32'], /没有任务32：方案共有任务1—31/, /no task 32: the plan has tasks 1–31/],
    [['三十二'], /没有任务三十二：方案共有任务1—31/, /no task 三十二: the plan has tasks 1–31/],
    [['十十'], /“十十”不是任务编号/, /"十十" is not a task number/],
    [['任务'], /“任务”不是任务编号/, /"任务" is not a task number/],
    [['abc'], /“abc”不是任务编号/, /"abc" is not a task number/],
    [['19x'], /“19x”不是任务编号/, /"19x" is not a task number/],
    [['-1'], /“-1”不是任务编号/, /"-1" is not a task number/],
    [['1.5'], /“1.5”不是任务编号/, /"1.5" is not a task number/],
    [['19', 'xuwei'], /多余的内容“xuwei”/, /Unexpected "xuwei"/],
  ];
  it.each(bad)('rejects %j with a clear message in either language', async (args, zh, en) => {
    for (const [lang, message] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const error = await task.run(args, commandContext({ lang })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toMatch(message);
      expect((error as UsageError).hint).toMatch(lang === 'zh' ? /1—31/ : /1 to 31/);
    }
  });

  it('answers any input with a task or a UsageError, never another error', async () => {
    const token = fc.oneof(fc.integer({ min: -5, max: 40 }).map(String), fc.string({ minLength: 1, maxLength: 5 }));
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 3 }), async (args) => {
        await task.run(args, commandContext()).catch((error: unknown) => expect(error).toBeInstanceOf(UsageError));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a Chinese command word run into its argument', () => {
  it.each(['任务十九', '任务19'])('reads %s as task 19', async (line) => {
    const outcome = await dispatch(COMMANDS, line, commandContext());
    expect(outcome.ok).toBe(true);
    expect(blocksToText(outcome.reply.blocks)).toContain('任务19');
  });

  it('keeps 任务清单 the task list', async () => {
    const outcome = await dispatch(COMMANDS, '任务清单', commandContext());
    expect(blocksToText(outcome.reply.blocks)).toContain('任务清单');
  });
});
