import type { MilestoneResult } from '../../domain/assessment/milestones.js';
import type { AssessmentKind } from '../../domain/assessment/report.js';
import type { TargetResult } from '../../domain/assessment/targets.js';
import type { Outlook } from '../../domain/outlook.js';
import { defineMessages } from '../lang.js';
import { chineseNumeral, romanNumeral } from '../numerals.js';
import { ordinal, plural } from '../plural.js';

type Tally<R extends string> = Record<R, number>;

/** How a result reads in an English sentence, for one and for many: "1 was met", "3 were met". */
const TARGET_EN: Record<TargetResult, [string, string]> = {
  met: ['was met', 'were met'],
  not_met: ['was not met', 'were not met'],
  missing: ['lacks data', 'lack data'],
  not_due: ['is not yet due', 'are not yet due'],
};
const MILESTONE_EN: Record<MilestoneResult, [string, string]> = {
  on_time: ['was done on time', 'were done on time'],
  late: ['was done late', 'were done late'],
  not_done: ['was not done', 'were not done'],
  not_due: ['is not yet due', 'are not yet due'],
};
const OUTLOOK_EN: Record<Outlook, [string, string]> = {
  on_course: ['is on course', 'are on course'],
  at_risk: ['is at risk', 'are at risk'],
  will_miss: ['will miss', 'will miss'],
};
const OUTLOOK_ZH: Record<Outlook, string> = { on_course: '有望达标', at_risk: '有风险', will_miss: '难以达标' };
const TARGET_ZH: Record<TargetResult, string> = {
  met: '达标',
  not_met: '未达标',
  missing: '缺数据',
  not_due: '未到期',
};
const MILESTONE_ZH: Record<MilestoneResult, string> = {
  on_time: '按期完成',
  late: '逾期完成',
  not_done: '未完成',
  not_due: '未到期',
};

/** 中，达标3项、未达标3项、缺数据1项, or 均达标 when all came out alike. */
function zhParts<R extends string>(tally: Tally<R>, words: Record<R, string>, measure: string, lead = '中，'): string {
  const kinds = (Object.keys(words) as R[]).filter((r) => tally[r] > 0);
  const [only] = kinds;
  if (kinds.length === 1 && only !== undefined) return `均${words[only]}`;
  return `${lead}${kinds.map((r) => `${words[r]}${tally[r]}${measure}`).join('、')}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const andList = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

/** "3 were met, 3 were not met and 1 lacks data": each result counted, none left at zero. */
function enParts<R extends string>(tally: Tally<R>, verbs: Record<R, [string, string]>): string {
  const kinds = (Object.keys(verbs) as R[]).filter((r) => tally[r] > 0);
  return andList(kinds.map((r) => `${tally[r]} ${plural(tally[r], verbs[r][0], verbs[r][1])}`));
}

/**
 * "of Xuwei's 7 targets, 3 were met, 3 were not met and 1 lacks data", or
 * "Xuwei's only target was met", "all 7 of Xuwei's targets were met", in
 * lower case: the sentence it starts capitalizes it.
 */
function enTally<R extends string>(
  [owner, subject]: [string, string],
  n: number,
  tally: Tally<R>,
  verbs: Record<R, [string, string]>,
  noun: [string, string],
): string {
  const kinds = (Object.keys(verbs) as R[]).filter((r) => tally[r] > 0);
  const [only] = kinds;
  if (n === 0 || only === undefined) return `${subject} has no ${noun[1]}`;
  if (n === 1) return `${owner} only ${noun[0]} ${verbs[only][0]}`;
  if (kinds.length === 1) return `all ${n} of ${owner} ${noun[1]} ${verbs[only][1]}`;
  return `of ${owner} ${n} ${noun[1]}, ${enParts(tally, verbs)}`;
}

/** The assessment report's prose: cover, headings, the overview's sentences, and the notes. */
export const assessmentReport = defineMessages<{
  title: (planTitle: string, kind: AssessmentKind) => string;
  zoneLine: (zone: string) => string;
  docLine: (docNumber: string, date: string) => string;
  asOfDay: (date: string) => string;
  asOfTime: (when: string) => string;
  /** A moment: 2026年11月28日10时00分 / 28 Nov 2026, 10:00. */
  instant: (date: string, hhmm: string) => string;
  scopeAll: (n: number) => string;
  scopeZone: (zone: string) => string;
  section: (n: number, title: string) => string;
  sub: (n: number, title: string) => string;
  item: (n: number, title: string) => string;
  heading: Record<
    | 'overview'
    | 'targets'
    | 'milestones'
    | 'ranking'
    | 'zones'
    | 'rewards'
    | 'notes'
    | 'unitMilestones'
    | 'zoneRanking'
    | 'summary',
    string
  >;
  planIntro: (title: string, issuer: string, issued: string, start: string, end: string, base: number) => string;
  kindIntro: Record<AssessmentKind, (end: string) => string>;
  cityTargets: (n: number, tally: Tally<TargetResult>) => string;
  cityMilestones: (n: number, parties: number, tally: Tally<MilestoneResult>) => string;
  zoneTargets: (owner: string, n: number, tally: Tally<TargetResult>) => string;
  zoneMilestones: (n: number, tally: Tally<MilestoneResult>) => string;
  /** Where the targets not yet due are heading, of those the figures allow a projection for. */
  zoneOutlook: (tally: Tally<Outlook>) => string;
  chartIntro: (month: string, posted: boolean) => string;
  chartCaption: (n: number, month: string) => string;
  rankingTableIntro: string;
  noRanking: string;
  rankedAs: (month: string, rank: number, tied: boolean, change: string) => string;
  notRanked: (month: string) => string;
  changeUp: (n: number) => string;
  changeDown: (n: number) => string;
  changeSame: string;
  provincialRank: (year: number, rank: number) => string;
  interview: (year: number, years: number) => string;
  commendation: (year: number, years: number) => string;
  sentence: (parts: string[]) => string;
  rulesIntro: string;
  rule: (what: string, says: string, note: string | undefined) => string;
  noRules: string;
  noProvincialRanks: string;
  rulesNotVerdict: string;
}>({
  zh: {
    title: (planTitle, kind) => `《${planTitle}》${kind === 'final' ? '终期' : '中期'}评估报告`,
    zoneLine: (zone) => `（${zone}）`,
    docLine: (docNumber, date) => `依据${docNumber}　　${date}`,
    asOfDay: (date) => `数据截至${date}24时（北京时间）`,
    asOfTime: (when) => `数据截至${when}（北京时间）`,
    instant: (date, hhmm) => `${date}${hhmm.replace(':', '时')}分`,
    scopeAll: (n) => `评估范围：全市${n}个开发区`,
    scopeZone: (zone) => `评估范围：${zone}`,
    section: (n, title) => `${chineseNumeral(n)}、${title}`,
    sub: (n, title) => `（${chineseNumeral(n)}）${title}`,
    item: (n, title) => `${n}. ${title}`,
    heading: {
      overview: '总体情况',
      targets: '目标完成情况',
      milestones: '节点任务完成情况',
      ranking: '综合排名',
      zones: '各开发区情况',
      rewards: '考核奖惩',
      notes: '附：说明',
      unitMilestones: '市有关部门节点任务',
      zoneRanking: '年度排名与考核',
      summary: '小结',
    },
    planIntro: (title, issuer, issued, start, end, base) =>
      `《${title}》由${issuer}于${issued}印发，实施期为${start}至${end}，以${base}年为基期。`,
    kindIntro: {
      final: (end) => `规划期已于${end}结束，本报告为终期评估，各项目标按期末数据评估。`,
      interim: (end) => `规划期至${end}结束，本报告为中期评估：已到期的目标和节点任务按期评估，未到期的报告最新进展。`,
    },
    cityTargets: (n, t) => `方案设定的${n}项目标${zhParts(t, TARGET_ZH, '项')}。`,
    cityMilestones: (n, parties, t) =>
      `方案设定的${n}项节点任务，分解到各开发区和责任单位共${parties}项次${zhParts(t, MILESTONE_ZH, '项次', '，其中')}。`,
    zoneTargets: (owner, n, t) => (n ? `${owner}${n}项目标${zhParts(t, TARGET_ZH, '项')}` : `${owner}没有单列的目标`),
    zoneMilestones: (n, t) => (n ? `${n}项节点任务${zhParts(t, MILESTONE_ZH, '项')}` : '没有节点任务'),
    zoneOutlook: (t) => {
      const n = t.on_course + t.at_risk + t.will_miss;
      const one = (Object.keys(OUTLOOK_ZH) as Outlook[]).find((o) => t[o] === n);
      if (n === 1 && one) return `按当前进度，可作预测的1项未到期目标${OUTLOOK_ZH[one]}`;
      return `按当前进度，可作预测的${n}项未到期目标${zhParts(t, OUTLOOK_ZH, '项')}`;
    },
    chartIntro: (month, posted) =>
      `${month}开发区综合排名见图1（${posted ? '按当时发布的排名' : '按评估时点的数据计算'}）。`,
    chartCaption: (n, month) => `图${n}　${month}开发区综合排名`,
    rankingTableIntro: '各开发区逐年综合排名（每年12月）如下表。',
    noRanking: '评估时点尚无已结束年度的综合排名。',
    rankedAs: (month, rank, tied, change) => `${month}综合排名第${rank}位${tied ? '（并列）' : ''}${change}`,
    notRanked: (month) => `${month}未列入综合排名`,
    changeUp: (n) => `，较上年进位${n}位`,
    changeDown: (n) => `，较上年退位${n}位`,
    changeSame: '，与上年持平',
    provincialRank: (year, rank) => `${year}年省级开发区综合考评位次第${rank}位`,
    interview: (year, years) => `按方案考核规则推算，${year}年省级考评位次连续${years}年退位，应予约谈整改`,
    commendation: (year, years) => `按方案考核规则推算，${year}年省级考评位次连续${years}年进位，应予通报表彰`,
    sentence: (parts) => `${parts.join('；')}。`,
    rulesIntro: '方案“三、组织保障”（二）严格考核奖惩规定：',
    rule: (what, says, note) => `${what}：“${says}”${note ? `（${note}）` : ''}。`,
    noRules: '方案未规定考核奖惩规则。',
    noProvincialRanks: '尚无省级开发区综合考评位次数据，无从推算。',
    rulesNotVerdict: '以下按各开发区填报的省级开发区综合考评位次推算，正式结论以考核部门通报为准。',
  },
  en: {
    title: (planTitle, kind) => `${kind === 'final' ? 'Final' : 'Interim'} Assessment Report: ${planTitle}`,
    zoneLine: (zone) => `(${zone})`,
    docLine: (docNumber, date) => `Under ${docNumber} · ${date}`,
    asOfDay: (date) => `Figures as of the end of ${date} (China Standard Time)`,
    asOfTime: (when) => `Figures as of ${when} (China Standard Time)`,
    instant: (date, hhmm) => `${date}, ${hhmm}`,
    scopeAll: (n) => `Scope: all ${n} development zones`,
    scopeZone: (zone) => `Scope: ${zone}`,
    section: (n, title) => `${romanNumeral(n)}. ${title}`,
    sub: (n, title) => `(${romanNumeral(n).toLowerCase()}) ${title}`,
    item: (n, title) => `${n}. ${title}`,
    heading: {
      overview: 'Overview',
      targets: 'Targets',
      milestones: 'Milestones',
      ranking: 'Composite ranking',
      zones: 'The zones',
      rewards: 'Accountability and commendation',
      notes: 'Notes',
      unitMilestones: 'Milestones owed by city departments',
      zoneRanking: 'Yearly ranking and assessment',
      summary: 'Summary',
    },
    planIntro: (title, issuer, issued, start, end, base) =>
      `The ${title} was issued by ${issuer} on ${issued}. It runs from ${start} to ${end}, with ${base} as its baseline year.`,
    kindIntro: {
      final: (end) =>
        `The plan period ended on ${end}. This is the final assessment: each target is judged on its final figures.`,
      interim: (end) =>
        `The plan period runs until ${end}. This is an interim assessment: targets and milestones already due are judged, and those not yet due are reported as they stand.`,
    },
    cityTargets: (n, t) => `${capital(enTally(["the plan's", 'the plan'], n, t, TARGET_EN, ['target', 'targets']))}.`,
    cityMilestones: (n, parties, t) =>
      `The plan's ${n} ${plural(n, 'milestone is', 'milestones are')} owed ${parties} ${plural(parties, 'time', 'times')} over by the zones and units: ${enParts(t, MILESTONE_EN)}.`,
    zoneTargets: (owner, n, t) => enTally([`${owner}'s`, owner], n, t, TARGET_EN, ['target', 'targets']),
    zoneMilestones: (n, t) => enTally(['its', 'it'], n, t, MILESTONE_EN, ['milestone', 'milestones']),
    zoneOutlook: (t) => {
      const n = t.on_course + t.at_risk + t.will_miss;
      const one = (Object.keys(OUTLOOK_EN) as Outlook[]).find((o) => t[o] === n);
      if (n === 1 && one)
        return `at the current pace, the one target not yet due that can be projected ${OUTLOOK_EN[one][0]}`;
      if (one) return `at the current pace, all ${n} targets not yet due that can be projected ${OUTLOOK_EN[one][1]}`;
      return `at the current pace, of the ${n} targets not yet due that can be projected, ${enParts(t, OUTLOOK_EN)}`;
    },
    chartIntro: (month, posted) =>
      `Figure 1 shows the composite ranking of ${month} (${posted ? 'as it was posted' : 'computed from the figures as of this report'}).`,
    chartCaption: (n, month) => `Figure ${n}. Composite ranking of the development zones, ${month}`,
    rankingTableIntro: "Each zone's composite rank in December of each year:",
    noRanking: 'No year of the plan had ended by the time of this report, so there is no yearly ranking yet.',
    rankedAs: (month, rank, tied, change) =>
      `in the ${month} composite ranking it was ${ordinal(rank)}${tied ? ' (tied)' : ''}${change}`,
    notRanked: (month) => `it was not ranked in ${month}`,
    changeUp: (n) => `, up ${n} ${plural(n, 'place', 'places')} on the year before`,
    changeDown: (n) => `, down ${n} ${plural(n, 'place', 'places')} on the year before`,
    changeSame: ', the same place as the year before',
    provincialRank: (year, rank) => `its provincial assessment rank for ${year} was ${ordinal(rank)}`,
    interview: (year, years) =>
      `under the plan's rules it falls to be called to account (约谈整改) for ${year}, its provincial rank having fallen ${years} years running`,
    commendation: (year, years) =>
      `under the plan's rules it falls to be commended (通报表彰) for ${year}, its provincial rank having risen ${years} years running`,
    sentence: (parts) => `${capital(parts.join('; '))}.`,
    rulesIntro: "The plan's Part III (Organisational safeguards), item (2), Strict assessment, sets these rules:",
    rule: (what, says, note) => `${capital(what)}: “${says}”${note ? ` (${note})` : ''}.`,
    noRules: 'The plan sets no rules of accountability or commendation.',
    noProvincialRanks: 'No provincial assessment ranks have been reported, so the rules cannot be applied.',
    rulesNotVerdict:
      'They are applied below to the provincial assessment ranks the zones reported; the assessment office’s own notice is what counts.',
  },
});
