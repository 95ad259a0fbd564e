import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

/** Projections of targets at the pace so far, and early warnings on milestones from other zones' record. */
export const projectionText = defineMessages({
  zh: {
    yearEnd: (year: number) => `${year}年末`,
    byDate: (date: string) => date,
    signed: (n: string, negative: boolean) => `${negative ? '−' : '+'}${n}`,
    points: (n: string) => `${n}个百分点`,
    compound: (due: string, expected: string, rate: string) =>
      `按当前增速，${due}预计 ${expected}（复合增长，年均 ${rate}）`,
    linear: (due: string, expected: string, rate: string) =>
      `按当前进度，${due}预计 ${expected}（线性推算，年均 ${rate}）`,
    cumulative: (due: string, expected: string, rate: string) =>
      `按当前进度，${due}累计预计 ${expected}（已过各年年均 ${rate}）`,
    needed: (rate: string) => `需年均 ${rate} 才能达标`,
    alreadyMet: '目标已达到',
    joined: (projection: string, needed: string) => `${projection}，${needed}`,
    rank: (pace: string, year: number, rank: string) => `按当前速度，${pace}，${year}年预计${rank}`,
    place: (n: number) => `第 ${n} 位`,
    placesUp: (n: string) => `年均前进 ${n} 位`,
    placesDown: (n: string) => `年均后退 ${n} 位`,
    placesHeld: '位次未变',
    shortIn: (years: string) => `${years}未达到每年进位要求`,
    compact: (due: string, expected: string, total: boolean) => `预计${due}${total ? '累计' : ''} ${expected}`,
    compactNeeded: (rate: string) => `需年均 ${rate}`,
    compactRank: (pace: string, year: number, rank: string) => `${pace}，预计${year}年${rank}`,
    outlook: { on_course: '有望达标', at_risk: '有风险', will_miss: '按此速度难以达标' },
    // After 按当前速度： the words need not say "at this pace" again.
    tallied: { on_course: '有望达标', at_risk: '有风险', will_miss: '难以达标' },
    tally: (counts: string) => `按当前速度：${counts}`,
    named: (n: number, names: string) => `${n}（${names}）`,
    note: (margin: string) =>
      `预测：按最近一期与最早一期可比数据（全年数，或不同年份同月的1—n月累计数）之间的年均变化推算到期限。流量指标和翻一番目标按复合增长，从最近一个全年数起算；数量和比重按年均增减线性推算；累计目标按已过各年的年均数补足余下年份；位次按年均进退位次。预计值与目标差距在 ${margin} 以内为“有风险”，超过为“按此速度难以达标”。仅作预警，不是考核结论。`,
    peersSame: (zones: number, parts: string) => `其他开发区（${zones}个）：${parts}`,
    peersEarlier: (milestones: number, parts: string) => `本任务此前 ${milestones} 个节点，其他开发区：${parts}`,
    onTime: (n: string) => `按期完成 ${n}`,
    late: (n: string) => `逾期完成 ${n}`,
    overdue: (n: string) => `逾期未完成 ${n}`,
    lateDays: (mean: string, max: string) => `（平均晚 ${mean} 天，最多 ${max} 天）`,
    overdueDays: (mean: string, max: string) => `（平均逾期 ${mean} 天，最长 ${max} 天）`,
    lateDaysEach: (days: string) => `（晚 ${days} 天）`,
    overdueDaysEach: (days: string) => `（逾期 ${days} 天）`,
  },
  en: {
    yearEnd: (year: number) => `end-${year}`,
    byDate: (date: string) => date,
    signed: (n: string, negative: boolean) => `${negative ? '−' : ''}${n}`,
    points: (n: string) => `${n} ${n === '1' ? 'point' : 'points'}`,
    compound: (due: string, expected: string, rate: string) =>
      `At the current pace, about ${expected} by ${due} (compound growth, ${rate} a year)`,
    linear: (due: string, expected: string, rate: string) =>
      `At the current pace, about ${expected} by ${due} (linear, ${rate} a year)`,
    cumulative: (due: string, expected: string, rate: string) =>
      `At the current pace, about ${expected} in total by ${due} (${rate} a year on average so far)`,
    needed: (rate: string) => `${rate} a year needed`,
    alreadyMet: 'already met',
    joined: (projection: string, needed: string) => `${projection}; ${needed}`,
    rank: (pace: string, year: number, rank: string) => `At the current pace (${pace}), about ${rank} by ${year}`,
    place: (n: number) => {
      const tens = n % 100;
      const suffix =
        tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
      return `${n}${suffix ?? 'th'} place`;
    },
    placesUp: (n: string) => `${n} ${n === '1' ? 'place' : 'places'} up a year`,
    placesDown: (n: string) => `${n} ${n === '1' ? 'place' : 'places'} down a year`,
    placesHeld: 'no change in place',
    shortIn: (years: string) => `short of the yearly gain in ${years}`,
    compact: (due: string, expected: string, total: boolean) =>
      `projected ${expected}${total ? ' in total' : ''} by ${due}`,
    compactNeeded: (rate: string) => `${rate} a year needed`,
    compactRank: (pace: string, year: number, rank: string) => `${pace}, about ${rank} by ${year}`,
    outlook: { on_course: 'on course', at_risk: 'at risk', will_miss: 'will miss at this pace' },
    tallied: { on_course: 'on course', at_risk: 'at risk', will_miss: 'will miss' },
    tally: (counts: string) => `At the current pace: ${counts}`,
    named: (n: number, names: string) => `${n} (${names})`,
    note: (margin: string) =>
      `Projections carry the average yearly change between the latest figure and the earliest comparable one (annual figures, or the same month's year-to-date figures in different years) to the due date: compound growth for flows and doublings, from the latest full-year figure; a steady yearly amount for counts and shares; the average of the years so far for cumulative totals; the average places gained a year for ranks. Within ${margin} of the goal is “at risk”, further off “will miss at this pace”. A warning, not an assessment verdict.`,
    peersSame: (zones: number, parts: string) => `Other ${plural(zones, 'zone', 'zones')} (${zones}): ${parts}`,
    peersEarlier: (milestones: number, parts: string) =>
      `Other zones on this task's earlier ${plural(milestones, 'milestone', 'milestones')} (${milestones}): ${parts}`,
    onTime: (n: string) => `done on time ${n}`,
    late: (n: string) => `done late ${n}`,
    overdue: (n: string) => `still overdue ${n}`,
    lateDays: (mean: string, max: string) => ` (${mean} days late on average, at most ${max})`,
    overdueDays: (mean: string, max: string) => ` (${mean} days overdue on average, at most ${max})`,
    lateDaysEach: (days: string) => ` (${days} ${days === '1' ? 'day' : 'days'} late)`,
    overdueDaysEach: (days: string) => ` (${days} ${days === '1' ? 'day' : 'days'} overdue)`,
  },
});
