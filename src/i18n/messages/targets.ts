import { defineMessages } from '../lang.js';

export const targetText = defineMessages({
  zh: {
    gt: '超过',
    gte: '不低于',
    lte: '不高于',
    level: (name: string, cmp: string, amount: string) => `${name}${cmp}${amount}`,
    range: (name: string, from: string, to: string) => `${name}${from}—${to}`,
    multiple: (name: string, times: string, base: number) =>
      times === '2' ? `${name}比${base}年翻一番` : `${name}达到${base}年的${times}倍`,
    increase: (name: string, amount: string, base: number) => `${name}比${base}年净增超过${amount}`,
    share: (name: string, cmp: string, pct: string) => `${name}占全市比重${cmp}${pct}`,
    cumulative: (name: string, from: number, to: number, cmp: string, amount: string) =>
      `${from}—${to}年累计${name}${cmp}${amount}`,
    yearly: (name: string, amount: string) => `每年${name}不少于${amount}`,
    rankGain: (name: string, places: string) => `${name}每年至少前进${places}位`,
    allZonesTogether: '全市开发区合计',
    cityWide: '全市',
    by: (date: string) => `（${date}前）`,
    noFigures: '暂无数据',
    noBaseline: (latest: string) => `最新 ${latest}；缺少基期（2020年）数据，无法计算进度`,
    measured: (actual: string, period: string) => `${actual}（${period}）`,
    progress: (pct: string) => `完成 ${pct}`,
    met: '已达标',
    notMet: '未达标',
    coverage: (reported: number, of: number) => `${reported}/${of} 个开发区已报`,
    own: (value: string) => `本区 ${value}`,
    placesGained: (n: string) => `较上年前进 ${n} 位`,
  },
  en: {
    gt: 'more than',
    gte: 'at least',
    lte: 'at most',
    level: (name: string, cmp: string, amount: string) => `${name} ${cmp} ${amount}`,
    range: (name: string, from: string, to: string) => `${name} ${from}–${to}`,
    multiple: (name: string, times: string, base: number) =>
      times === '2' ? `${name} doubles its ${base} level` : `${name} ${times}× its ${base} level`,
    increase: (name: string, amount: string, base: number) => `${name} up more than ${amount} on ${base}`,
    share: (name: string, cmp: string, pct: string) => `${name}: ${cmp} ${pct} of the city's`,
    cumulative: (name: string, from: number, to: number, cmp: string, amount: string) =>
      `${name}, ${from}–${to} in total: ${cmp} ${amount}`,
    yearly: (name: string, amount: string) => `${name}: at least ${amount} every year`,
    rankGain: (name: string, places: string) =>
      `${name}: up at least ${places} ${places === '1' ? 'place' : 'places'} every year`,
    allZonesTogether: 'All zones together: ',
    cityWide: 'City-wide: ',
    by: (date: string) => ` (by ${date})`,
    noFigures: 'no figures yet',
    noBaseline: (latest: string) => `latest ${latest}; no 2020 baseline yet, so no progress can be computed`,
    measured: (actual: string, period: string) => `${actual} (${period})`,
    progress: (pct: string) => `${pct} of the way`,
    met: 'target met',
    notMet: 'not met',
    coverage: (reported: number, of: number) => `${reported} of ${of} zones reported`,
    own: (value: string) => `this zone ${value}`,
    placesGained: (n: string) => `up ${n} ${n === '1' ? 'place' : 'places'} on the year before`,
  },
});
