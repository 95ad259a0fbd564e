import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

/** Growth leads (各开发区主要指标领先其他县区或所在县区增幅): a zone's growth against its county's, or every county's. */
export const leadText = defineMessages({
  zh: {
    /** 地区生产总值增幅领先其他县区或所在县区; with a margin, 领先…2个百分点以上. */
    target: (name: string, strictly: boolean, points: string | null) =>
      points === null
        ? `${name}增幅${strictly ? '领先' : '不低于'}其他县区或所在县区`
        : `${name}增幅领先其他县区或所在县区${strictly ? '超过' : ''}${points}个百分点${strictly ? '' : '以上'}`,
    /** 2024年 12.3% 对 东海县 8.1% */
    versus: (period: string, zone: string, counties: string) => `${period} ${zone} 对 ${counties}`,
    alone: (period: string, zone: string) => `${period} ${zone}`,
    county: (name: string, rate: string) => `${name} ${rate}`,
    highest: (rate: string, name: string, complete: boolean) =>
      `${complete ? '各县区' : '已报县区'}最高 ${rate}（${name}）`,
    led: '领先',
    notLed: '未领先',
    noRate: (period: string | null, names: string[]) =>
      `${period ?? ''}${names.join('、')}上年数据为零或负数，无法计算增幅`,
    thisZone: '本区',
    /** 东海县2024年 */
    lacking: (names: string[], periods: string[], _count: number) => `${names.join('、')}${periods.join('、')}`,
    missing: (groups: string[]) => `缺少${groups.join('，')}数据`,
    years: (led: number, of: number, span: string) => `${span}逐年领先 ${led}/${of} 年`,
    shortIn: (items: string[]) => `未领先：${items.join('；')}`,
    tally: (led: number, names: string, compared: number, of: number) =>
      `领先 ${led}/${of}${names ? `（${names}）` : ''} · 可比较 ${compared}/${of}`,
    goal: (strictly: boolean, points: string | null) =>
      points === null
        ? `逐年增幅${strictly ? '领先' : '不低于'}`
        : `逐年增幅领先${strictly ? '超过' : ''}${points}个百分点`,
    undecided: (period: string, missing: string) => `${period}：${missing}`,
    legend:
      '增幅领先：年度按年末数（全年，没有的按12月累计数）与上年比较增长率，当年按最近一期累计数与上年同期比较，增长率按一位小数比较；所在县区即开发区所属县区，市直开发区与各县区逐一比较。🟢 领先 · 🔴 未领先 · ⚪ 暂无可比数据，或县区数据未报',
  },
  en: {
    target: (name: string, strictly: boolean, points: string | null) => {
      const pace =
        points === null
          ? strictly
            ? 'growing faster than'
            : 'growing at least as fast as'
          : `growing ${strictly ? 'more than' : 'at least'} ${points} ${points === '1' ? 'point' : 'points'} faster than`;
      return `${name} ${pace} the zone's county (every county, for a zone under the city itself)`;
    },
    versus: (period: string, zone: string, counties: string) => `${period}: ${zone} against ${counties}`,
    alone: (period: string, zone: string) => `${period}: ${zone}`,
    county: (name: string, rate: string) => `${name}'s ${rate}`,
    highest: (rate: string, name: string, complete: boolean) =>
      `${complete ? "the counties' highest" : 'the highest reported'}, ${rate} (${name})`,
    led: 'ahead',
    notLed: 'not ahead',
    noRate: (period: string | null, names: string[]) =>
      `${period ? `${period}: ` : ''}${new Intl.ListFormat('en').format(names)} had zero or less the year before, so no growth rate`,
    thisZone: 'this zone',
    lacking: (names: string[], periods: string[], count: number) =>
      `${new Intl.ListFormat('en').format(periods)} ${plural(count, 'figure', 'figures')} for ${new Intl.ListFormat('en').format(names)}`,
    missing: (groups: string[]) => `no ${groups.join('; no ')}`,
    years: (led: number, of: number, span: string) =>
      `${span}: ahead in ${led} of ${of} ${plural(of, 'year', 'years')}`,
    shortIn: (items: string[]) => `not ahead in ${items.join('; ')}`,
    tally: (led: number, names: string, compared: number, of: number) =>
      `ahead ${led}/${of}${names ? ` (${names})` : ''} · compared ${compared}/${of}`,
    goal: (strictly: boolean, points: string | null) =>
      points === null
        ? strictly
          ? 'faster growth every year'
          : 'growth at least as fast every year'
        : `growth ${strictly ? 'more than' : 'at least'} ${points} ${points === '1' ? 'point' : 'points'} faster every year`,
    undecided: (period: string, missing: string) => `${period}: ${missing}`,
    legend:
      "Growth leads: a year's growth is its year-end figure (annual, else December year-to-date) on the year before's; in the running year, the latest year-to-date figure on the same month a year before; rates are compared to one decimal. A zone is held to its own county's growth, a zone under the city itself to every county's. 🟢 ahead · 🔴 not ahead · ⚪ no comparable figures yet, or a county's not reported",
  },
});
