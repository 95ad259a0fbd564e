import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';
import { chineseNumeral } from '../numerals.js';
import { plural } from '../plural.js';

export const common = defineMessages({
  zh: {
    internalError: '抱歉，处理这条指令时出错了，未做任何更改。请稍后再试；如果问题持续，请联系管理员。',
    starting: 'zonebot 正在启动（准备数据库和规划数据），请稍后再试。',
    tooLong: (max: number) => `输入太长了（最多 ${max} 个字符）。`,
    unknownCommand: (word: string) => `没有“${word}”这个指令。`,
    didYouMean: (options: string) => `您是不是想输入：${options}`,
    seeHelp: (line: CommandLine) => `输入 ${line('help')} 查看全部指令。`,
    usage: (line: CommandLine, usage: string) => `用法：${line(usage)}`,
    unknownZone: (q: string) => `没有找到开发区“${q}”。`,
    ambiguousZone: (q: string) => `“${q}”对应多个开发区，请说得更具体些。`,
    zoneCandidates: (list: string) => `可选：${list}`,
    allZonesHint: (line: CommandLine) => `输入 ${line('zones')} 查看全部开发区。`,
    unitNamesHint: (line: CommandLine) =>
      `责任单位可以用全称、简称或英文名，例如 ${line('unit 市商务局')}、${line('unit 商务局')}。`,
    zoneOption: (name: string, slug: string) => `${name}（${slug}）`,
    unknownUnit: (q: string) => `没有找到责任单位“${q}”。`,
    ambiguousUnit: (q: string) => `“${q}”对应多个责任单位，请说得更具体些。`,
    asOf: (date: string) => `截至 ${date}（北京时间）`,
    planRef: (doc: string) => `依据 ${doc}`,
    overflow: (hidden: number) => `还有 ${hidden} 项未显示，请缩小范围查询。`,
    listSeparator: '、',
    task: (n: number) => `任务${n}`,
    /** As the plan heads them: （三）创新体系建设工程. */
    programme: (n: number, title: string) => `（${chineseNumeral(n)}）${title}`,
    none: '无',
    terminal: '服务器终端',
    /** What the encoding read into the plan, beside what it concerns. */
    inferred: (note: string) => `（${note}）`,
    close: '关闭',
  },
  en: {
    internalError:
      'Sorry, something went wrong with that command and nothing was changed. Please try again later, and tell an admin if it keeps happening.',
    starting: 'zonebot is starting up (preparing its database and the plan). Please try again in a moment.',
    tooLong: (max: number) => `That is too long (at most ${max} ${plural(max, 'character', 'characters')}).`,
    unknownCommand: (word: string) => `There is no command "${word}".`,
    didYouMean: (options: string) => `Did you mean: ${options}`,
    seeHelp: (line: CommandLine) => `Type ${line('help')} to see every command.`,
    usage: (line: CommandLine, usage: string) => `Usage: ${line(usage)}`,
    unknownZone: (q: string) => `No development zone matches "${q}".`,
    ambiguousZone: (q: string) => `"${q}" matches more than one zone; please be more specific.`,
    zoneCandidates: (list: string) => `Candidates: ${list}`,
    allZonesHint: (line: CommandLine) => `Type ${line('zones')} to list every zone.`,
    unitNamesHint: (line: CommandLine) =>
      `Name a unit by its Chinese name, short name or English name, e.g. ${line('unit 市商务局')} or ${line('unit commerce')}.`,
    zoneOption: (name: string, slug: string) => `${name} (${slug})`,
    unknownUnit: (q: string) => `No responsible unit matches "${q}".`,
    ambiguousUnit: (q: string) => `"${q}" matches more than one unit; please be more specific.`,
    asOf: (date: string) => `As of ${date} (China Standard Time)`,
    planRef: (doc: string) => `Per ${doc}`,
    overflow: (hidden: number) =>
      `${hidden} more not shown; narrow your question to see ${plural(hidden, 'it', 'them')}.`,
    listSeparator: ', ',
    task: (n: number) => `Task ${n}`,
    programme: (n: number, title: string) => `Programme ${n}: ${title}`,
    none: 'none',
    terminal: 'server terminal',
    inferred: (note: string) => ` (${note})`,
    close: 'Close',
  },
});
