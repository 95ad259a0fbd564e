import type { ZoneYear } from '../domain/assessment/rankings.js';
import type { AssessmentReport, ZoneAssessment } from '../domain/assessment/report.js';
import type { Outlook } from '../domain/outlook.js';
import { formatDate, formatNumber, formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { assessmentCells } from '../i18n/messages/assessment-cells.js';
import { assessmentReport } from '../i18n/messages/assessment-report.js';
import { zoneName } from '../views/names.js';
import { describeTarget } from '../views/target-text.js';
import { doneCell, milestoneTitle, milestoneVerdict } from './milestone-cells.js';
import type { Block } from './outline.js';
import { baselineCell, figureCell, goalCell, verdictCell } from './target-cells.js';

/** A titled part of a zone's section: numbered 1. 2. … under the zone, or 一、二、… in a report on the zone alone. */
export interface Part {
  title: string;
  blocks: Block[];
}

export const TARGET_WIDTHS = [8, 32, 14, 18, 14, 14];
const MILESTONE_WIDTHS = [8, 40, 18, 18, 16];
const YEAR_WIDTHS = [14, 14, 16, 16, 18, 22];

/** A ranking's month as the report names it: 2025年 for a December, 2026年11月（最新） for a running year's latest. */
export function rankingLabel(month: string, lang: Lang): string {
  const c = assessmentCells(lang);
  return month.endsWith('-12') ? c.december(Number(month.slice(0, 4))) : c.latestMonth(formatPeriod(month, lang));
}

export function changeText(year: ZoneYear, lang: Lang): string {
  const c = assessmentCells(lang);
  const { change } = year;
  if (!change) return c.dash;
  if (change.kind === 'new') return c.newlyRanked;
  if (change.kind === 'same') return c.same;
  return change.kind === 'up' ? c.up(change.places) : c.down(change.places);
}

function yearRow(year: ZoneYear, lang: Lang): string[] {
  const c = assessmentCells(lang);
  return [
    rankingLabel(year.month, lang),
    year.score === null ? c.dash : formatNumber(year.score, lang, 1),
    year.rank === null ? c.unranked : c.rank(year.rank, year.tied),
    changeText(year, lang),
    year.provincialRank === null ? c.dash : c.provincial(year.provincialRank),
    year.flags.map((f) => c.rule[f.rule]).join(c.listSeparator) || c.dash,
  ];
}

/** The summary paragraph: counts of results, the latest rank and its move, the provincial rank and the rules it meets. */
export function zoneSummary(z: ZoneAssessment, lang: Lang): string {
  const m = assessmentReport(lang);
  const name = zoneName(z.zone, lang);
  const outlook: Record<Outlook, number> = { on_course: 0, at_risk: 0, will_miss: 0 };
  for (const t of z.targets) if (t.projection.state === 'projected') outlook[t.projection.verdict]++;
  const heading = Object.values(outlook).some((n) => n > 0) ? [m.zoneOutlook(outlook)] : [];
  const counts = m.sentence([
    m.zoneTargets(name, z.targets.length, z.targetTally),
    ...heading,
    m.zoneMilestones(z.milestones.length, z.milestoneTally),
  ]);
  const latest = z.years.at(-1);
  const standing: string[] = [];
  if (latest) {
    const month = formatPeriod(latest.month, lang);
    const { change } = latest;
    const moved =
      change?.kind === 'up'
        ? m.changeUp(change.places)
        : change?.kind === 'down'
          ? m.changeDown(change.places)
          : change?.kind === 'same'
            ? m.changeSame
            : '';
    standing.push(latest.rank === null ? m.notRanked(month) : m.rankedAs(month, latest.rank, latest.tied, moved));
  }
  const assessed = z.years.filter((y) => y.provincialRank !== null).at(-1);
  if (assessed?.provincialRank != null) {
    const year = Number(assessed.month.slice(0, 4));
    standing.push(m.provincialRank(year, assessed.provincialRank));
    for (const f of assessed.flags) {
      standing.push((f.rule === 'interview' ? m.interview : m.commendation)(year, f.moves.length));
    }
  }
  return standing.length ? `${counts}${lang === 'en' ? ' ' : ''}${m.sentence(standing)}` : counts;
}

/** A zone's targets, milestones, yearly ranking (followed by `aboutRanks`) and summary, as the parts of its section. */
export function zoneParts(z: ZoneAssessment, report: AssessmentReport, lang: Lang, aboutRanks: Block[] = []): Part[] {
  const m = assessmentReport(lang);
  const c = assessmentCells(lang);
  const { plan } = report;
  const targets: Block[] = z.targets.length
    ? [
        {
          kind: 'table',
          header: c.targetHeader(plan.baselineYear, report.kind === 'final'),
          widths: TARGET_WIDTHS,
          rows: z.targets.map((line, i) => [
            String(i + 1),
            describeTarget(line.target, line.indicator, lang, plan.baselineYear),
            baselineCell(line, lang),
            figureCell(line, lang),
            goalCell(line.target, line.indicator, line.goal, lang),
            verdictCell(line, lang),
          ]),
        },
      ]
    : [{ kind: 'paragraph', text: m.sentence([m.zoneTargets(zoneName(z.zone, lang), 0, z.targetTally)]) }];
  const milestones: Block[] = [
    {
      kind: 'table',
      header: c.zoneMilestoneHeader,
      widths: MILESTONE_WIDTHS,
      rows: z.milestones.map((line, i) => [
        String(i + 1),
        milestoneTitle(line.milestone, lang),
        formatDate(line.milestone.dueOn, lang),
        doneCell(line, lang),
        milestoneVerdict(line, lang),
      ]),
    },
  ];
  const years: Block[] = z.years.length
    ? [{ kind: 'table', header: c.yearHeader, widths: YEAR_WIDTHS, rows: z.years.map((y) => yearRow(y, lang)) }]
    : [{ kind: 'paragraph', text: m.noRanking }];
  return [
    { title: m.heading.targets, blocks: targets },
    {
      title: m.heading.milestones,
      blocks: z.milestones.length
        ? milestones
        : [{ kind: 'paragraph', text: m.sentence([m.zoneMilestones(0, z.milestoneTally)]) }],
    },
    { title: m.heading.zoneRanking, blocks: [...years, ...aboutRanks] },
    { title: m.heading.summary, blocks: [{ kind: 'paragraph', text: zoneSummary(z, lang) }] },
  ];
}
