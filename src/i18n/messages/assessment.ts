import type { AssessmentKind } from '../../domain/assessment/report.js';
import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

/** `/zone assessment`: the command's help, its errors and its short answer; the report's own words are elsewhere. */
export const assessmentText = defineMessages<{
  usage: string;
  summary: string;
  details: (line: CommandLine) => string;
  badDate: (typed: string) => string;
  missingDate: string;
  /** A day typed where a zone goes: the flag it lacks. */
  dayWithoutFlag: (line: CommandLine, day: string) => string;
  futureDate: (date: string) => string;
  beforePlan: (date: string) => string;
  kindName: Record<AssessmentKind, string>;
  allZones: string;
  /** The answer in the conversation: what was made and, in counts, what it says. */
  made: (kind: string, scope: string, asOf: string) => string;
  sentToYou: string;
  /** Sentences run together as the language writes them. */
  sentences: (parts: string[]) => string;
  fileTitle: (kind: string, scope: string, date: string) => string;
}>({
  zh: {
    usage: 'assessment [开发区] [--as-of YYYY-MM-DD]',
    summary: '生成方案的终期评估报告（规划期内为中期评估），Word 文档',
    details: (line) =>
      `例：${line('assessment')} 全部开发区，${line('assessment xuwei')} 只评估徐圩新区；${line('assessment --as-of 2026-03-31')} 按2026年3月31日24时的数据重现当时的报告（此后的更正不计入）。报告含各项目标的基期值、期末值、目标值和是否达标，各节点任务的截止和完成日期，逐年综合排名和方案考核奖惩规则的推算，以及排名图。文件私信发给您；终端里用 \`--out 报告.docx\` 保存。`,
    badDate: (typed) => `“${typed}”不是日期，请写成 2026-03-31 这样。`,
    missingDate: '--as-of 后面请写日期，例如 --as-of 2026-03-31。',
    dayWithoutFlag: (line, day) =>
      `要按某一天的数据生成报告，请在日期前加 --as-of：${line(`assessment --as-of ${day}`)}。`,
    futureDate: (date) => `${date}还没有到，请选择今天或以前的日期。`,
    beforePlan: (date) => `方案从${date}开始实施，请选择此后的日期。`,
    kindName: { final: '终期评估报告', interim: '中期评估报告' },
    allZones: '全部开发区',
    made: (kind, scope, asOf) => `${kind}已生成：${scope}，${asOf}。`,
    sentToYou: '文件已发到您与 zonebot 的私信，只有您能看到。',
    sentences: (parts) => parts.join(''),
    fileTitle: (kind, scope, date) => `${kind}（${scope}，${date}）`,
  },
  en: {
    usage: 'assessment [zone] [--as-of YYYY-MM-DD]',
    summary: "The plan's final assessment report (an interim one while it runs), as a Word document",
    details: (line) =>
      `E.g. ${line('assessment')} for every zone, ${line('assessment xuwei')} for Xuwei alone; ${line('assessment --as-of 2026-03-31')} makes the report again from the figures as they stood at the end of 31 March 2026 (later corrections left out). The report gives each target's baseline, final figure, goal and verdict, each milestone's due and done dates, the yearly composite rankings and what the plan's rules of assessment say, and the ranking chart. The file comes to your DM; in a terminal save it with \`--out report.docx\`.`,
    badDate: (typed) => `"${typed}" is not a date; write it like 2026-03-31.`,
    missingDate: 'Give a date after --as-of, e.g. --as-of 2026-03-31.',
    dayWithoutFlag: (line, day) =>
      `To make the report as of a day, put --as-of before the date: ${line(`assessment --as-of ${day}`)}.`,
    futureDate: (date) => `${date} has not come yet; choose today or an earlier day.`,
    beforePlan: (date) => `The plan starts on ${date}; choose a day from then on.`,
    kindName: { final: 'Final assessment report', interim: 'Interim assessment report' },
    allZones: 'all zones',
    made: (kind, scope, asOf) => `${kind} ready: ${scope}; ${asOf}.`,
    sentToYou: 'The file is in your direct messages with zonebot, for you alone.',
    sentences: (parts) => parts.join(' '),
    fileTitle: (kind, scope, date) => `${kind} (${scope}, ${date})`,
  },
});
