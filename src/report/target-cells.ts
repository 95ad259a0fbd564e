import type { TargetAssessment } from '../domain/assessment/targets.js';
import type { Reading } from '../domain/progress.js';
import { formatNumber, formatPercent, formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { assessmentCells } from '../i18n/messages/assessment-cells.js';
import { targetText } from '../i18n/messages/targets.js';
import type { IndicatorData, TargetData } from '../plan/types.js';
import { comparisonText, leadGoal, leadYearsCell } from '../views/lead-text.js';
import { describeProjection } from '../views/projection-text.js';
import { missingText, rankWords } from '../views/target-text.js';

type Quantity = (value: number) => string;

/** How a target's judged quantity is written: a share as a percentage, places gained in words, else with its unit. */
export function quantityOf(target: TargetData, indicator: IndicatorData, lang: Lang): Quantity {
  if (target.kind === 'share') return (v) => formatPercent(v, lang);
  if (target.kind === 'rank_gain') return (v) => rankWords(v, lang);
  return (v) => formatQuantity(v, indicator, lang);
}

/** The figure the verdict rests on: the final (or latest) one, each year's for a yearly target, or what is missing. */
export function figureCell(line: TargetAssessment, lang: Lang): string {
  const m = targetText(lang);
  const c = assessmentCells(lang);
  const q = quantityOf(line.target, line.indicator, lang);
  const at = (value: string, period: string) => m.measured(value, formatPeriod(period, lang));
  const reading: Reading = line.reading;
  const covered = (text: string, cov: { reported: number; of: number } | null) =>
    cov && cov.reported < cov.of ? c.withNote(text, m.coverage(cov.reported, cov.of)) : text;
  switch (reading.state) {
    case 'no_figures':
      return m.noFigures;
    case 'no_baseline':
      return at(formatQuantity(reading.actual.value, line.indicator, lang), reading.actual.period);
    case 'measured':
      return covered(at(q(reading.actual), reading.period), reading.coverage);
    case 'missing': {
      const missing = missingText(reading.missing, lang);
      const { latest } = reading;
      return covered(latest ? c.latestToo(missing, at(q(latest.value), latest.period)) : missing, reading.coverage);
    }
    case 'lead':
      return comparisonText(reading.comparison, lang);
    case 'years': {
      if (reading.leads) return leadYearsCell(reading, c.yearsSeparator, lang) || c.dash;
      const years = reading.years.map((y) => m.yearFigure(formatPeriod(String(y.year), lang), q(y.actual)));
      const missing = reading.missing.length ? [missingText(reading.missing, lang)] : [];
      return [...years, ...missing].join(c.yearsSeparator) || c.dash;
    }
  }
}

/**
 * The goal in the judged quantity, or how it is reckoned where the baseline
 * it rests on is missing or differs from zone to zone (goal null).
 */
export function goalCell(target: TargetData, indicator: IndicatorData, goal: number | null, lang: Lang): string {
  const c = assessmentCells(lang);
  const q = quantityOf(target, indicator, lang);
  const cmp = targetText(lang)[target.comparator];
  switch (target.kind) {
    case 'range':
      return c.goalRange(
        formatNumber(target.value, lang),
        formatQuantity(target.valueMax ?? target.value, indicator, lang),
      );
    case 'yearly':
      return c.goalYearly(formatQuantity(target.value, indicator, lang));
    case 'rank_gain':
      return c.goalPlaces(target.value);
    case 'growth_lead':
      return leadGoal(target, lang);
    case 'multiple':
      return goal === null ? c.goalTimes(String(target.value)) : c.goalAbove(cmp, q(goal));
    case 'increase':
      return goal === null ? c.goalPlus(formatQuantity(target.value, indicator, lang)) : c.goalAbove(cmp, q(goal));
    default:
      return c.goalAbove(cmp, q(goal ?? target.value));
  }
}

export function baselineCell(line: TargetAssessment, lang: Lang): string {
  const { baseline } = line;
  return baseline === null ? assessmentCells(lang).dash : quantityOf(line.target, line.indicator, lang)(baseline);
}

/**
 * 达标 / 未达标 / 缺数据, or 未到期 with the light and 序时进度 it stands at
 * and, where the figures allow one, where it is heading at their pace.
 */
export function verdictCell(line: TargetAssessment, lang: Lang): string {
  const c = assessmentCells(lang);
  if (line.result !== 'not_due') return c.result[line.result];
  const { rag, pace } = line.verdict;
  const shown = pace && { actual: formatPercent(pace.actual, lang), expected: formatPercent(pace.expected, lang) };
  const heading = describeProjection(line.projection, line.indicator, lang, { compact: true });
  return [c.notDue(targetText(lang).light[rag], shown), ...(heading ? [heading] : [])].join('\n');
}
