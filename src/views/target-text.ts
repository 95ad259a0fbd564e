import type { Reading } from '../domain/progress.js';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { targetText } from '../i18n/messages/targets.js';
import type { IndicatorData, TargetData } from '../plan/types.js';

/** The target in words: 地区生产总值超过1,000亿元（2025年12月31日前）. */
export function describeTarget(target: TargetData, indicator: IndicatorData, lang: Lang, baselineYear: number): string {
  const m = targetText(lang);
  const name = lang === 'zh' ? indicator.name : indicator.nameEn;
  const cmp = m[target.comparator];
  const amount = (v: number) => formatQuantity(v, indicator, lang);
  const due = Number(target.dueOn.slice(0, 4));
  const phrase = (() => {
    switch (target.kind) {
      case 'level':
        return m.level(name, cmp, amount(target.value));
      case 'range':
        return m.range(name, formatNumber(target.value, lang), amount(target.valueMax ?? target.value));
      case 'multiple':
        return m.multiple(name, formatNumber(target.value, lang), baselineYear);
      case 'increase':
        return m.increase(name, amount(target.value), baselineYear);
      case 'share':
        return m.share(name, cmp, formatPercent(target.value, lang));
      case 'cumulative':
        return m.cumulative(name, target.fromYear ?? baselineYear + 1, due, cmp, amount(target.value));
      case 'yearly':
        return m.yearly(name, amount(target.value));
      case 'rank_gain':
        return m.rankGain(name, formatNumber(target.value, lang));
    }
  })();
  const scope = target.scope === 'city' ? m.cityWide : target.aggregate === 'total' ? m.allZonesTogether : '';
  const by = target.kind === 'yearly' || target.kind === 'rank_gain' ? '' : m.by(formatDate(target.dueOn, lang));
  return `${scope}${phrase}${by}`;
}

const BAR_WIDTH = 10;

/** A text progress bar that reads the same in Slack and a terminal: ▓▓▓▓▓░░░░░ */
export function progressBar(percent: number): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round((percent / 100) * BAR_WIDTH)));
  return `${'▓'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

/** What the figures say about the target: 暂无数据, or 812亿元（2025年）▓▓▓▓▓▓▓▓░░ 完成 81%. */
export function describeReading(reading: Reading, target: TargetData, indicator: IndicatorData, lang: Lang): string {
  const m = targetText(lang);
  if (reading.state === 'no_figures') return m.noFigures;
  if (reading.state === 'no_baseline') {
    return m.noBaseline(
      m.measured(formatQuantity(reading.actual.value, indicator, lang), formatPeriod(reading.actual.period, lang)),
    );
  }
  const actual =
    target.kind === 'share'
      ? formatPercent(reading.actual, lang)
      : target.kind === 'rank_gain'
        ? m.placesGained(formatNumber(reading.actual, lang))
        : formatQuantity(reading.actual, indicator, lang);
  const parts = [m.measured(actual, formatPeriod(reading.period, lang))];
  if (reading.percent !== null)
    parts.push(`${progressBar(reading.percent)} ${m.progress(formatPercent(reading.percent, lang))}`);
  parts.push(reading.met ? `✅ ${m.met}` : m.notMet);
  if (reading.coverage) parts.push(m.coverage(reading.coverage.reported, reading.coverage.of));
  return parts.join(' · ');
}
