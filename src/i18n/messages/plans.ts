import type { PlanState } from '../../domain/plans.js';
import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

/** `/zone plans` and the `--plan <key>` option every command takes. */
export const plansText = defineMessages({
  zh: {
    usage: 'plans',
    summary: '全部行动方案：代号、文号、期限和状态',
    details: (line: CommandLine) =>
      `${line('plans')} 列出 zonebot 记载的全部方案。指令默认针对现行方案；在任一指令后加 --plan <代号> 可查询其他方案，例如 ${line('status xuwei --plan lyg-2022-32')}。`,
    extra: (line: CommandLine) => `${line('plans')} 不需要其他内容。`,
    title: (n: number) => `行动方案（${n}个）`,
    state: { in_force: '实施中', ended: '已结束', upcoming: '尚未开始' } satisfies Record<PlanState, string>,
    period: (from: string, to: string) => `${from}至${to}`,
    key: (key: string) => `代号 \`${key}\``,
    isDefault: '默认',
    hint: (line: CommandLine, example: string) =>
      `指令默认针对标有“默认”的方案；加 --plan <代号> 查询其他方案，例如 ${line(example)}。`,
    missingKey: '--plan 后面要写方案代号。',
    unknownPlan: (key: string) => `没有代号为“${key}”的方案。`,
    knownPlans: (line: CommandLine, keys: string) => `现有方案：${keys}。输入 ${line('plans')} 查看详情。`,
  },
  en: {
    usage: 'plans',
    summary: 'Every action plan: key, document number, period and state',
    details: (line: CommandLine) =>
      `${line('plans')} lists every plan zonebot holds. Commands answer for the current plan; add --plan <key> to any of them for another, e.g. ${line('status xuwei --plan lyg-2022-32')}.`,
    extra: (line: CommandLine) => `${line('plans')} takes nothing after it.`,
    title: (n: number) => `${n} action ${plural(n, 'plan', 'plans')}`,
    state: { in_force: 'in force', ended: 'ended', upcoming: 'not yet started' } satisfies Record<PlanState, string>,
    period: (from: string, to: string) => `${from} to ${to}`,
    key: (key: string) => `key \`${key}\``,
    isDefault: 'default',
    hint: (line: CommandLine, example: string) =>
      `Commands answer for the plan marked default; add --plan <key> for another, e.g. ${line(example)}.`,
    missingKey: '--plan needs a plan key after it.',
    unknownPlan: (key: string) => `There is no plan with the key "${key}".`,
    knownPlans: (line: CommandLine, keys: string) => `The plans are ${keys}. Type ${line('plans')} for details.`,
  },
});
