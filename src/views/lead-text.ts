import type { CountyGrowth, GrowthComparison } from '../domain/growth-lead.js';
import { comparePeriods, monthOf, type Period, yearOf } from '../domain/periods.js';
import type { Reading } from '../domain/progress.js';
import type { Outcome } from '../domain/schedule.js';
import { formatNumber, formatPercent, formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { leadText } from '../i18n/messages/lead.js';
import { targetText } from '../i18n/messages/targets.js';
import type { CountyData, TargetData } from '../plan/types.js';

type Years = Extract<Reading, { state: 'years' }>;

const countyName = (c: CountyData, lang: Lang) => (lang === 'zh' ? c.name : c.nameEn);
const span = (from: number, to: number, lang: Lang) => (lang === 'zh' ? `${from}—${to}年` : `${from}–${to}`);
const rate = (value: number, lang: Lang) => formatPercent(value, lang);
const margin = (target: TargetData, lang: Lang) => (target.value === 0 ? null : formatNumber(target.value, lang, 1));

/** 地区生产总值增幅领先其他县区或所在县区 / Gross domestic product growing faster than the zone's county … */
export function leadTarget(name: string, target: TargetData, lang: Lang): string {
  return leadText(lang).target(name, target.comparator === 'gt', margin(target, lang));
}

/** The goal as the assessment's table states it: 逐年增幅领先. */
export function leadGoal(target: TargetData, lang: Lang): string {
  return leadText(lang).goal(target.comparator === 'gt', margin(target, lang));
}

/** What the zone is held against: 东海县 8.1%, or for several counties the highest known, 各县区最高 9.0%（海州区）. */
function countiesText(counties: CountyGrowth[], lang: Lang): string | null {
  const m = leadText(lang);
  const known = counties.filter((c): c is CountyGrowth & { rate: number } => c.rate !== null);
  const [only] = counties;
  if (counties.length === 1 && only && only.rate !== null)
    return m.county(countyName(only.county, lang), rate(only.rate, lang));
  const top = known.reduce<(typeof known)[number] | null>((best, c) => (!best || c.rate > best.rate ? c : best), null);
  if (!top || counties.length === 1) return null;
  return m.highest(rate(top.rate, lang), countyName(top.county, lang), known.length === counties.length);
}

/** Years in runs (2021—2025年 / 2021–2025), months one by one. */
function periodsText(periods: Period[], lang: Lang): string[] {
  const runs: [number, number][] = [];
  const months: Period[] = [];
  for (const p of [...periods].sort(comparePeriods)) {
    const last = runs.at(-1);
    if (monthOf(p) !== null) months.push(p);
    else if (last && last[1] === yearOf(p) - 1) last[1] = yearOf(p);
    else runs.push([yearOf(p), yearOf(p)]);
  }
  const years = runs.map(([from, to]) => (from === to ? formatPeriod(String(from), lang) : span(from, to, lang)));
  return [...years, ...months.map((p) => formatPeriod(p, lang))];
}

/**
 * 缺少东海县2024年、本区2021—2023年数据: who lacks which periods across the
 * comparisons, those lacking the same ones named together.
 */
function missingText(comparisons: GrowthComparison[], lang: Lang): string | null {
  const m = leadText(lang);
  const lacking = new Map<string, Set<Period>>();
  const add = (name: string, periods: Period[]) => {
    if (!periods.length) return;
    const held = lacking.get(name) ?? new Set<Period>();
    for (const p of periods) held.add(p);
    lacking.set(name, held);
  };
  for (const c of comparisons) {
    add(m.thisZone, c.zone.missing);
    for (const k of c.counties) add(countyName(k.county, lang), k.missing);
  }
  if (!lacking.size) return null;
  const groups = new Map<string, { names: string[]; periods: string[]; count: number }>();
  for (const [name, periods] of lacking) {
    const shown = periodsText([...periods], lang);
    const group = groups.get(shown.join()) ?? { names: [], periods: shown, count: periods.size };
    group.names.push(name);
    groups.set(shown.join(), group);
  }
  return m.missing([...groups.values()].map((g) => m.lacking(g.names, g.periods, g.count)));
}

/** Who has no growth though no figure is missing: their figure a year before is zero or less. */
function fromZero(c: GrowthComparison, lang: Lang, dated = true): string {
  const m = leadText(lang);
  const names = [
    ...(c.zone.rate === null && !c.zone.missing.length ? [m.thisZone] : []),
    ...c.counties.filter((k) => k.rate === null && !k.missing.length).map((k) => countyName(k.county, lang)),
  ];
  return m.noRate(dated ? formatPeriod(c.period, lang) : null, names);
}

/** One period's comparison without its light: 2024年 12.3% 对 东海县 8.1%, or what keeps it from being told. */
export function comparisonText(c: GrowthComparison, lang: Lang): string {
  const m = leadText(lang);
  const period = formatPeriod(c.period, lang);
  if (c.zone.rate === null) return missingText([c], lang) ?? fromZero(c, lang);
  const against = countiesText(c.counties, lang);
  const said = against ? m.versus(period, rate(c.zone.rate, lang), against) : m.alone(period, rate(c.zone.rate, lang));
  if (c.led === null) return [said, missingText([c], lang) ?? fromZero(c, lang, false)].join(' · ');
  return said;
}

/** The latest comparison with its light: 2024年 12.3% 对 东海县 8.1% · 领先 🟢. */
export function describeLead(c: GrowthComparison, icon: string, lang: Lang): string {
  const m = leadText(lang);
  const words = c.led === null ? '' : ` · ${c.led ? m.led : m.notLed}`;
  return `${comparisonText(c, lang)}${words} ${icon}`;
}

/** Year by year past the due date: 2022—2025年逐年领先 3/4 年 · 未领先：2023年 5.1% 对 东海县 8.0% 🔴 · 逾期未达标. */
export function describeLeadYears(reading: Years, final: Outcome | null, icon: string, lang: Lang): string {
  const m = leadText(lang);
  const t = targetText(lang);
  const leads = reading.leads ?? [];
  const first = leads[0];
  const last = leads.at(-1);
  if (!first || !last) return `${t.noFigures} ${icon}`;
  const judged = [
    m.years(
      reading.years.filter((y) => y.met).length,
      leads.length,
      span(yearOf(first.period), yearOf(last.period), lang),
    ),
  ];
  const short = leads.filter((c) => c.led === false);
  if (short.length) judged.push(m.shortIn(short.map((c) => comparisonText(c, lang))));
  const parts = [`${judged.join(' · ')} ${icon}`];
  if (final === 'met') parts.push(`✅ ${t.met}`);
  if (final === 'not_met') parts.push(t.overdue);
  const undecided = leads.filter((l) => l.led === null);
  const missing = missingText(undecided, lang);
  if (missing) parts.push(missing);
  // A year told neither way though nothing is missing: a growth from zero or less.
  for (const c of undecided.filter((l) => !l.zone.missing.length && l.counties.every((k) => !k.missing.length))) {
    parts.push(fromZero(c, lang));
  }
  return parts.join(' · ');
}

/** The assessment's figure cell: each year's comparison, told or not. */
export function leadYearsCell(reading: Years, separator: string, lang: Lang): string {
  return (reading.leads ?? []).map((c) => comparisonText(c, lang)).join(separator);
}
