import { monthOf, type Period, yearOf } from '../domain/periods.js';
import type { Coverage, Reading } from '../domain/progress.js';
import { RAGS, type Rag, type Verdict } from '../domain/schedule.js';
import type { Thresholds } from '../domain/thresholds.js';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { leadText } from '../i18n/messages/lead.js';
import { targetText } from '../i18n/messages/targets.js';
import type { IndicatorData, TargetData } from '../plan/types.js';
import { describeLead, describeLeadYears, leadTarget } from './lead-text.js';

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
      case 'growth_lead':
        return leadTarget(name, target, lang);
    }
  })();
  const scope = target.scope === 'city' ? m.cityWide : target.aggregate === 'total' ? m.allZonesTogether : '';
  const note = target.inferred?.[lang];
  // Owed year by year: the years are the reading's to say, not a date.
  const undated = target.kind === 'yearly' || target.kind === 'rank_gain' || target.kind === 'growth_lead';
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

/** How growth leads are lit, where any of `targets` is one. */
export function leadLegend(targets: TargetData[], lang: Lang): string[] {
  return targets.some((t) => t.kind === 'growth_lead') ? [leadText(lang).legend] : [];
}

function gapWords(gap: number, lang: Lang): string {
  const m = targetText(lang);
  const points = formatNumber(Math.abs(gap), lang, 1);
  if (points === '0') return m.onSchedule;
  return gap < 0 ? m.behind(points) : m.ahead(points);
}

/** 较上年前进 2 位 / up 2 places on the year before. */
export function rankWords(gained: number, lang: Lang): string {
  const m = targetText(lang);
  if (gained === 0) return m.placesHeld;
  const n = formatNumber(Math.abs(gained), lang);
  return gained > 0 ? m.placesGained(n) : m.placesLost(n);
}

const done = (percent: number, lang: Lang) => `${progressBar(percent)} ${formatPercent(percent, lang)}`;

/** Years in runs, 2021年、2023—2025年 / 2021, 2023–2025; months one by one. */
function periodsText(periods: Period[], lang: Lang): string[] {
  const runs: [number, number][] = [];
  const months: Period[] = [];
  for (const p of periods) {
    if (monthOf(p) !== null) months.push(p);
    else {
      const last = runs.at(-1);
      if (last && last[1] === yearOf(p) - 1) last[1] = yearOf(p);
      else runs.push([yearOf(p), yearOf(p)]);
    }
  }
  const years = runs.map(([from, to]) => (from === to ? formatPeriod(String(from), lang) : yearSpan(from, to, lang)));
  return [...years, ...months.map((p) => formatPeriod(p, lang))];
}

const yearSpan = (from: number, to: number, lang: Lang) => (lang === 'zh' ? `${from}—${to}年` : `${from}–${to}`);

/** 缺少2024年、2025年数据 / no figures for 2024 and 2025. */
export function missingText(missing: Period[], lang: Lang): string {
  return targetText(lang).missing(periodsText(missing, lang), missing.length);
}

type Quantity = (value: number) => string;

/** 2022—2025年逐年达标 3/4 年 · 未达标：2023年1个 🔴 · 逾期未达标 */
function describeYears(
  reading: Extract<Reading, { state: 'years' }>,
  verdict: Verdict,
  target: TargetData,
  quantity: Quantity,
  lang: Lang,
): string {
  const m = targetText(lang);
  if (!reading.years.length) return `${RAG_ICON[verdict.rag]} ${missingText(reading.missing, lang)}`;
  const to = yearOf(target.dueOn);
  const from = target.fromYear ?? to;
  const judged = [m.yearsMet(reading.years.filter((y) => y.met).length, to - from + 1, yearSpan(from, to, lang))];
  const short = reading.years.filter((y) => !y.met);
  if (short.length) {
    judged.push(m.shortIn(short.map((y) => m.yearFigure(formatPeriod(String(y.year), lang), quantity(y.actual)))));
  }
  const parts = [`${judged.join(' · ')} ${RAG_ICON[verdict.rag]}`];
  if (verdict.final === 'met') parts.push(`✅ ${m.met}`);
  if (verdict.final === 'not_met') parts.push(m.overdue);
  if (reading.missing.length) parts.push(missingText(reading.missing, lang));
  return parts.join(' · ');
}

/**
 * What the figures say about the target and its light. Until the due date,
 * against 序时进度:
 * 820亿元（2023年） · ▓▓▓▓▓░░░░░ 52% · 序时 70% · 落后 18 个百分点 🟡 · 未达标
 * after it, on the final figures alone:
 * 780亿元（2025年） · ▓▓▓▓▓▓▓▓▓▓ 97.5% 🔴 · 逾期未达标, or 最新 700亿元（2024年） · 🔴 缺少2025年数据
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
  const quantity: Quantity = (value) =>
    target.kind === 'share'
      ? formatPercent(value, lang)
      : target.kind === 'rank_gain'
        ? rankWords(value, lang)
        : formatQuantity(value, indicator, lang);
  const coverage = (c: Coverage) => (c ? [m.coverage(c.reported, c.of)] : []);
  switch (reading.state) {
    case 'no_figures':
      return `${m.noFigures} ${icon}`;
    case 'no_baseline': {
      const latest = m.measured(
        formatQuantity(reading.actual.value, indicator, lang),
        formatPeriod(reading.actual.period, lang),
      );
      return `${m.noBaseline(latest)} ${icon}`;
    }
    case 'missing': {
      const { latest } = reading;
      const before = latest ? [m.latest(m.measured(quantity(latest.value), formatPeriod(latest.period, lang)))] : [];
      return [...before, `${icon} ${missingText(reading.missing, lang)}`, ...coverage(reading.coverage)].join(' · ');
    }
    case 'years':
      return reading.leads
        ? describeLeadYears(reading, verdict.final, icon, lang)
        : describeYears(reading, verdict, target, quantity, lang);
    case 'lead':
      return describeLead(reading.comparison, icon, lang);
    case 'measured': {
      const judged = [m.measured(quantity(reading.actual), formatPeriod(reading.period, lang))];
      const { pace } = verdict;
      if (pace) {
        judged.push(done(pace.actual, lang), m.expected(formatPercent(pace.expected, lang)), gapWords(pace.gap, lang));
      } else {
        if (reading.percent !== null) judged.push(done(reading.percent, lang));
        if (verdict.rag === 'grey') judged.push(m.noPace);
      }
      const words = verdict.final === 'not_met' ? m.overdue : reading.met ? `✅ ${m.met}` : m.notMet;
      return [`${judged.join(' · ')} ${icon}`, words, ...coverage(reading.coverage)].join(' · ');
    }
  }
}
