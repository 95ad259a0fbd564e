import type { KnownBlock, SectionBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../commands/command.js';
import { dispatch } from '../../commands/dispatch.js';
import { tasks } from '../../commands/tasks.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../../src/views/blocks.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { type ContextOptions, commandContext, factsOf } from '../support/command-context.js';

const list = async (line: string, options: ContextOptions = {}) => {
  const reply = await tasks.run(line.split(' ').filter(Boolean), commandContext(options));
  return { reply, text: blocksToText(reply.blocks) };
};

/** The task numbers listed, in order: 任务19 … or Task 19 … at the start of a line. */
const listed = (text: string) => [...text.matchAll(/^(?:任务|Task )(\d+) /gmu)].map((m) => Number(m[1]));

const values = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) =>
    b.type === 'actions'
      ? b.elements.map((e) => ('value' in e ? e.value : ''))
      : b.type === 'section' && b.accessory && 'value' in b.accessory
        ? [b.accessory.value]
        : [],
  );

const XUWEI_OVERDUE = [1, 2, 7, 8, 10, 11, 14, 15, 19, 22, 23, 25, 28];

describe('/zone tasks', () => {
  it('lists all 31 tasks by programme when no filter is given', async () => {
    const { reply, text } = await list('');
    expect(text).toContain('方案全部任务：共 31 项');
    expect(listed(text)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(text).toMatch(
      /（一）体制机制优化工程\n任务1 规范职能定位,理顺职责关系 — 🔴 1项节点逾期（2022年9月30日到期；方案未写明由谁理顺，按本任务的责任单位和各开发区计）/,
    );
    expect(text).toContain('（九）开发区干部能力提升工程\n任务31 加强开发区干部能力建设 — 没有限期节点');
    expect(text).toContain(
      '任务28 提升公用设施建设水平 — 🔴 3项节点逾期（最早于2023年12月31日到期；方案写作“2023年开工建设”，按2023年底前开工计）',
    );
    expect(text).toContain('输入 /zone task <编号> 查看任务全文');
    expect(values(reply.blocks)).toEqual(['tasks overdue']);
  });

  it('lists the tasks with milestones 徐圩新区 has let pass, in Chinese and English', async () => {
    const zh = await list('xuwei overdue');
    expect(zh.text).toContain('任务清单 · 徐圩新区 · 逾期');
    expect(zh.text).toContain('涉及徐圩新区、有逾期节点的任务：共 13 项');
    expect(zh.text).toContain('规划期已于 2025年12月31日 结束，未完成的节点均已逾期。');
    expect(listed(zh.text)).toEqual(XUWEI_OVERDUE);
    expect(values(zh.reply.blocks)).toEqual(['status xuwei', 'tasks xuwei']);
    const en = await list('Xuwei New Area overdue', { lang: 'en' });
    expect(en.text).toContain('Tasks · Xuwei New Area · overdue');
    expect(en.text).toContain('13 tasks concerning Xuwei New Area, with overdue milestones');
    expect(en.text).toContain("Task 19 Improve zones' opening-up functions — 🔴 1 milestone overdue (due 30 Sep 2022)");
    expect(listed(en.text)).toEqual(XUWEI_OVERDUE);
  });

  it('shrinks the overdue list as milestones are reported done', async () => {
    const facts = factsOf(
      [],
      [
        {
          milestone: 't19-ftz-linkage-plan',
          zone: 'xuwei',
          state: 'done',
          enteredAt: new Date('2023-01-01T00:00:00Z'),
        },
      ],
    );
    const { text } = await list('徐圩 逾期', { facts });
    expect(text).toContain('共 12 项');
    expect(listed(text)).toEqual(XUWEI_OVERDUE.filter((n) => n !== 19));
  });

  it('keeps a done awaiting confirmation overdue, and says it awaits confirmation', async () => {
    const facts = factsOf(
      [],
      [
        {
          milestone: 't19-ftz-linkage-plan',
          zone: 'xuwei',
          state: 'awaiting_confirmation',
          enteredAt: new Date('2022-09-20T00:00:00Z'),
        },
      ],
    );
    const { text } = await list('徐圩 逾期', { facts });
    expect(listed(text)).toEqual(XUWEI_OVERDUE);
    expect(text).toContain('任务19 完善开发区开放功能 — 🔴 1项节点逾期（2022年9月30日到期） · 待确认 1');
    const en = await list('xuwei overdue', { facts, lang: 'en' });
    expect(en.text).toContain('— 🔴 1 milestone overdue (due 30 Sep 2022) · 1 awaiting confirmation');
  });

  it("lists a unit's tasks", async () => {
    const { text } = await list('市商务局');
    expect(text).toContain('市商务局负责的任务：共 16 项');
    expect(listed(text)).toEqual([3, 6, 8, 13, 14, 15, 16, 17, 18, 19, 20, 23, 24, 27, 30, 31]);
    const en = await list('Municipal Bureau of Commerce', { lang: 'en' });
    expect(en.text).toContain('16 tasks with Municipal Bureau of Commerce responsible');
  });

  it('lists programme 5 as tasks 17–20, each with a button to open it', async () => {
    for (const line of [
      'programme 5',
      'program 5',
      '工程 5',
      '工程 五',
      '工程五',
      '第五项工程',
      '工程 （五）',
      '工程(五)',
    ]) {
      const { reply, text } = await list(line);
      expect(text).toContain('属于（五）开放水平提升工程的任务：共 4 项');
      expect(text).toMatch(/^任务清单 · （五）开放水平提升工程\n/);
      expect(listed(text)).toEqual([17, 18, 19, 20]);
      expect(values(reply.blocks)).toEqual(['task 17', 'task 18', 'task 19', 'task 20', 'tasks overdue programme 5']);
    }
  });

  it('heads a programme as the plan numbers it, in Chinese and English', async () => {
    expect((await list('工程 三')).text).toMatch(/^任务清单 · （三）创新体系建设工程\n/);
    expect((await list('programme 3', { lang: 'en' })).text).toMatch(
      /^Tasks · Programme 3: Innovation System Building Programme\n/,
    );
  });

  it('combines filters in any order', async () => {
    for (const line of ['xuwei commerce programme 5 overdue', 'overdue 工程 5 市商务局 徐圩']) {
      const { text } = await list(line);
      expect(text).toContain('涉及徐圩新区、市商务局负责、属于（五）开放水平提升工程、有逾期节点的任务：共 1 项');
      expect(listed(text)).toEqual([19]);
    }
  });

  it('says why nothing is due within 30 days: the plan period has ended', async () => {
    for (const line of ['徐圩 due 30d', 'xuwei due 30', '徐圩 到期 30', '徐圩 30天内到期', 'xuwei due 30 days']) {
      const { reply, text } = await list(line);
      expect(text).toContain('涉及徐圩新区、30天内有节点到期的任务：共 0 项');
      expect(text).toContain('规划期已于 2025年12月31日 结束，所有节点的期限都已过去');
      expect(listed(text)).toEqual([]);
      expect(values(reply.blocks)).toEqual(['status xuwei', 'tasks xuwei overdue', 'tasks xuwei']);
    }
    expect((await list('xuwei due 30d', { lang: 'en' })).text).toContain('The plan period ended on 31 Dec 2025');
  });

  it('lists what falls due soon while the plan runs', async () => {
    const { text } = await list('徐圩 到期 30', { now: new Date('2022-06-10T02:00:00Z') });
    expect(listed(text)).toEqual([2, 7, 11, 23, 25]);
    expect(text).toContain('任务2 规范内部架构,实行机构精干和扁平化管理 — ⏰ 下一节点 2022年6月30日：完成内设机构优化');
    expect(text).not.toContain('规划期已于');
  });

  it('says when no task meets the conditions at all, or none is overdue', async () => {
    expect((await list('xuwei programme 9')).text).toContain('方案中没有同时满足这些条件的任务。');
    const reports = ['kaifaqu', 'gaoxin', 'xuwei', 'shanghe', 'donghai', 'guanyun', 'guannan', 'ganyu'].map((zone) => ({
      milestone: 't19-ftz-linkage-plan',
      zone,
      state: 'done' as const,
      enteredAt: new Date('2022-09-01T00:00:00Z'),
    }));
    const { text } = await list('commerce programme 5 overdue', { facts: factsOf([], reports) });
    expect(listed(text)).toEqual([20]);
    const none = await list('xuwei programme 5 overdue', { facts: factsOf([], reports) });
    expect(none.text).toContain('这 2 项任务都没有逾期节点。');
  });

  it('reads full-width input', async () => {
    const outcome = await dispatch([tasks], 'tasks　ｘｕｗｅｉ　ｏｖｅｒｄｕｅ　工程　５', commandContext());
    expect(outcome.ok).toBe(true);
    expect(listed(blocksToText(outcome.reply.blocks))).toEqual([19]);
  });

  it('stays within Slack limits for every zone and deadline, in both languages', async () => {
    const zones = [
      '',
      'kaifaqu',
      'gaoxin',
      'xuwei',
      'shanghe',
      'donghai',
      'guanyun',
      'guannan',
      'ganyu',
      'lianyun',
      'ganyu-haiyang',
      'huagong',
      'guanyun-lingang',
    ];
    for (const lang of ['zh', 'en'] as const) {
      for (const zone of zones) {
        for (const deadline of ['', 'overdue', 'due 3650']) {
          const { reply } = await list(`${zone} ${deadline}`, { lang, now: new Date('2022-01-01T00:00:00Z') });
          expect(reply.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
          for (const b of reply.blocks.filter((x): x is SectionBlock => x.type === 'section')) {
            expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(MAX_SECTION_TEXT);
          }
        }
      }
    }
  });

  const bad: [string, RegExp, RegExp][] = [
    ['foo', /“foo”既不是开发区、责任单位，也不是筛选条件/, /"foo" is neither a zone, a responsible unit nor a filter/],
    ['连云港', /“连云港”对应多个开发区或责任单位/, /"连云港" matches more than one zone or unit/],
    ['19', /单独的“19”不清楚是指什么/, /not clear what "19" on its own means/],
    ['due', /“到期”后面缺少天数/, /"due" needs a number of days/],
    ['due 0', /“0”不是有效的天数/, /"0" is not a number of days/],
    ['due 3651', /“3651”不是有效的天数/, /"3651" is not a number of days/],
    ['due -5', /“-5”不是有效的天数/, /"-5" is not a number of days/],
    ['due xuwei', /“xuwei”不是有效的天数/, /"xuwei" is not a number of days/],
    [
      'programme',
      /“工程”后面缺少编号：方案的工程从（一）编到（九），例如 `\/zone tasks 工程 五`/,
      /"programme" needs a number: the plan has programmes 1–9/,
    ],
    ['programme 10', /没有第“10”项工程/, /no programme "10"/],
    ['工程 十', /没有第“十”项工程/, /no programme "十"/],
    ['xuwei kaifaqu', /一次只能按一个开发区筛选/, /one zone at a time/],
    ['市商务局 市财政局', /一次只能按一个责任单位筛选/, /one unit at a time/],
    ['programme 5 programme 6', /一次只能按一项工程筛选/, /one programme at a time/],
    ['overdue due 30', /“逾期”和“到期”只能选一个/, /either overdue or due/],
  ];
  it.each(bad)('rejects "%s" with a clear message in either language', async (line, zh, en) => {
    for (const [lang, message] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const error = await list(line, { lang }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toMatch(message);
    }
  });

  it('suggests the closest names for a misspelt zone', async () => {
    const error = await list('xuwie').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).hint).toContain('徐圩新区（xuwei）');
  });

  it('answers any mix of words with a list or a UsageError, never another error', async () => {
    const words = [
      'xuwei',
      '徐圩',
      '市商务局',
      'commerce',
      'overdue',
      '逾期',
      'due',
      '到期',
      '30',
      '30d',
      '0',
      'programme',
      '工程',
      '五',
      '5',
      '10',
      'Xuwei',
      'New',
      'Area',
      'foo',
      '(五)',
      '-1',
    ];
    const token = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ minLength: 1, maxLength: 6 }).filter((t) => !/\s/u.test(t)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (args) => {
        try {
          const reply = await tasks.run(args, commandContext());
          expect(reply.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
