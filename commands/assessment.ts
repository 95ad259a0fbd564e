import type { AssessmentReport } from '../src/domain/assessment/report.js';
import { commandLine } from '../src/i18n/command-line.js';
import { formatDate } from '../src/i18n/format.js';
import { assessmentText } from '../src/i18n/messages/assessment.js';
import { assessmentReport } from '../src/i18n/messages/assessment-report.js';
import { isoDate } from '../src/plan/schema.js';
import { asOfWords, assessmentOutline } from '../src/report/assessment-outline.js';
import { writeDocx } from '../src/report/docx-writer.js';
import { reply, section } from '../src/views/blocks.js';
import { zoneName, zoneShort } from '../src/views/names.js';
import { requireZone } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

// Slack's and phones' keyboards turn "--" into a dash: —as-of and –as-of are read as --as-of too.
const AS_OF = /^(?:--|—|–)as-?of(?:=(.*))?$/iu;
const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/u;

/** A day as typed, 2026-03-31 or 2026年3月31日, as YYYY-MM-DD; null for anything else. */
function readDay(typed: string): string | null {
  const cn = CN_DATE.exec(typed);
  const day = cn ? `${cn[1]}-${String(cn[2]).padStart(2, '0')}-${String(cn[3]).padStart(2, '0')}` : typed;
  return isoDate.safeParse(day).success ? day : null;
}

/** `--as-of <day>` taken out of the words: the day, checked against today and the plan's start. */
function takeAsOf(args: string[], ctx: CommandContext): { words: string[]; day: string | undefined } {
  const m = assessmentText(ctx.lang);
  const at = args.findIndex((a) => AS_OF.test(a));
  if (at < 0) return { words: args, day: undefined };
  const inline = AS_OF.exec(args[at] as string)?.[1];
  const typed = inline ?? args[at + 1];
  const words = [...args.slice(0, at), ...args.slice(at + (inline === undefined ? 2 : 1))];
  const hint = m.details(commandLine(ctx.surface));
  if (!typed) throw new UsageError(m.missingDate, hint);
  const day = readDay(typed);
  if (!day) throw new UsageError(m.badDate(typed), hint);
  if (day > ctx.today) throw new UsageError(m.futureDate(formatDate(day, ctx.lang)));
  if (day < ctx.plan.startsOn) throw new UsageError(m.beforePlan(formatDate(ctx.plan.startsOn, ctx.lang)));
  return { words, day };
}

/** What the report says in counts, for the short answer in the conversation. */
function counts(report: AssessmentReport, ctx: CommandContext): string {
  const r = assessmentReport(ctx.lang);
  const [zone] = report.zones;
  if (report.city) {
    const parties = report.city.milestones.reduce((n, m) => n + m.parties.length, 0);
    return assessmentText(ctx.lang).sentences([
      r.cityTargets(report.city.targets.length, report.city.targetTally),
      r.cityMilestones(report.city.milestones.length, parties, report.city.milestoneTally),
    ]);
  }
  if (!zone) return '';
  return r.sentence([
    r.zoneTargets(zoneName(zone.zone, ctx.lang), zone.targets.length, zone.targetTally),
    r.zoneMilestones(zone.milestones.length, zone.milestoneTally),
  ]);
}

/**
 * `/zone assessment [zone] [--as-of YYYY-MM-DD]`: the final assessment report
 * (中期评估 while the plan runs) as a Word document, for the asker alone: in
 * Slack it goes to their DM with the bot, in a terminal to `--out`.
 */
export const assessment: Command = {
  name: 'assessment',
  aliases: ['评估', '终期评估', '中期评估', '评估报告', 'assess'],
  // It reads the facts as of a moment, and what was posted when: nothing a cached answer could stand for.
  live: true,
  help: (lang) => assessmentText(lang),
  async run(args, ctx) {
    const m = assessmentText(ctx.lang);
    const { words, day } = takeAsOf(args, ctx);
    const [only] = words;
    const typedDay = words.length === 1 && only !== undefined ? readDay(only) : null;
    if (typedDay) throw new UsageError(m.dayWithoutFlag(commandLine(ctx.surface), typedDay));
    const zone = words.length ? requireZone(words.join(' '), ctx) : undefined;
    const report = await ctx.services.assessment.assess(ctx.plan, {
      zone: zone?.slug ?? null,
      asOfDay: day,
      now: ctx.now,
    });
    const outline = assessmentOutline(report, ctx.lang);
    const content = await writeDocx(outline);
    const kind = m.kindName[report.kind];
    const scope = zone ? zoneShort(zone, ctx.lang) : m.allZones;
    const made = m.made(kind, scope, asOfWords(report, ctx.lang).cover);
    const text = m.sentences([made, counts(report, ctx), ...(ctx.surface === 'slack' ? [m.sentToYou] : [])]);
    return {
      ...reply(text, [section(text)]),
      file: {
        filename: `zonebot-assessment-${ctx.plan.key}-${zone?.slug ?? 'all'}-${report.judgedOn}.docx`,
        title: m.fileTitle(kind, scope, formatDate(report.judgedOn, ctx.lang)),
        content,
        share: false,
      },
    };
  },
};
