import type { AssessmentReport } from '../domain/assessment/report.js';
import type { OfficialFlag, OfficialRule } from '../domain/assessment-rules.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { assessmentCells } from '../i18n/messages/assessment-cells.js';
import { assessmentNotes } from '../i18n/messages/assessment-notes.js';
import { assessmentReport } from '../i18n/messages/assessment-report.js';
import { rankingText } from '../i18n/messages/ranking.js';
import { zoneShort } from '../views/names.js';
import { projectionNote } from '../views/projection-text.js';
import { weightShares } from '../views/ranking-text.js';
import type { Block } from './outline.js';

function flagged(flags: OfficialFlag[], rule: OfficialRule, report: AssessmentReport, lang: Lang): string {
  const c = assessmentCells(lang);
  const named = flags
    .filter((f) => f.rule === rule)
    .map((f) => {
      const zone = report.plan.zone(f.zone);
      const moves = f.moves.map((mv) => c.move(mv.year, mv.from, mv.to)).join(c.moveSeparator);
      return c.flagged(zone ? zoneShort(zone, lang) : f.zone, moves);
    });
  return named.join(c.listSeparator) || c.dash;
}

/** 三、考核奖惩: the plan's rules in its own words, and the zones they single out, year by year. */
export function rewardsBlocks(report: AssessmentReport, lang: Lang): Block[] {
  const m = assessmentReport(lang);
  const c = assessmentCells(lang);
  const rules = report.plan.data.assessmentRules;
  if (!rules || report.flags === null) return [{ kind: 'paragraph', text: m.noRules }];
  const stated = [
    ...(rules.interview ? [m.rule(c.rule.interview, rules.interview.says, rules.interview.inferred?.[lang])] : []),
    ...(rules.commendation
      ? [m.rule(c.rule.commendation, rules.commendation.says, rules.commendation.inferred?.[lang])]
      : []),
  ];
  const blocks: Block[] = [
    { kind: 'paragraph', text: m.rulesIntro },
    ...stated.map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: m.rulesNotVerdict },
  ];
  if (!report.flags.length) return [...blocks, { kind: 'paragraph', text: m.noProvincialRanks }];
  const rows = report.flags.map((y) => [
    c.december(y.year),
    flagged(y.flags, 'interview', report, lang),
    flagged(y.flags, 'commendation', report, lang),
  ]);
  return [...blocks, { kind: 'table', header: c.rewardsHeader, widths: [16, 42, 42], rows }];
}

/** 附：说明, each note numbered: how verdicts are read, the plan's readings, and what the figures stand at. */
export function notesBlocks(report: AssessmentReport, asOf: string, lang: Lang): Block[] {
  const n = assessmentNotes(lang);
  const interim = report.kind === 'interim';
  const { plan } = report;
  const latest = report.rankings.at(-1);
  const shares = latest ? weightShares(latest.ranking.weights, lang) : null;
  const assessment = plan.data.plan.assessment;
  const notes = [
    n.targets,
    n.each,
    ...(plan.data.targets.some((t) => t.kind === 'growth_lead') ? [n.leads] : []),
    ...(interim ? [n.notDue(report.thresholds.yellowPoints, report.thresholds.redPoints), projectionNote(lang)] : []),
    n.milestones(interim),
    ...(shares ? [n.ranking(interim, rankingText(lang).formula(shares.targets, shares.milestones))] : []),
    ...(assessment && !interim
      ? [n.assessmentDate(formatDate(assessment.date, lang), assessment.inferred?.[lang])]
      : []),
    report.asOf.asked ? n.asOfDay(formatDate(report.judgedOn, lang)) : n.asOfNow(asOf),
    n.inferred,
  ];
  return notes.map((text, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${text}` }));
}
