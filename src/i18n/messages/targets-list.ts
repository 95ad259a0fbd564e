import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

/** `/zone targets`: the plan's targets, all together or for one zone. */
export const targetsListText = defineMessages({
  zh: {
    usage: 'targets [开发区]',
    summary: '方案的全部量化目标及完成情况，或某个开发区的目标',
    details: (line: CommandLine) =>
      `${line('targets')} 按发展目标和各项任务列出全部量化目标及汇总进度；${line('targets xuwei')} 或 ${line('targets 徐圩新区')} 只看一个开发区的目标，并附方案原文。`,
    extra: (line: CommandLine, typed: string) => `看不懂“${typed}”：${line('targets')} 后面最多跟一个开发区。`,
    title: (n: number) => `量化目标（${n}项）`,
    zoneTitle: (zone: string) => `${zone} · 量化目标`,
    planEnded: (date: string) => `⚠️ *规划期已于 ${date} 结束。* 以下是各项目标的期末对照情况，未达标的即未完成。`,
    goals: '*发展目标*',
    task: (label: string, title: string) => `*${label} ${title}*`,
    allZonesEach: '各开发区',
    levelEach: (level: string) => `各${level}`,
    except: (names: string) => `除${names}外的各开发区`,
    who: (names: string) => `${names}：`,
    tally: (met: number, metBy: string, reported: number, of: number, final: boolean) =>
      `已达标 ${met}/${of}${metBy ? `（${metBy}）` : ''} · ${final ? '已报期末数据' : '已报'} ${reported}/${of}`,
    named: (n: number, names: string) => `${n}（${names}）`,
    own: (n: number) => `*本区目标*（${n}项）`,
    noOwn: '方案没有为本区单列量化目标。',
    shared: (n: number) => `*共同目标*（${n}项，各开发区合计完成）`,
    source: (text: string) => `原文：“${text}”`,
    more: (line: CommandLine) => `输入 ${line('targets <开发区>')} 查看某个开发区的目标和方案原文。`,
    showStatus: '本区进展',
    allTargets: '全部目标',
  },
  en: {
    usage: 'targets [zone]',
    summary: "The plan's quantitative targets and where they stand, or one zone's",
    details: (line: CommandLine) =>
      `${line('targets')} lists every target, under the development goals and task by task, with progress so far; ${line('targets xuwei')} or ${line('targets 徐圩新区')} shows one zone's targets with the plan's own words.`,
    extra: (line: CommandLine, typed: string) => `I can't read "${typed}": ${line('targets')} takes at most one zone.`,
    title: (n: number) => `Quantitative targets (${n})`,
    zoneTitle: (zone: string) => `${zone} · targets`,
    planEnded: (date: string) =>
      `⚠️ *The plan period ended on ${date}.* Below is where each target stood at its end; a target not met was missed.`,
    goals: '*Development goals*',
    task: (label: string, title: string) => `*${label}: ${title}*`,
    allZonesEach: 'Each zone',
    levelEach: (level: string) => `Each ${level}`,
    except: (names: string) => `Each zone except ${names}`,
    who: (names: string) => `${names}: `,
    tally: (met: number, metBy: string, reported: number, of: number, final: boolean) =>
      `met ${met}/${of}${metBy ? ` (${metBy})` : ''} · ${final ? 'final figures in' : 'reported'} ${reported}/${of}`,
    named: (n: number, names: string) => `${n} (${names})`,
    own: (n: number) => `*This zone's targets* (${n})`,
    noOwn: 'The plan sets no quantitative target for this zone alone.',
    shared: (n: number) => `*Shared targets* (${n}, met by all zones together)`,
    source: (text: string) => `Plan text: “${text}”`,
    more: (line: CommandLine) => `Type ${line('targets <zone>')} for one zone's targets with the plan's own words.`,
    showStatus: 'Zone status',
    allTargets: 'All targets',
  },
});
