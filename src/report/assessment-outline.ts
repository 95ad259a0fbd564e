import type { AssessmentReport } from '../domain/assessment/report.js';
import { localDate } from '../domain/dates.js';
import { formatDate, formatInstant } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { assessmentReport } from '../i18n/messages/assessment-report.js';
import { zoneName } from '../views/names.js';
import { cityParts, rankingBlocks } from './city-parts.js';
import { notesBlocks, rewardsBlocks } from './closing-parts.js';
import type { Block, Outline } from './outline.js';
import { type Part, zoneParts } from './zone-parts.js';

/** 数据截至2026年3月31日24时 for an asked day; else the minute the facts were read. */
export function asOfWords(report: AssessmentReport, lang: Lang): { cover: string; note: string } {
  const m = assessmentReport(lang);
  const { instant, asked } = report.asOf;
  const day = formatDate(report.judgedOn, lang);
  if (asked) return { cover: m.asOfDay(day), note: day };
  const when = m.instant(formatDate(localDate(instant), lang), formatInstant(instant).slice(11, 16));
  return { cover: m.asOfTime(when), note: when };
}

function cover(report: AssessmentReport, lang: Lang, asOf: string): Block[] {
  const m = assessmentReport(lang);
  const { plan } = report;
  const title = lang === 'zh' ? plan.data.plan.title : plan.data.plan.titleEn;
  const zone = report.scope === null ? undefined : plan.zone(report.scope);
  return [
    { kind: 'title', text: m.title(title, report.kind) },
    ...(zone ? [{ kind: 'subtitle' as const, text: m.zoneLine(zoneName(zone, lang)) }] : []),
    { kind: 'subtitle', text: m.docLine(plan.data.plan.docNumber, formatDate(report.judgedOn, lang)) },
    { kind: 'subtitle', text: asOf },
    {
      kind: 'subtitle',
      text: zone ? m.scopeZone(zoneName(zone, lang)) : m.scopeAll(plan.data.zones.length),
    },
  ];
}

/** Parts under a heading of `level`, each numbered in the style of the level below. */
function numbered(parts: Part[], level: 1 | 2 | 3, lang: Lang): Block[] {
  const m = assessmentReport(lang);
  const number = level === 1 ? m.section : level === 2 ? m.sub : m.item;
  return parts.flatMap((p, i) => [{ kind: 'heading', level, text: number(i + 1, p.title) } as Block, ...p.blocks]);
}

function wholeCity(report: AssessmentReport, lang: Lang): Part[] {
  const m = assessmentReport(lang);
  const { plan } = report;
  const p = plan.data.plan;
  const intro: Block[] = [
    {
      kind: 'paragraph',
      text: m.planIntro(
        lang === 'zh' ? p.title : p.titleEn,
        p.issuer,
        formatDate(p.issuedOn, lang),
        formatDate(p.startsOn, lang),
        formatDate(p.endsOn, lang),
        p.baselineYear,
      ),
    },
    { kind: 'paragraph', text: m.kindIntro[report.kind](formatDate(p.endsOn, lang)) },
  ];
  const city = report.city ? numbered(cityParts(report.city, report, lang), 2, lang) : [];
  const zones = report.zones.map(
    (z): Part => ({ title: zoneName(z.zone, lang), blocks: numbered(zoneParts(z, report, lang), 3, lang) }),
  );
  return [
    { title: m.heading.overview, blocks: [...intro, ...city] },
    { title: m.heading.zones, blocks: numbered(zones, 2, lang) },
    { title: m.heading.rewards, blocks: rewardsBlocks(report, lang) },
  ];
}

/** A report on one zone: its parts are the sections, the ranking chart and the plan's rules with its ranks. */
function oneZone(report: AssessmentReport, lang: Lang): Part[] {
  const [zone] = report.zones;
  return zone ? zoneParts(zone, report, lang, [...rankingBlocks(report, lang), ...rewardsBlocks(report, lang)]) : [];
}

/**
 * The assessment report as a government office lays it out: the title, the
 * document number and date, what the figures stand at; sections numbered
 * 一、（一）1. (I., (i), 1. in English); 附：说明 last.
 */
export function assessmentOutline(report: AssessmentReport, lang: Lang): Outline {
  const m = assessmentReport(lang);
  const asOf = asOfWords(report, lang);
  const parts = report.scope === null ? wholeCity(report, lang) : oneZone(report, lang);
  const title = m.title(lang === 'zh' ? report.plan.data.plan.title : report.plan.data.plan.titleEn, report.kind);
  return {
    title,
    lang,
    blocks: [
      ...cover(report, lang, asOf.cover),
      ...numbered(parts, 1, lang),
      { kind: 'heading', level: 1, text: m.heading.notes },
      ...notesBlocks(report, asOf.note, lang),
    ],
  };
}
