import { shanghai } from '../domain/dates.js';
import { monthOf, type Period, yearOf } from '../domain/periods.js';
import type { IndicatorData } from '../plan/types.js';
import type { Lang } from './lang.js';
import { plural } from './plural.js';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats are costly to make and answers format hundreds of numbers: one per language and precision. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  const key = `${lang}${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: maxDecimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A plan date: 2022年6月30日 / 30 Jun 2022. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** A figure's period: 2024年3月 / Mar 2024, or a year: 2020年 / 2020. */
export function formatPeriod(period: Period, lang: Lang): string {
  const year = yearOf(period);
  const month = monthOf(period);
  if (month === null) return lang === 'zh' ? `${year}年` : String(year);
  return lang === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1]} ${year}`;
}

// English readers count money in billions, not in 亿 (10^8).
const EN_SCALED: Record<string, { factor: number; unit: string }> = {
  亿元: { factor: 0.1, unit: 'bn yuan' },
  亿美元: { factor: 0.1, unit: 'bn US dollars' },
};

export function formatQuantity(value: number, indicator: IndicatorData, lang: Lang): string {
  if (lang === 'zh') return `${formatNumber(value, lang)}${indicator.unit}`;
  const scaled = EN_SCALED[indicator.unit];
  if (scaled) return `${formatNumber(value * scaled.factor, lang, 3)} ${scaled.unit}`;
  if (indicator.unitEn === '%') return `${formatNumber(value, lang)}%`;
  return `${formatNumber(value, lang)} ${plural(value, indicator.unitEnOne ?? indicator.unitEn, indicator.unitEn)}`;
}

export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 1)}%`;
}

/** An instant as a Shanghai wall-clock time: 2026-11-28 10:00. */
export function formatInstant(at: Date): string {
  return shanghai(at).format('YYYY-MM-DD HH:mm');
}
