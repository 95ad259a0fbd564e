import type { KnownBlock } from '@slack/types';
import type { Digest } from '../domain/digest.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { digestText } from '../i18n/messages/digest.js';
import { context, divider, header, type Reply, reply, section, sections } from './blocks.js';
import { subjectShort } from './names.js';
import { describeProjection, projectionNote } from './projection-text.js';
import { describeTarget, RAG_ICON } from './target-text.js';

/** Lines per list: a digest points at what matters; the commands show the rest. */
const MAX_LINES = 15;

/** Targets that will miss, worst first: the few furthest short are the ones to act on. */
const MAX_MISSES = 10;

function willMissBlocks(digest: Digest, plan: PlanIndex, lang: Lang, zone: (slug: string) => string): KnownBlock[] {
  const m = digestText(lang);
  const { willMiss } = digest;
  if (!willMiss.length) return [];
  const lines = willMiss.slice(0, MAX_MISSES).flatMap((w) => {
    const target = plan.data.targets.find((t) => t.key === w.target);
    if (!target) return [];
    const indicator = plan.indicator(target.indicator);
    const what = describeTarget(target, indicator, lang, plan.data.plan.baselineYear);
    const ahead = describeProjection(w.projection, indicator, lang, { compact: true, verdict: false }) ?? '';
    return m.willMissLine(w.zone ? m.who(zone(w.zone)) : '', what, ahead);
  });
  const more = willMiss.length > MAX_MISSES ? [m.more(willMiss.length - MAX_MISSES)] : [];
  return [section(m.willMiss(willMiss.length)), ...sections(lines), context(...more, projectionNote(lang))];
}

/** The week's digest, or the plan period's closing one, for the leadership channel. */
export function digestMessage(digest: Digest, plan: PlanIndex, lang: Lang, closing: boolean): Reply {
  const m = digestText(lang);
  // Figures entered for a county are among the week's figures.
  const zone = (slug: string) => subjectShort(plan, slug, lang);
  const target = (key: string) => plan.data.targets.find((t) => t.key === key)?.text ?? key;
  const title = closing
    ? m.closingTitle(formatDate(digest.to, lang))
    : m.title(formatDate(digest.from, lang), formatDate(digest.to, lang));
  const total = digest.overdue.reduce((n, z) => n + z.count, 0);
  const lines = <T>(items: T[], line: (item: T) => string) => items.slice(0, MAX_LINES).map(line);
  const blocks: KnownBlock[] = [
    header(title),
    section(m.overdue(total)),
    ...sections(lines(digest.overdue, (o) => m.overdueLine(zone(o.zone), o.count))),
    divider(),
    section(m.figures),
    ...(digest.figures.length
      ? sections(lines(digest.figures, (f) => m.figuresLine(zone(f.zone), f.added, f.corrected)))
      : [context(m.noFigures)]),
    section(m.changes),
    ...(digest.changes.length
      ? sections(
          lines(digest.changes, (c) => m.change(zone(c.zone), target(c.target), RAG_ICON[c.from], RAG_ICON[c.to])),
        )
      : [context(m.noChanges)]),
    ...willMissBlocks(digest, plan, lang, zone),
  ];
  if (digest.flags.length) {
    blocks.push(
      section(m.flags),
      ...sections(lines(digest.flags, (f) => m.flag(zone(f.zone), m.kinds[f.kind] ?? f.kind))),
    );
  }
  blocks.push(
    section(m.missing),
    ...(digest.missing.length
      ? sections(lines(digest.missing, (x) => m.missingLine(zone(x.zone), x.count)))
      : [context(m.noMissing)]),
  );
  if (!closing) blocks.push(context(m.edited));
  return reply(`${title}\n${m.overdue(total)}`, blocks.slice(0, 50));
}
