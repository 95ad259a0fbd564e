import type { ActionsBlock, KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../commands/command.js';
import { unit } from '../../commands/unit.js';
import type { Reply } from '../../src/views/blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from '../../src/views/ids.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, factsOf } from '../support/command-context.js';

const run = async (args: string[], options: Parameters<typeof commandContext>[0] = {}) =>
  unit.run(args, commandContext(options));
const textOf = (reply: Reply) => blocksToText(reply.blocks);

function expectSlackLimits(blocks: KnownBlock[]) {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const b of blocks) if (b.type === 'section') expect(b.text?.text.length).toBeLessThanOrEqual(3000);
}

describe('/zone unit', () => {
  it('finds a unit by full name, short alias, key or multi-word English name', async () => {
    const expected = textOf(await run(['市商务局']));
    for (const args of [['commerce'], ['商务局'], ['Municipal', 'Bureau', 'of', 'Commerce'], ['自贸办']]) {
      expect(textOf(await run(args))).toBe(expected);
    }
  });

  it('lists its tasks in order, marking those it leads, and its own milestones against their deadlines', async () => {
    const reply = await run(['commerce']);
    const text = textOf(reply);
    expect(text).toContain('市商务局 · 责任分工');
    expect(text).toContain('市级部门 · 代号 commerce · 又称 商务局');
    expect(text).toContain('负责的任务（16项，其中牵头 4项）');
    expect(text).toContain('（四）招大引强突破工程\n• 任务13 聚焦招商主责主业\n');
    expect(text).toContain('• 任务17 提升外资利用质量水平 · 牵头');
    expect(text).toContain('• 任务20 推进国际园区合作 · 牵头');
    expect(text.indexOf('任务3 ')).toBeLessThan(text.indexOf('任务13 '));
    expect(text.indexOf('任务13 ')).toBeLessThan(text.indexOf('任务31 '));
    expect(text).toContain('规划期已于 2025年12月31日 结束');
    expect(text).toContain('本单位自己承担的节点（4项）');
    expect(text).toMatch(/🔴 2022年12月31日 · .* — 逾期 1428 天/);
    expect(text).toContain('逾期 4 · 按期完成 0');
    const buttons = reply.blocks.find((b): b is ActionsBlock => b.type === 'actions');
    expect(buttons?.block_id).toBe(BLOCK.unitActions);
    expect(buttons?.elements.map((e) => ('value' in e ? [e.action_id, e.value] : null))).toEqual([
      [RUN_COMMAND_ACTION, 'tasks commerce'],
      [RUN_COMMAND_ACTION, 'tasks commerce overdue'],
    ]);
    expectSlackLimits(reply.blocks);
  });

  it("takes the unit's own report on a milestone, not a zone's", async () => {
    const facts = factsOf(
      [],
      [
        {
          milestone: 's3-city-progress-meeting-2022',
          zone: null,
          state: 'done',
          enteredAt: new Date('2022-12-01T00:00:00Z'),
        },
        {
          milestone: 's3-city-progress-meeting-2023',
          zone: 'xuwei',
          state: 'done',
          enteredAt: new Date('2023-12-01T00:00:00Z'),
        },
      ],
    );
    const text = textOf(await run(['commerce'], { facts }));
    expect(text).toMatch(/✅ 2022年12月31日 · .* — 按期完成/);
    expect(text).toMatch(/🔴 2023年12月31日 · .* — 逾期/);
  });

  it('shows its own milestone sent back as such', async () => {
    const facts = factsOf(
      [],
      [
        {
          milestone: 's3-city-progress-meeting-2022',
          zone: null,
          state: 'returned',
          enteredAt: new Date('2022-12-01T00:00:00Z'),
        },
      ],
    );
    expect(textOf(await run(['commerce'], { facts }))).toMatch(/🔴 2022年12月31日 · .* — 逾期 \d+ 天 · 已退回/);
  });

  it('says what a collective unit stands for', async () => {
    expect(textOf(await run(['各省级开发区']))).toContain(
      '指全部省级开发区：东海开发区、灌云开发区、灌南开发区、赣榆开发区、连云开发区、赣榆海洋开发区、连云港化工园区、灌云临港产业区。',
    );
    expect(textOf(await run(['各县区']))).toContain('东海县（东海开发区）、灌云县（灌云开发区、灌云临港产业区）');
    expect(textOf(await run(['功能板块']))).toContain('指方案中的功能板块：徐圩新区、上合物流园。');
    expect(textOf(await run(['相关省级开发区']))).toContain('东海开发区、灌云开发区、灌南开发区、赣榆开发区。');
    const related = await run(['市相关部门']);
    expect(textOf(related)).toContain('泛指与具体事项相关的市级部门');
    expect(textOf(related)).toContain('方案没有点名由本单位负责的任务。');
    expect(related.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(textOf(await run(['commerce']))).not.toContain('指全部');
  });

  it('lists all 31 tasks of the counties within Slack limits', async () => {
    const reply = await run(['各县区']);
    expect(textOf(reply)).toContain('负责的任务（31项，其中牵头 10项）');
    expect(textOf(reply).match(/^• 任务\d+ /gm)).toHaveLength(31);
    expectSlackLimits(reply.blocks);
  });

  it('answers in English', async () => {
    const text = textOf(await run(['provincial-zones'], { lang: 'en' }));
    expect(text).toContain('Provincial-level development zones · responsibilities');
    expect(text).toContain('各省级开发区 · collective · key provincial-zones');
    expect(text).toContain(
      'Every provincial zone: Donghai Economic Development Zone, Guanyun Economic Development Zone',
    );
    const commerce = textOf(await run(['commerce'], { lang: 'en' }));
    expect(commerce).toContain('Tasks (16, leading 4)');
    expect(commerce).toContain('• Task 17 Improve the quality of foreign investment used · lead');
    expect(commerce).toContain('Every milestone not done is overdue.');
  });
});

describe('/zone unit, bad input', () => {
  it('asks for a unit when none is named', async () => {
    await expect(run([])).rejects.toMatchObject({
      name: 'UsageError',
      message: '请告诉我要查看哪个责任单位。',
      hint: '用法：`/zone unit <责任单位>`',
    });
  });

  it('answers an unknown unit clearly, with the closest where there are any', async () => {
    await expect(run(['不存在的局'])).rejects.toMatchObject({
      name: 'UsageError',
      message: '没有找到责任单位“不存在的局”。',
    });
    await expect(run(['市商物局'])).rejects.toMatchObject({ hint: expect.stringContaining('市商务局') });
    await expect(run(['局'])).rejects.toThrow('“局”对应多个责任单位');
  });

  it('never throws anything but a UsageError, however long or odd the input', async () => {
    await expect(run(['局'.repeat(5000)])).rejects.toThrow(UsageError);
    await expect(run(['\u0000', '\u202e', '\ud800'])).rejects.toThrow(UsageError);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 4 }), async (args) => {
        try {
          expectSlackLimits((await run(args)).blocks);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
        }
      }),
      { numRuns: 200 },
    );
  });
});
