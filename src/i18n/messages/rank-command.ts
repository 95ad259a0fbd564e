import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

export const rankCommandText = defineMessages({
  zh: {
    usage: 'rank [YYYY-MM]',
    summary: '某月的开发区综合排名（默认上个月；规划期结束后为最终排名），附排名图',
    details: (line: CommandLine) =>
      `例：${line('rank')}、${line('rank 2025-06')}。已发布过的月份显示当时发布的排名，并注明发布后因数据更正而变化的地方；图表私信发给您，加 \`share\` 发到当前对话。`,
    badMonth: (w: string) => `“${w}”不是月份，请写成 2025-06 这样。`,
    outOfPlan: (from: string, to: string) => `请选择方案期内已结束的月份（${from}至${to}）。`,
    notPosted: '这个月的排名没有定期发布过，以下按现有数据计算。',
  },
  en: {
    usage: 'rank [YYYY-MM]',
    summary:
      "A month's composite ranking of the zones (last month by default; the final one after the plan's end), with its chart",
    details: (line: CommandLine) =>
      `E.g. ${line('rank')}, ${line('rank 2025-06')}. A month that was posted shows the ranking as posted, noting what later corrections have changed; the chart comes to your DM, or add \`share\` to post it here.`,
    badMonth: (w: string) => `"${w}" is not a month; write it like 2025-06.`,
    outOfPlan: (from: string, to: string) => `Choose a month of the plan that has ended (${from} to ${to}).`,
    notPosted: 'This month’s ranking was never posted; it is computed from the figures as they stand.',
  },
});
