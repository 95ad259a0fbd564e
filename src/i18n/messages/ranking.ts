import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

/** The monthly composite ranking: numbers come formatted, ranks and counts as numbers for their grammar. */
export const rankingText = defineMessages({
  zh: {
    title: (month: string) => `${month} 开发区综合排名`,
    chartSubtitle: '综合得分（满分100）· 较上月名次变化',
    zoneCount: (n: number) => `共 ${n} 个开发区`,
    rank: (rank: number, tied: boolean) => `第${rank}名${tied ? '（并列）' : ''}`,
    unranked: '未排名',
    score: (score: string) => `${score}分`,
    unscored: '未评分（尚无到期的目标或节点）',
    parts: (targets: string, milestones: string) => `（目标 ${targets} · 节点 ${milestones}）`,
    noPart: '—',
    up: (n: number) => `进位 ↑${n}`,
    down: (n: number) => `退位 ↓${n}`,
    same: '持平',
    new: '新上榜',
    interviewWarning: (months: number) => `⚠️ 约谈整改预警（月度排名连续${months}个月退位）`,
    commendationCandidate: (months: number) => `⭐ 通报表彰候选（月度排名连续${months}个月进位）`,
    officialTag: { interview: '🏛 约谈整改', commendation: '🏛 通报表彰' },
    formula: (targets: string, milestones: string) =>
      `综合得分 = 目标得分 × ${targets} + 节点得分 × ${milestones}（满分100，各项取一位小数）；只有其中一项的开发区按该项计；得分相同的名次并列。`,
    targetsRule: (lateCredit: string, notMetCap: string) =>
      `目标得分：本区各项目标（不含各开发区合计完成的共同目标）得分的平均数。到期前，按实际进度 ÷ 序时进度计（最多满分）；位次等没有序时路径的按亮灯计（🟢 满分 · 🟡 一半 · 🔴 0）。到期后，达标得满分，未达标按完成比例计（最多 ${notMetCap}），缺少期末数据得0；逐年目标按达标年份所占比例计。暂无数据或缺少基期、无法评价的目标得0。` +
      `节点得分：截至月末已到期的节点中，按期完成计满分，逾期完成计 ${lateCredit}，未完成计0。`,
    warningsNote: (falls: number, rises: number) =>
      `⚠️ 约谈整改预警（月度排名连续${falls}个月退位）和 ⭐ 通报表彰候选（连续${rises}个月进位）是本机器人根据自己的月度排名作出的预警提示，不是考核结论。`,
    officialHeading: (year: number) =>
      `*方案考核规则的推算*：按方案“组织保障（二）严格考核奖惩”的规则，对截至${year}年的省级开发区综合考评位次推算（🏛），不是本机器人的月度排名，正式结论以考核部门通报为准。`,
    interviewRule: (years: number, says: string, note?: string) =>
      `约谈整改：连续${years}年退位（方案原文：“${says}”${note ? `；${note}` : ''}）`,
    commendationRule: (years: number, says: string, note?: string) =>
      `通报表彰：连续${years}年进位（方案原文：“${says}”${note ? `；${note}` : ''}）`,
    officialLine: (zone: string, rule: string, moves: string) => `• ${zone}：${rule} — ${moves}`,
    move: (year: number, from: number, to: number) => `${year}年 第${from}位→第${to}位`,
    moveSeparator: '，',
    rule: { interview: '约谈整改', commendation: '通报表彰' },
    noOfficialFlags: (year: number) => `截至${year}年的省级考评位次中，没有开发区符合约谈整改或通报表彰的规则。`,
    noProvincialRanks: '尚无省级开发区综合考评位次数据，方案的考核规则暂无从推算。',
    corrections: '⚠️ *发布后数据有更正*（按现有数据重算本月）：',
    correction: (zone: string, changes: string) => `• ${zone} ${changes}`,
    scoreChange: (from: string, to: string) => `得分 ${from} → ${to}`,
    rankChange: (from: string, to: string) => `名次 ${from} → ${to}`,
    changeSeparator: '，',
    summary: (title: string, top: string) => `${title}：${top}`,
    summaryEntry: (rank: string, zone: string, score: string) => `${rank} ${zone}（${score}）`,
    summaryWarnings: (interview: number, commendation: number) =>
      `约谈整改预警 ${interview} 个，通报表彰候选 ${commendation} 个`,
    summaryOfficial: (interview: number, commendation: number) =>
      `按方案考核规则推算：约谈整改 ${interview} 个，通报表彰 ${commendation} 个`,
    summarySeparator: '；',
  },
  en: {
    title: (month: string) => `Development zone composite ranking, ${month}`,
    chartSubtitle: 'Composite score (out of 100) · places moved since last month',
    zoneCount: (n: number) => `${n} ${plural(n, 'zone', 'zones')}`,
    rank: (rank: number, tied: boolean) => `#${rank}${tied ? ' (tied)' : ''}`,
    unranked: 'not ranked',
    score: (score: string) => `score ${score}`,
    unscored: 'no score (no target or milestone due yet)',
    parts: (targets: string, milestones: string) => ` (targets ${targets} · milestones ${milestones})`,
    noPart: '—',
    up: (n: number) => `↑ up ${n} ${plural(n, 'place', 'places')}`,
    down: (n: number) => `↓ down ${n} ${plural(n, 'place', 'places')}`,
    same: 'unchanged',
    new: 'new',
    interviewWarning: (months: number) =>
      `⚠️ interview warning (down in the monthly ranking ${months} ${plural(months, 'month', 'months')} running)`,
    commendationCandidate: (months: number) =>
      `⭐ commendation candidate (up in the monthly ranking ${months} ${plural(months, 'month', 'months')} running)`,
    officialTag: { interview: '🏛 interview and rectification', commendation: '🏛 public commendation' },
    formula: (targets: string, milestones: string) =>
      `Composite score = targets score × ${targets} + milestones score × ${milestones} (out of 100, each to one decimal). A zone with only one of the two is scored on that one; equal scores share a rank.`,
    targetsRule: (lateCredit: string, notMetCap: string) =>
      `Targets score: the mean of the zone's own targets (not those the zones meet together). Before a target's date, actual progress ÷ 序时进度 (time-proportional progress), at most full marks; a target with no path, such as a rank, by its light (🟢 full · 🟡 half · 🔴 nothing). After its date, met is full marks, not met the share of the way it went (at most ${notMetCap}), and a missing final figure nothing; a yearly target the share of its years met. A target that cannot be judged (no figures, no baseline) scores nothing. ` +
      `Milestones score: of the zone's milestones due by the month's end, one done on time counts in full, one done late for ${lateCredit}, one not done for nothing.`,
    warningsNote: (falls: number, rises: number) =>
      `⚠️ interview warnings (down ${falls} ${plural(falls, 'month', 'months')} running) and ⭐ commendation candidates (up ${rises} ${plural(rises, 'month', 'months')} running) are this bot's early warnings from its own monthly rankings, not an assessment verdict.`,
    officialHeading: (year: number) =>
      `*The plan's assessment rules, applied*: the plan's rules for strict assessment (organisational safeguards, item 2) applied to the provincial assessment ranks up to ${year} (🏛). This is not the bot's monthly ranking; the official verdict is the assessment authorities' to announce.`,
    // The plan's own words are Chinese; an English reader is told what they set, and what was read into them.
    interviewRule: (years: number, _says: string, note?: string) =>
      `interview and rectification: down ${years} ${plural(years, 'year', 'years')} running${note ? ` (${note})` : ''}`,
    commendationRule: (years: number, _says: string, note?: string) =>
      `public commendation: up ${years} ${plural(years, 'year', 'years')} running${note ? ` (${note})` : ''}`,
    officialLine: (zone: string, rule: string, moves: string) => `• ${zone}: ${rule} — ${moves}`,
    move: (year: number, from: number, to: number) => `${year}: rank ${from} → ${to}`,
    moveSeparator: ', ',
    rule: { interview: 'interview and rectification', commendation: 'public commendation' },
    noOfficialFlags: (year: number) =>
      `In the provincial ranks up to ${year}, no zone meets the rule for interview or for commendation.`,
    noProvincialRanks: 'There are no provincial assessment ranks yet to apply the plan’s assessment rules to.',
    corrections: '⚠️ *Data corrected since this was posted* (this month recomputed from the figures now held):',
    correction: (zone: string, changes: string) => `• ${zone}: ${changes}`,
    scoreChange: (from: string, to: string) => `score ${from} → ${to}`,
    rankChange: (from: string, to: string) => `rank ${from} → ${to}`,
    changeSeparator: ', ',
    summary: (title: string, top: string) => `${title}: ${top}`,
    summaryEntry: (rank: string, zone: string, score: string) => `${rank} ${zone} (${score})`,
    summaryWarnings: (interview: number, commendation: number) =>
      `${interview} interview ${plural(interview, 'warning', 'warnings')}, ${commendation} commendation ${plural(commendation, 'candidate', 'candidates')}`,
    summaryOfficial: (interview: number, commendation: number) =>
      `by the plan's assessment rules: ${interview} for interview, ${commendation} for commendation`,
    summarySeparator: '; ',
  },
});
