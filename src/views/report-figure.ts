import type { ModalView } from '@slack/types';
import type { Period } from '../domain/periods.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { formatInstant, formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { reportText } from '../i18n/messages/report.js';
import type { CountyData, IndicatorData, ZoneData } from '../plan/types.js';
import type { Saved } from '../services/figures-service.js';
import { context, modalText, section } from './blocks.js';
import { FIGURE_INPUT, REPORT_FIGURE_VIEW } from './ids.js';
import { input, option } from './modal-inputs.js';
import { actorName, countyName, subjectShort, zoneName } from './names.js';

export const CITY = '*';

/** An indicator option's value: the subject (a zone slug, or * for the city) and the indicator. */
export function indicatorChoice(subject: string | null, indicator: string): string {
  return `${subject ?? CITY}|${indicator}`;
}

export function readIndicatorChoice(value: string): { zone: string | null; indicator: string } {
  const [subject = '', indicator = ''] = value.split('|');
  return { zone: subject === CITY ? null : subject, indicator };
}

function indicatorLabel(i: IndicatorData, lang: Lang) {
  return `${lang === 'zh' ? i.name : i.nameEn}（${lang === 'zh' ? i.unit : i.unitEn}）`;
}

export function periodLabel(period: Period, baselineYear: number, lang: Lang): string {
  const m = reportText(lang);
  if (period === String(baselineYear)) return m.baseline(period);
  return period.length === 4 ? m.wholeYear(period) : formatPeriod(period, lang);
}

/** Whose figures a form is for: a zone, or a county that zones' growth is held against. */
export type FigureSubject = { zone: ZoneData } | { county: CountyData };

export const subjectKey = (s: FigureSubject) => ('zone' in s ? s.zone.slug : s.county.key);

export interface FigureModalOptions {
  plan: PlanIndex;
  subject: FigureSubject;
  /** The subject's own indicators, and the city totals for those allowed to report them. */
  indicators: string[];
  cityIndicators: string[];
  periods: Period[];
  initialPeriod: Period;
  lang: Lang;
}

/** `/zone report <zone>`: indicator, period, value in its unit, note and source. */
export function figureModal(o: FigureModalOptions): ModalView {
  const m = reportText(o.lang);
  const base = o.plan.data.plan.baselineYear;
  const indicatorOptions = [
    ...o.indicators.map((k) =>
      option(indicatorLabel(o.plan.indicator(k), o.lang), indicatorChoice(subjectKey(o.subject), k)),
    ),
    ...o.cityIndicators.map((k) =>
      option(`${m.city} · ${indicatorLabel(o.plan.indicator(k), o.lang)}`, indicatorChoice(null, k)),
    ),
  ];
  const periodOptions = o.periods.map((p) => option(periodLabel(p, base, o.lang), p));
  const initial = periodOptions.find((p) => p.value === o.initialPeriod);
  const f = FIGURE_INPUT;
  return {
    type: 'modal',
    callback_id: REPORT_FIGURE_VIEW,
    title: modalText(m.title),
    submit: modalText(m.submit),
    close: modalText(m.close),
    blocks: [
      section(
        m.zoneLine('zone' in o.subject ? zoneName(o.subject.zone, o.lang) : countyName(o.subject.county, o.lang)),
      ),
      input(f.indicator.block, m.indicator, {
        type: 'static_select',
        action_id: f.indicator.action,
        options: indicatorOptions.slice(0, 100),
      }),
      input(f.period.block, m.period, {
        type: 'static_select',
        action_id: f.period.action,
        options: periodOptions.slice(0, 100),
        ...(initial ? { initial_option: initial } : {}),
      }),
      input(
        f.value.block,
        m.value,
        { type: 'plain_text_input', action_id: f.value.action, max_length: 40 },
        false,
        m.valueHint,
      ),
      input(
        f.note.block,
        m.note,
        { type: 'plain_text_input', action_id: f.note.action, multiline: true, max_length: 500 },
        true,
        m.noteHint,
      ),
      input(
        f.source.block,
        m.source,
        { type: 'plain_text_input', action_id: f.source.action, max_length: 500 },
        true,
        m.sourceHint,
      ),
    ],
  };
}

/** 徐圩新区 · 地区生产总值 · 2025年12月 · 1,050亿元 */
export function savedLine(saved: Saved, plan: PlanIndex, lang: Lang): string {
  const r = saved.revision;
  const indicator = plan.indicator(r.indicator);
  const zone = r.zone ? plan.zone(r.zone) : undefined;
  const subject = zone ? zoneName(zone, lang) : r.zone ? subjectShort(plan, r.zone, lang) : reportText(lang).city;
  return `${subject} · ${lang === 'zh' ? indicator.name : indicator.nameEn} · ${periodLabel(r.period, plan.data.plan.baselineYear, lang)} · ${formatQuantity(r.value, indicator, lang)}`;
}

/** What the modal turns into once a figure is stored. */
export function savedModal(saved: Saved, plan: PlanIndex, lang: Lang): ModalView {
  const m = reportText(lang);
  const r = saved.revision;
  const what = savedLine(saved, plan, lang);
  return {
    type: 'modal',
    title: modalText(m.savedTitle),
    close: modalText(common(lang).close),
    blocks: [
      section(m.saved(what)),
      context(m.revision(saved.revisionNumber), m.by(actorName(r.enteredBy, lang), formatInstant(r.enteredAt))),
    ],
  };
}

/** Shown at once when the real modal takes a moment, so Slack's trigger does not expire. */
export function loadingModal(lang: Lang): ModalView {
  const m = reportText(lang);
  return {
    type: 'modal',
    title: modalText(m.loading),
    close: modalText(m.close),
    blocks: [section(m.loadingText)],
  };
}
