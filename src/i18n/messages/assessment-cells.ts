import type { MilestoneResult } from '../../domain/assessment/milestones.js';
import type { TargetResult } from '../../domain/assessment/targets.js';
import type { OfficialRule } from '../../domain/assessment-rules.js';
import { defineMessages } from '../lang.js';
import { ordinal, plural } from '../plural.js';

const count = (n: number, one: string, many: string) => `${n} ${plural(n, one, many)}`;

/** The assessment report's tables: their headers and the words in their cells. */
export const assessmentCells = defineMessages<{
  targetHeader: (baseYear: number, final: boolean) => string[];
  cityMilestoneHeader: string[];
  zoneMilestoneHeader: string[];
  unitMilestoneHeader: string[];
  yearHeader: string[];
  rankingHeader: (months: string[]) => string[];
  rewardsHeader: string[];
  dash: string;
  result: Record<TargetResult, string>;
  milestoneResult: Record<MilestoneResult, string>;
  /** A target several zones each meet: how many of them did what. */
  zonesTally: (tally: Record<TargetResult, number>) => string;
  partiesTally: (tally: Record<MilestoneResult, number>) => string;
  seeZones: string;
  /** Zones by light, for a target not yet due: 红灯7个、绿灯3个. */
  lights: (counts: [string, number][]) => string;
  notDue: (light: string, pace: { actual: string; expected: string } | null) => string;
  notDoneState: (result: string, state: string) => string;
  withNote: (text: string, note: string) => string;
  goalAbove: (cmp: string, amount: string) => string;
  goalRange: (from: string, to: string) => string;
  goalTimes: (times: string) => string;
  goalPlus: (amount: string) => string;
  goalYearly: (amount: string) => string;
  goalPlaces: (places: number) => string;
  latestToo: (missing: string, latest: string) => string;
  yearsSeparator: string;
  rank: (rank: number, tied: boolean) => string;
  up: (n: number) => string;
  down: (n: number) => string;
  same: string;
  newlyRanked: string;
  unranked: string;
  provincial: (rank: number) => string;
  rule: Record<OfficialRule, string>;
  flagged: (zone: string, moves: string) => string;
  move: (year: number, from: number, to: number) => string;
  moveSeparator: string;
  listSeparator: string;
  december: (year: number) => string;
  latestMonth: (month: string) => string;
  unitsParty: (units: string) => string;
}>({
  zh: {
    targetHeader: (base, final) => [
      '序号',
      '目标',
      `基期值（${base}年）`,
      final ? '期末值' : '最新值',
      '目标值',
      '评估结论',
    ],
    cityMilestoneHeader: ['序号', '节点任务', '截止日期', '责任方', '完成情况'],
    zoneMilestoneHeader: ['序号', '节点任务', '截止日期', '完成日期', '评估结论'],
    unitMilestoneHeader: ['序号', '节点任务', '责任单位', '截止日期', '完成日期', '评估结论'],
    yearHeader: ['年度', '综合得分', '综合排名', '较上年', '省级考评位次', '考核结果'],
    rankingHeader: (months) => ['开发区', ...months],
    rewardsHeader: ['年度', '约谈整改', '通报表彰'],
    dash: '—',
    result: { met: '达标', not_met: '未达标', missing: '缺数据', not_due: '未到期' },
    milestoneResult: { on_time: '按期完成', late: '逾期完成', not_done: '未完成', not_due: '未到期' },
    zonesTally: (t) =>
      [
        t.met ? `达标${t.met}个` : '',
        t.not_met ? `未达标${t.not_met}个` : '',
        t.missing ? `缺数据${t.missing}个` : '',
        t.not_due ? `未到期${t.not_due}个` : '',
      ]
        .filter(Boolean)
        .join('、'),
    partiesTally: (t) =>
      [
        t.on_time ? `按期完成${t.on_time}个` : '',
        t.late ? `逾期完成${t.late}个` : '',
        t.not_done ? `未完成${t.not_done}个` : '',
        t.not_due ? `未到期${t.not_due}个` : '',
      ]
        .filter(Boolean)
        .join('、'),
    seeZones: '见各开发区情况',
    lights: (counts) => counts.map(([light, n]) => `${light}${n}个`).join('、'),
    notDue: (light, pace) => `未到期（${light}${pace ? `；完成${pace.actual}，序时进度${pace.expected}` : ''}）`,
    notDoneState: (result, state) => `${result}（${state}）`,
    withNote: (text, note) => `${text}（${note}）`,
    goalAbove: (cmp, amount) => `${cmp}${amount}`,
    goalRange: (from, to) => `${from}—${to}`,
    goalTimes: (times) => `基期值的${times}倍`,
    goalPlus: (amount) => `基期值加${amount}`,
    goalYearly: (amount) => `每年不少于${amount}`,
    goalPlaces: (places) => `每年前进${places}位`,
    latestToo: (missing, latest) => `${missing}；最新${latest}`,
    yearsSeparator: '；',
    rank: (rank, tied) => `第${rank}位${tied ? '（并列）' : ''}`,
    up: (n) => `进位${n}位`,
    down: (n) => `退位${n}位`,
    same: '持平',
    newlyRanked: '新列入排名',
    unranked: '未排名',
    provincial: (rank) => `第${rank}位`,
    rule: { interview: '约谈整改', commendation: '通报表彰' },
    flagged: (zone, moves) => `${zone}（${moves}）`,
    move: (year, from, to) => `${year}年第${from}位→第${to}位`,
    moveSeparator: '，',
    listSeparator: '；',
    december: (year) => `${year}年`,
    latestMonth: (month) => `${month}（最新）`,
    unitsParty: (units) => `责任单位（${units}）`,
  },
  en: {
    targetHeader: (base, final) => [
      'No.',
      'Target',
      `Baseline (${base})`,
      final ? 'Final figure' : 'Latest figure',
      'Goal',
      'Verdict',
    ],
    cityMilestoneHeader: ['No.', 'Milestone', 'Due', 'Owed by', 'Outcome'],
    zoneMilestoneHeader: ['No.', 'Milestone', 'Due', 'Done', 'Verdict'],
    unitMilestoneHeader: ['No.', 'Milestone', 'Responsible units', 'Due', 'Done', 'Verdict'],
    yearHeader: ['Year', 'Score', 'Rank', 'On the year before', 'Provincial rank', 'Under the plan’s rules'],
    rankingHeader: (months) => ['Zone', ...months],
    rewardsHeader: ['Year', 'Called to account (约谈整改)', 'Commended (通报表彰)'],
    dash: '—',
    result: { met: 'met', not_met: 'not met', missing: 'no data', not_due: 'not yet due' },
    milestoneResult: { on_time: 'done on time', late: 'done late', not_done: 'not done', not_due: 'not yet due' },
    zonesTally: (t) =>
      [
        t.met ? `${count(t.met, 'zone', 'zones')} met it` : '',
        t.not_met ? `${count(t.not_met, 'zone', 'zones')} did not` : '',
        t.missing ? `${count(t.missing, 'zone lacks', 'zones lack')} data` : '',
        t.not_due ? `${count(t.not_due, 'zone is', 'zones are')} not yet due` : '',
      ]
        .filter(Boolean)
        .join(', '),
    partiesTally: (t) =>
      [
        t.on_time ? `${t.on_time} on time` : '',
        t.late ? `${t.late} late` : '',
        t.not_done ? `${t.not_done} not done` : '',
        t.not_due ? `${t.not_due} not yet due` : '',
      ]
        .filter(Boolean)
        .join(', '),
    seeZones: 'see each zone',
    lights: (counts) => counts.map(([light, n]) => `${n} ${light}`).join(', '),
    notDue: (light, pace) =>
      `not yet due (${light}${pace ? `; ${pace.actual} of the way, ${pace.expected} expected by now` : ''})`,
    notDoneState: (result, state) => `${result} (${state})`,
    withNote: (text, note) => `${text} (${note})`,
    goalAbove: (cmp, amount) => `${cmp} ${amount}`,
    goalRange: (from, to) => `${from}–${to}`,
    goalTimes: (times) => `${times} times the baseline`,
    goalPlus: (amount) => `the baseline plus ${amount}`,
    goalYearly: (amount) => `at least ${amount} a year`,
    goalPlaces: (places) => `up ${count(places, 'place', 'places')} a year`,
    latestToo: (missing, latest) => `${missing}; latest ${latest}`,
    yearsSeparator: '; ',
    rank: (rank, tied) => `${ordinal(rank)}${tied ? ' (tied)' : ''}`,
    up: (n) => `up ${n}`,
    down: (n) => `down ${n}`,
    same: 'same',
    newlyRanked: 'newly ranked',
    unranked: 'not ranked',
    provincial: (rank) => ordinal(rank),
    rule: { interview: 'called to account (约谈整改)', commendation: 'commended (通报表彰)' },
    flagged: (zone, moves) => `${zone} (${moves})`,
    move: (year, from, to) => `${year}: ${ordinal(from)} → ${ordinal(to)}`,
    moveSeparator: ', ',
    listSeparator: '; ',
    december: (year) => String(year),
    latestMonth: (month) => `${month} (latest)`,
    unitsParty: (units) => `responsible units (${units})`,
  },
});
