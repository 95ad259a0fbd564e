import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export const targetText = defineMessages({
  zh: {
    gt: '超过',
    gte: '不低于',
    lte: '不高于',
    level: (name: string, cmp: string, amount: string) => `${name}${cmp}${amount}`,
    // A rate cannot pass 100%: the plan writes 完成率100%, not 不低于100%.
    full: (name: string, amount: string) => `${name}${amount}`,
    range: (name: string, from: string, to: string) => `${name}${from}—${to}`,
    // Chinese has no agreement to make with a plural name.
    multiple: (name: string, times: string, base: number, _plural: boolean) =>
      times === '2' ? `${name}比${base}年翻一番` : `${name}达到${base}年的${times}倍`,
    increase: (name: string, amount: string, base: number) => `${name}比${base}年净增超过${amount}`,
    share: (name: string, cmp: string, pct: string) => `${name}占全市比重${cmp}${pct}`,
    cumulative: (name: string, from: number, to: number, cmp: string, amount: string) =>
      `${from}—${to}年累计${name}${cmp}${amount}`,
    yearly: (name: string, amount: string) => `每年${name}不少于${amount}`,
    rankGain: (name: string, places: string) => `${name}每年至少前进${places}位`,
    allZonesTogether: '全市开发区合计',
    cityWide: '全市',
    by: (date: string, note?: string) => `（${date}前${note ? `；${note}` : ''}）`,
    noFigures: '暂无数据',
    noBaseline: (latest: string) => `最新 ${latest}；缺少基期（2020年）数据，无法计算进度`,
    measured: (actual: string, period: string) => `${actual}（${period}）`,
    expected: (pct: string) => `序时 ${pct}`,
    behind: (points: string) => `落后 ${points} 个百分点`,
    ahead: (points: string) => `超前 ${points} 个百分点`,
    onSchedule: '与序时持平',
    noPace: '缺少基期数据，无法计算序时进度',
    met: '已达标',
    notMet: '未达标',
    overdue: '逾期未达标',
    latest: (figure: string) => `最新 ${figure}`,
    missing: (periods: string[], _n: number) => `缺少${periods.join('、')}数据`,
    yearsMet: (met: number, of: number, span: string) => `${span}逐年达标 ${met}/${of} 年`,
    shortIn: (years: string[]) => `未达标：${years.join('、')}`,
    yearFigure: (year: string, figure: string) => `${year}${figure}`,
    coverage: (reported: number, of: number) => `${reported}/${of} 个开发区已报`,
    own: (value: string) => `本区 ${value}`,
    placesGained: (n: string) => `较上年前进 ${n} 位`,
    placesLost: (n: string) => `较上年后退 ${n} 位`,
    placesHeld: '位次与上年持平',
    light: { red: '红灯', yellow: '黄灯', green: '绿灯', grey: '未评价' },
    legend: (base: number, yellow: string, red: string) =>
      `序时进度：从${base}年基期到目标期限，按时间比例应完成的进度，算到最新数据所属期的期末（1—n月累计数对照全年进度的 n/12）；过了期限，只看期末数据（截止年份的全年或12月累计数）是否达标。` +
      `🟢 正常（落后不超过 ${yellow} 个百分点）或已达标 · 🟡 落后超过 ${yellow} 个百分点 · 🔴 落后超过 ${red} 个百分点，或逾期未达标、缺少期末数据 · ⚪ 暂无数据或缺少基期`,
  },
  en: {
    gt: 'more than',
    gte: 'at least',
    lte: 'at most',
    level: (name: string, cmp: string, amount: string) => `${name} ${cmp} ${amount}`,
    full: (name: string, amount: string) => `${name} ${amount}`,
    range: (name: string, from: string, to: string) => `${name} ${from}–${to}`,
    // The name is the subject: High-tech enterprises double their 2020 level.
    multiple: (name: string, times: string, base: number, plural: boolean) => {
      const their = plural ? 'their' : 'its';
      if (times === '2') return `${name} ${plural ? 'double' : 'doubles'} ${their} ${base} level`;
      return `${name} ${plural ? 'reach' : 'reaches'} ${times} times ${their} ${base} level`;
    },
    increase: (name: string, amount: string, base: number) => `${name} up more than ${amount} on ${base}`,
    share: (name: string, cmp: string, pct: string) => `${name}: ${cmp} ${pct} of the city's`,
    cumulative: (name: string, from: number, to: number, cmp: string, amount: string) =>
      `${name}, ${from}–${to} in total: ${cmp} ${amount}`,
    yearly: (name: string, amount: string) => `${name}: at least ${amount} every year`,
    rankGain: (name: string, places: string) =>
      `${name}: up at least ${places} ${places === '1' ? 'place' : 'places'} every year`,
    allZonesTogether: 'All zones together: ',
    cityWide: 'City-wide: ',
    by: (date: string, note?: string) => ` (by ${date}${note ? `; ${note}` : ''})`,
    noFigures: 'no figures yet',
    noBaseline: (latest: string) => `latest ${latest}; no 2020 baseline yet, so no progress can be computed`,
    measured: (actual: string, period: string) => `${actual} (${period})`,
    expected: (pct: string) => `expected ${pct}`,
    behind: (points: string) => `${points} ${points === '1' ? 'point' : 'points'} behind`,
    ahead: (points: string) => `${points} ${points === '1' ? 'point' : 'points'} ahead`,
    onSchedule: 'on schedule',
    noPace: 'no baseline, so no expected progress',
    met: 'target met',
    notMet: 'not met',
    overdue: 'past due, not met',
    latest: (figure: string) => `latest ${figure}`,
    missing: (periods: string[], n: number) =>
      n === 1 ? `no ${periods.join('')} figure` : `no figures for ${new Intl.ListFormat('en').format(periods)}`,
    yearsMet: (met: number, of: number, span: string) =>
      `${span}: met in ${met} of ${of} ${plural(of, 'year', 'years')}`,
    shortIn: (years: string[]) => `short in ${years.join(', ')}`,
    yearFigure: (year: string, figure: string) => `${year} (${figure})`,
    coverage: (reported: number, of: number) => `${reported} of ${of} ${plural(of, 'zone', 'zones')} reported`,
    own: (value: string) => `this zone ${value}`,
    placesGained: (n: string) => `up ${n} ${n === '1' ? 'place' : 'places'} on the year before`,
    placesLost: (n: string) => `down ${n} ${n === '1' ? 'place' : 'places'} on the year before`,
    placesHeld: 'same place as the year before',
    light: { red: 'red', yellow: 'yellow', green: 'green', grey: 'not rated' },
    legend: (base: number, yellow: string, red: string) =>
      `Expected progress (序时进度): the part of the way from the ${base} baseline to the goal that the time gone by the end of the latest figure's period calls for (a January–n year-to-date total is held against n/12 of its year); past the due date, only the final figure (the due year's annual or December year-to-date figure) counts. ` +
      `🟢 on track (at most ${yellow} points behind) or met · 🟡 more than ${yellow} points behind · 🔴 more than ${red} points behind, or past due and not met or without its final figure · ⚪ no figures or no baseline`,
  },
});
