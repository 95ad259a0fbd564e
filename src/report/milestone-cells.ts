import type { CityMilestone, MilestoneAssessment } from '../domain/assessment/milestones.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { assessmentCells } from '../i18n/messages/assessment-cells.js';
import { common } from '../i18n/messages/common.js';
import { planWords } from '../i18n/messages/plan-words.js';
import type { MilestoneData } from '../plan/types.js';
import { inferredAside } from '../views/inferred.js';
import { unitName } from '../views/names.js';
import { whoMust } from '../views/targets.js';

/** 任务2 完成内设机构优化, with what the plan file reads into it. */
export function milestoneTitle(m: MilestoneData, lang: Lang): string {
  const task = m.task === null ? '' : `${common(lang).task(m.task)} `;
  return `${task}${lang === 'zh' ? m.title : m.titleEn}${inferredAside(m, lang)}`;
}

export const doneCell = (line: MilestoneAssessment, lang: Lang) =>
  line.doneOn ? formatDate(line.doneOn, lang) : assessmentCells(lang).dash;

/** 按期完成 / 逾期完成 / 未完成 (with what the latest report says) / 未到期. */
export function milestoneVerdict(line: MilestoneAssessment, lang: Lang): string {
  const c = assessmentCells(lang);
  const result = c.milestoneResult[line.result];
  const said = line.state && line.state !== 'done' ? planWords(lang).reported[line.state] : null;
  return said ? c.notDoneState(result, said) : result;
}

export function unitsOf(m: MilestoneData, plan: PlanIndex, lang: Lang): string {
  return m.units
    .map((key) => {
      const unit = plan.unit(key);
      return unit ? unitName(unit, lang) : key;
    })
    .join(common(lang).listSeparator);
}

/** Who owes a milestone: the zones in the fewest words, and the units that owe it themselves. */
export function owedBy(m: MilestoneData, plan: PlanIndex, lang: Lang): string {
  const zones = m.zones.length ? [whoMust(m.zones, plan, lang)] : [];
  const units = m.units.length ? [assessmentCells(lang).unitsParty(unitsOf(m, plan, lang))] : [];
  return [...zones, ...units].join(common(lang).listSeparator);
}

/** One party's verdict and date, or for several parties how many of them did what. */
export function outcomeCell(line: CityMilestone, lang: Lang): string {
  const [only] = line.parties;
  if (line.parties.length === 1 && only) {
    const verdict = milestoneVerdict(only, lang);
    return only.doneOn ? assessmentCells(lang).withNote(verdict, formatDate(only.doneOn, lang)) : verdict;
  }
  return assessmentCells(lang).partiesTally(line.tally);
}
