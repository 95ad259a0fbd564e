import type { Reading } from '../domain/progress.js';
import { RAGS, type Rag, type Verdict } from '../domain/schedule.js';
import type { Thresholds } from '../domain/thresholds.js';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { targetText } from '../i18n/messages/targets.js';
import type { IndicatorData, TargetData } from '../plan/types.js';

const isFullRate = (target: TargetData, indicator: IndicatorData) =>
  indicator.unit === '%' && target.comparator === 'gte' && target.value === 100;

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
        return isFullRate(target, indicator)
          ? m.full(name, amount(target.value))
          : m.level(name, cmp, amount(target.value));
      case 'range':
        return m.range(name, formatNumber(target.value, lang), amount(target.valueMax ?? target.value));
      case 'multiple':
        return m.multiple(name, formatNumber(target.value, lang), baselineYear, indicator.nameEnPlural === true);
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
  const note = target.inferred?.[lang];
  const undated = target.kind === 'yearly' || target.kind === 'rank_gain';
  const by = !undated ? m.by(formatDate(target.dueOn, lang), note) : note ? common(lang).inferred(note) : '';
  return `${scope}${phrase}${by}`;
}

const BAR_WIDTH = 10;

/** A text progress bar that reads the same in Slack and a terminal: ▓▓▓▓▓░░░░░ */
export function progressBar(percent: number): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round((percent / 100) * BAR_WIDTH)));
  return `${'▓'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

export const RAG_ICON: Record<Rag, string> = { red: '🔴', yellow: '🟡', green: '🟢', grey: '⚪' };

/** 🔴 红灯 1 · 🟡 黄灯 0 · 🟢 绿灯 2 · ⚪ 未评价 4 */
export function describeLights(counts: Record<Rag, number>, lang: Lang): string {
  const { light } = targetText(lang);
  return RAGS.map((r) => `${RAG_ICON[r]} ${light[r]} ${counts[r]}`).join(' · ');
}

/** What the lights mean, with the configured thresholds. */
export function lightsLegend(thresholds: Thresholds, baselineYear: number, lang: Lang): string {
  const points = (n: number) => formatNumber(n, lang);
  return targetText(lang).legend(baselineYear, points(thresholds.yellowPoints), points(thresholds.redPoints));
}

function gapWords(gap: number, lang: Lang): string {
  const m = targetText(lang);
  const points = formatNumber(Math.abs(gap), lang, 1);
  if (points === '0') return m.onSchedule;
  return gap < 0 ? m.behind(points) : m.ahead(points);
}

function rankWords(gained: number, lang: Lang): string {
  const m = targetText(lang);
  if (gained === 0) return m.placesHeld;
  const n = formatNumber(Math.abs(gained), lang);
  return gained > 0 ? m.placesGained(n) : m.placesLost(n);
}

const done = (percent: number, lang: Lang) => `${progressBar(percent)} ${formatPercent(percent, lang)}`;

/**
 * What the figures say about the target and its light:
 * 820亿元（2023年） · ▓▓▓▓▓░░░░░ 52% · 序时 70% · 落后 18 个百分点 🟡 · 未达标
 */
export function describeReading(
  reading: Reading,
  verdict: Verdict,
  target: TargetData,
  indicator: IndicatorData,
  lang: Lang,
): string {
  const m = targetText(lang);
  const icon = RAG_ICON[verdict.rag];
  if (reading.state === 'no_figures') return `${m.noFigures} ${icon}`;
  if (reading.state === 'no_baseline') {
    const latest = m.measured(
      formatQuantity(reading.actual.value, indicator, lang),
      formatPeriod(reading.actual.period, lang),
    );
    return `${m.noBaseline(latest)} ${icon}`;
  }
  const actual =
    target.kind === 'share'
      ? formatPercent(reading.actual, lang)
      : target.kind === 'rank_gain'
        ? rankWords(reading.actual, lang)
        : formatQuantity(reading.actual, indicator, lang);
  const judged = [m.measured(actual, formatPeriod(reading.period, lang))];
  const { pace } = verdict;
  if (pace) {
    judged.push(done(pace.actual, lang), m.expected(formatPercent(pace.expected, lang)), gapWords(pace.gap, lang));
  } else {
    if (reading.percent !== null) judged.push(done(reading.percent, lang));
    if (verdict.rag === 'grey') judged.push(m.noPace);
  }
  const parts = [`${judged.join(' · ')} ${icon}`];
  parts.push(verdict.overdue ? m.overdue : reading.met ? `✅ ${m.met}` : m.notMet);
  if (reading.coverage) parts.push(m.coverage(reading.coverage.reported, reading.coverage.of));
  return parts.join(' · ');
}
