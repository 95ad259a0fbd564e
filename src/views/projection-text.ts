import type { DaysPast, MilestoneWarning, PeerRecord } from '../domain/milestone-warning.js';
import { AT_RISK_MARGIN, OUTLOOKS, type Outlook } from '../domain/outlook.js';
import type { Projected, Projection } from '../domain/projection.js';
import { formatDate, formatNumber, formatPercent, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { projectionText } from '../i18n/messages/projection.js';
import type { IndicatorData } from '../plan/types.js';

/** Where a projection line or a warning sits: under the line it belongs to. */
export const UNDER = '\n    ↳ ';

/** A projection is an estimate: three significant figures, whole numbers from 100 up. */
const about = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Number(x.toPrecision(3)));

function dueText(p: Projected, lang: Lang): string {
  const m = projectionText(lang);
  return p.dueOn.endsWith('-12-31') ? m.yearEnd(Number(p.dueOn.slice(0, 4))) : m.byDate(formatDate(p.dueOn, lang));
}

function valueText(p: Projected, value: number, indicator: IndicatorData, lang: Lang): string {
  return p.quantity === 'share' ? formatPercent(value, lang) : formatQuantity(about(value), indicator, lang);
}

/** A pace in the projection's own measure: +9.1% a year compounded, +12家 or +1.5个百分点 a year. */
function rateText(p: Projected, rate: number, indicator: IndicatorData, lang: Lang): string {
  const m = projectionText(lang);
  const size = Math.abs(rate);
  const amount =
    p.method === 'compound'
      ? formatPercent(size * 100, lang)
      : p.quantity === 'share'
        ? m.points(formatNumber(size, lang, 1))
        : formatQuantity(about(size), indicator, lang);
  return m.signed(amount, rate < 0);
}

/** The compact form for lists; the verdict left out where a heading already says it. */
export interface ProjectionForm {
  compact?: boolean;
  verdict?: boolean;
}

function rankText(p: Projected, lang: Lang, { compact = false, verdict = true }: ProjectionForm): string {
  const m = projectionText(lang);
  const places = formatNumber(Math.abs(p.currentGrowth), lang, 1);
  const pace = p.currentGrowth > 0 ? m.placesUp(places) : p.currentGrowth < 0 ? m.placesDown(places) : m.placesHeld;
  const year = Number(p.dueOn.slice(0, 4));
  const rank = m.place(Math.round(p.expected));
  const projected = compact ? m.compactRank(pace, year, rank) : m.rank(pace, year, rank);
  const years = p.shortYears.map(String).join(common(lang).listSeparator);
  const short = p.shortYears.length ? m.shortIn(lang === 'zh' ? `${years}年` : years) : '';
  const said = short ? m.joined(projected, short) : projected;
  return verdict ? `${said} · ${m.outlook[p.verdict]}` : said;
}

/**
 * A target's projection in a phrase, or null where there is none:
 * 按当前增速，2025年末预计 827亿元（复合增长，年均 +22.5%），需年均 +30.5% 才能达标 · 按此速度难以达标;
 * compact: 预计2025年末 827亿元，需年均 +30.5% · 按此速度难以达标.
 */
export function describeProjection(
  projection: Projection,
  indicator: IndicatorData,
  lang: Lang,
  form: ProjectionForm = {},
): string | null {
  if (projection.state !== 'projected') return null;
  const p = projection;
  if (p.quantity === 'rank') return rankText(p, lang, form);
  const { compact = false, verdict = true } = form;
  const m = projectionText(lang);
  const due = dueText(p, lang);
  const expected = valueText(p, p.expected, indicator, lang);
  const needed =
    p.neededGrowth === null
      ? null
      : p.neededGrowth === 0
        ? m.alreadyMet
        : (compact ? m.compactNeeded : m.needed)(rateText(p, p.neededGrowth, indicator, lang));
  const total = p.quantity === 'cumulative';
  const rate = rateText(p, p.currentGrowth, indicator, lang);
  const projected = compact
    ? m.compact(due, expected, total)
    : total
      ? m.cumulative(due, expected, rate)
      : (p.method === 'compound' ? m.compound : m.linear)(due, expected, rate);
  const said = needed ? m.joined(projected, needed) : projected;
  return verdict ? `${said} · ${m.outlook[p.verdict]}` : said;
}

/** Up to this many zones that will miss are named, as /zone targets names its red ones; more are only counted. */
const NAMED = 3;

/** 按当前速度：难以达标 2（灌南开发区、东海开发区） · 有望达标 6; null when no zone has a projection. */
export function describeOutlooks(zones: Record<Outlook, string[]>, names: (slugs: string[]) => string, lang: Lang) {
  const m = projectionText(lang);
  const parts = OUTLOOKS.filter((o) => zones[o].length > 0).map((o) => {
    const slugs = zones[o];
    const count = o === 'will_miss' && slugs.length <= NAMED ? m.named(slugs.length, names(slugs)) : slugs.length;
    return `${m.tallied[o]} ${count}`;
  });
  return parts.length ? m.tally(parts.join(' · ')) : null;
}

/** How projections are made and judged, in one note for wherever they are shown. */
export function projectionNote(lang: Lang): string {
  return projectionText(lang).note(formatPercent(AT_RISK_MARGIN * 100, lang));
}

function peerParts(r: PeerRecord, lang: Lang, count: (n: number) => string, overdueDays: boolean): string {
  const m = projectionText(lang);
  // Days as a mean and a most, or once where all were the same.
  const days = (d: DaysPast | null, spread: typeof m.lateDays, each: typeof m.lateDaysEach) => {
    if (!d) return '';
    const [mean, max] = [d.mean, d.max].map((n) => formatNumber(Math.round(n), lang)) as [string, string];
    return mean === max ? each(max) : spread(mean, max);
  };
  const parts: string[] = [];
  if (r.onTime) parts.push(m.onTime(count(r.onTime)));
  if (r.late) parts.push(`${m.late(count(r.late))}${days(r.lateDays, m.lateDays, m.lateDaysEach)}`);
  if (r.overdue) {
    const past = overdueDays ? days(r.overdueDays, m.overdueDays, m.overdueDaysEach) : '';
    parts.push(`${m.overdue(count(r.overdue))}${past}`);
  }
  return parts.join(' · ');
}

/**
 * Other zones' record under a milestone a zone has not done: counts on this
 * very milestone (their days overdue are this zone's own, so left out), or
 * shares on the task's earlier milestones.
 */
export function describeWarning(w: MilestoneWarning, lang: Lang): string {
  const m = projectionText(lang);
  const count = (n: number) => formatNumber(n, lang);
  if (w.about === 'same') return m.peersSame(w.zones, peerParts(w, lang, count, false));
  const outcomes = w.onTime + w.late + w.overdue;
  const share = (n: number) => formatPercent((n * 100) / outcomes, lang);
  return m.peersEarlier(w.milestones, peerParts(w, lang, share, true));
}
