import type { AssessmentReport, CityAssessment } from '../domain/assessment/report.js';
import type { CityTarget, EachTarget } from '../domain/assessment/targets.js';
import { RAGS } from '../domain/schedule.js';
import { formatDate, formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { assessmentCells } from '../i18n/messages/assessment-cells.js';
import { assessmentReport } from '../i18n/messages/assessment-report.js';
import { targetText } from '../i18n/messages/targets.js';
import { targetsListText } from '../i18n/messages/targets-list.js';
import { zoneShort } from '../views/names.js';
import { rankingChartInput } from '../views/ranking-chart.js';
import { describeTarget } from '../views/target-text.js';
import { whoMust } from '../views/targets.js';
import { doneCell, milestoneTitle, milestoneVerdict, outcomeCell, owedBy, unitsOf } from './milestone-cells.js';
import type { Block } from './outline.js';
import { baselineCell, figureCell, goalCell, verdictCell } from './target-cells.js';
import { type Part, rankingLabel, TARGET_WIDTHS } from './zone-parts.js';

/** How many of the zones stand under each light, worst first. */
function zoneLights(item: EachTarget, lang: Lang): string {
  const light = targetText(lang).light;
  const counts = RAGS.map((rag): [string, number] => [
    light[rag],
    item.zones.filter((z) => z.verdict.rag === rag).length,
  ]);
  return assessmentCells(lang).lights(counts.filter(([, n]) => n > 0));
}

function targetRow(item: CityTarget, no: number, report: AssessmentReport, lang: Lang): string[] {
  const { plan } = report;
  const c = assessmentCells(lang);
  if (item.mode !== 'each') {
    const { line } = item;
    const zone = line.zone === null ? undefined : plan.zone(line.zone);
    const who = zone ? targetsListText(lang).who(zoneShort(zone, lang)) : '';
    const what = describeTarget(line.target, line.indicator, lang, plan.baselineYear);
    return [
      String(no),
      `${who}${what}`,
      baselineCell(line, lang),
      figureCell(line, lang),
      goalCell(line.target, line.indicator, line.goal, lang),
      verdictCell(line, lang),
    ];
  }
  const who = targetsListText(lang).who(whoMust(item.target.zones, plan, lang));
  const what = describeTarget(item.target, item.indicator, lang, plan.baselineYear);
  return [
    String(no),
    `${who}${what}`,
    c.dash,
    c.seeZones,
    goalCell(item.target, item.indicator, null, lang),
    c.withNote(c.result[item.result], item.result === 'not_due' ? zoneLights(item, lang) : c.zonesTally(item.tally)),
  ];
}

function targetsPart(city: CityAssessment, report: AssessmentReport, lang: Lang): Part {
  const m = assessmentReport(lang);
  const c = assessmentCells(lang);
  return {
    title: m.heading.targets,
    blocks: [
      { kind: 'paragraph', text: m.cityTargets(city.targets.length, city.targetTally) },
      {
        kind: 'table',
        header: c.targetHeader(report.plan.baselineYear, report.kind === 'final'),
        widths: TARGET_WIDTHS,
        rows: city.targets.map((t, i) => targetRow(t, i + 1, report, lang)),
      },
    ],
  };
}

function milestonesPart(city: CityAssessment, report: AssessmentReport, lang: Lang): Part {
  const m = assessmentReport(lang);
  const c = assessmentCells(lang);
  const parties = city.milestones.reduce((n, line) => n + line.parties.length, 0);
  return {
    title: m.heading.milestones,
    blocks: [
      { kind: 'paragraph', text: m.cityMilestones(city.milestones.length, parties, city.milestoneTally) },
      {
        kind: 'table',
        header: c.cityMilestoneHeader,
        widths: [8, 36, 18, 20, 18],
        rows: city.milestones.map((line, i) => [
          String(i + 1),
          milestoneTitle(line.milestone, lang),
          formatDate(line.milestone.dueOn, lang),
          owedBy(line.milestone, report.plan, lang),
          outcomeCell(line, lang),
        ]),
      },
    ],
  };
}

function unitsPart(city: CityAssessment, report: AssessmentReport, lang: Lang): Part | null {
  if (!city.unitMilestones.length) return null;
  const c = assessmentCells(lang);
  return {
    title: assessmentReport(lang).heading.unitMilestones,
    blocks: [
      {
        kind: 'table',
        header: c.unitMilestoneHeader,
        widths: [8, 30, 18, 16, 16, 12],
        rows: city.unitMilestones.map((line, i) => [
          String(i + 1),
          milestoneTitle(line.milestone, lang),
          unitsOf(line.milestone, report.plan, lang),
          formatDate(line.milestone.dueOn, lang),
          doneCell(line, lang),
          milestoneVerdict(line, lang),
        ]),
      },
    ],
  };
}

/** The latest ranking as a chart, with the zones' rank in each year's ranking beneath it. */
export function rankingBlocks(report: AssessmentReport, lang: Lang): Block[] {
  const m = assessmentReport(lang);
  const c = assessmentCells(lang);
  const latest = report.rankings.at(-1);
  if (!latest) return [{ kind: 'paragraph', text: m.noRanking }];
  const month = formatPeriod(latest.ranking.month, lang);
  const chart = rankingChartInput(latest.ranking, report.plan, lang);
  const blocks: Block[] = chart
    ? [
        { kind: 'paragraph', text: m.chartIntro(month, latest.posted) },
        { kind: 'chart', chart, caption: m.chartCaption(1, month) },
      ]
    : [];
  if (report.scope !== null) return blocks;
  const months = report.rankings.map((r) => rankingLabel(r.ranking.month, lang));
  const rows = report.zones.map((z) => [
    zoneShort(z.zone, lang),
    ...z.years.map((y) => (y.rank === null ? c.unranked : c.rank(y.rank, y.tied))),
  ]);
  const first = 24;
  const rest = months.map(() => (100 - first) / months.length);
  return [
    ...blocks,
    { kind: 'paragraph', text: m.rankingTableIntro },
    { kind: 'table', header: c.rankingHeader(months), widths: [first, ...rest], rows },
  ];
}

/** 一、总体情况: the plan, every target and milestone as the city sees them, and the ranking. */
export function cityParts(city: CityAssessment, report: AssessmentReport, lang: Lang): Part[] {
  const units = unitsPart(city, report, lang);
  return [
    targetsPart(city, report, lang),
    milestonesPart(city, report, lang),
    ...(units ? [units] : []),
    { title: assessmentReport(lang).heading.ranking, blocks: rankingBlocks(report, lang) },
  ];
}
