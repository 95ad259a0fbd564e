import type { KnownBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import type { RankedZone, Ranking } from '../domain/ranking.js';
import type { Correction } from '../domain/ranking-corrections.js';
import { LATE_CREDIT, NOT_MET_CAP } from '../domain/ranking-score.js';
import { formatDate, formatPercent, formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { rankingText } from '../i18n/messages/ranking.js';
import { context, divider, fitBlocks, header, type Reply, reply, section, sections } from './blocks.js';
import {
  correctionLine,
  formatScore,
  officialLine,
  rankLabel,
  weightShares,
  zoneLabel,
  zoneLine,
} from './ranking-text.js';

export interface RankingViewOptions {
  /** For a stored ranking shown again: what recomputing its month from today's figures changes. */
  corrections?: Correction[];
}

/** Up to this many zones lead the notification text. */
const TOP = 3;

function tiedRanks(entries: RankedZone[]): Set<number> {
  const seen = new Map<number, number>();
  for (const e of entries) if (e.rank !== null) seen.set(e.rank, (seen.get(e.rank) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([rank]) => rank));
}

/** The plan's rules applied to the provincial ranks: what the rules say, then the zones they flag. */
function officialBlocks(ranking: Ranking, plan: PlanIndex, lang: Lang): KnownBlock[] {
  const m = rankingText(lang);
  const rules = plan.data.assessmentRules;
  if (!ranking.official || !rules) return [];
  const { year } = ranking.official;
  if (year === null) return [divider(), context(m.noProvincialRanks)];
  const statements = [
    ...(rules.interview
      ? [m.interviewRule(rules.interview.fallsInARow, rules.interview.says, rules.interview.inferred?.[lang])]
      : []),
    ...(rules.commendation
      ? [
          m.commendationRule(
            rules.commendation.risesInARow,
            rules.commendation.says,
            rules.commendation.inferred?.[lang],
          ),
        ]
      : []),
  ];
  const flags = ranking.entries.flatMap((e) => e.official);
  return [
    divider(),
    section(m.officialHeading(year)),
    context(...statements),
    ...(flags.length ? sections(flags.map((f) => officialLine(f, plan, lang))) : [context(m.noOfficialFlags(year))]),
  ];
}

function summaryText(ranking: Ranking, title: string, plan: PlanIndex, lang: Lang, tied: Set<number>): string {
  const m = rankingText(lang);
  const top = ranking.entries
    .filter((e) => e.rank !== null && e.score !== null)
    .slice(0, TOP)
    .map((e) =>
      m.summaryEntry(
        rankLabel(e.rank, tied.has(e.rank ?? 0), lang),
        zoneLabel(e.zone, plan, lang),
        m.score(formatScore(e.score ?? 0, lang)),
      ),
    )
    .join(common(lang).listSeparator);
  const count = (kind: string) => ranking.entries.filter((e) => e.warnings.some((w) => w.kind === kind)).length;
  const official = (rule: string) => ranking.entries.filter((e) => e.official.some((f) => f.rule === rule)).length;
  const warned = [count('interview_warning'), count('commendation_candidate')] as const;
  const flagged = [official('interview'), official('commendation')] as const;
  const parts = [
    top || m.unscored,
    ...(warned[0] + warned[1] ? [m.summaryWarnings(...warned)] : []),
    ...(flagged[0] + flagged[1] ? [m.summaryOfficial(...flagged)] : []),
  ];
  return m.summary(title, parts.join(m.summarySeparator));
}

/**
 * A month's composite ranking as a Slack message: each zone's rank, score and
 * change, the bot's early warnings and the plan's assessment rules applied to
 * the provincial ranks beside it, how the score is made, and for a ranking
 * shown again what has been corrected since it was posted.
 */
export function rankingView(ranking: Ranking, plan: PlanIndex, lang: Lang, options: RankingViewOptions = {}): Reply {
  const m = rankingText(lang);
  const c = common(lang);
  const title = m.title(formatPeriod(ranking.month, lang));
  const tied = tiedRanks(ranking.entries);
  const shares = weightShares(ranking.weights, lang);
  const corrections = options.corrections ?? [];

  const blocks: KnownBlock[] = [
    header(title),
    context(
      c.asOf(formatDate(ranking.asOf, lang)),
      c.planRef(plan.data.plan.docNumber),
      m.zoneCount(ranking.entries.length),
    ),
  ];
  if (corrections.length) {
    blocks.push(...sections([m.corrections, ...corrections.map((x) => correctionLine(x, plan, lang))]));
  }
  blocks.push(
    divider(),
    ...sections(ranking.entries.map((e) => zoneLine(e, e.rank !== null && tied.has(e.rank), plan, lang))),
    context(m.formula(shares.targets, shares.milestones)),
    context(m.targetsRule(formatPercent(LATE_CREDIT * 100, lang), formatPercent(NOT_MET_CAP * 100, lang))),
    context(m.warningsNote(ranking.warningRules.fallsInARow, ranking.warningRules.risesInARow)),
    ...officialBlocks(ranking, plan, lang),
  );
  return reply(summaryText(ranking, title, plan, lang, tied), fitBlocks(blocks, c.overflow));
}
