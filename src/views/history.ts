import type { KnownBlock, SectionBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import type { FigureRevision, ProgressNote, ProgressReport, RevisionPage } from '../domain/records.js';
import { formatInstant, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { historyText } from '../i18n/messages/history.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { actions, button, context, divider, header, type Reply, reply, section, sections } from './blocks.js';
import { BLOCK, RUN_COMMAND_ACTION, VERIFY_FIGURE_ACTION } from './ids.js';
import { actorName } from './names.js';
import { periodLabel } from './report-figure.js';
import { reportSubject } from './report-progress.js';

/** Figure groups (indicator × period) a page shows; each is one section, and Slack allows 50 blocks. */
export const HISTORY_GROUPS = 20;
/** Progress reports and notes the first page shows, newest first: the ledger holds the whole trail. */
export const HISTORY_TRAIL = 15;

function revisionLine(r: FigureRevision, current: boolean, plan: PlanIndex, lang: Lang): string {
  const m = historyText(lang);
  const parts = [
    `${current ? m.current : m.superseded} *${formatQuantity(r.value, plan.indicator(r.indicator), lang)}*`,
    m.by(actorName(r.enteredBy, lang), formatInstant(r.enteredAt)),
    ...(r.note ? [m.note(r.note)] : []),
    ...(r.source ? [m.source(r.source)] : []),
    ...r.verifications.map((v) => m.verified(actorName(v.by, lang), formatInstant(v.at))),
  ];
  return `${current ? '•' : '  ◦'} ${parts.join(' · ')}`;
}

function figureSections(
  revisions: FigureRevision[],
  plan: PlanIndex,
  lang: Lang,
  canVerify: (indicator: string) => boolean,
): SectionBlock[] {
  const groups = new Map<string, FigureRevision[]>();
  for (const r of revisions) {
    const key = `${r.indicator}|${r.period}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  // Newest period first, as the page was read; within a period, the plan's order of indicators.
  const ordered = [...groups.values()].sort((a, b) => {
    const [x, y] = [a[0] as FigureRevision, b[0] as FigureRevision];
    return (
      y.period.localeCompare(x.period) || plan.indicator(x.indicator).position - plan.indicator(y.indicator).position
    );
  });
  return ordered.map((group) => {
    const newest = [...group].reverse();
    const latest = newest[0] as FigureRevision;
    const indicator = plan.indicator(latest.indicator);
    const title = `*${lang === 'zh' ? indicator.name : indicator.nameEn} · ${periodLabel(latest.period, plan.data.plan.baselineYear, lang)}*`;
    const lines = newest.map((r, i) => revisionLine(r, i === 0, plan, lang));
    const body = section([title, ...lines].join('\n'));
    // Only the officers of the indicator's field (and admins) may vouch for it: nobody else is offered the button.
    if (!canVerify(latest.indicator)) return body;
    return { ...body, accessory: button(historyText(lang).verify, VERIFY_FIGURE_ACTION, String(latest.id)) };
  });
}

function progressLine(r: ProgressReport, plan: PlanIndex, lang: Lang): string {
  const m = historyText(lang);
  const d = r.decision;
  const confirmation = !r.needsConfirmation
    ? ''
    : !d
      ? m.awaiting
      : d.confirmed
        ? m.confirmed(actorName(d.by, lang))
        : m.returned(actorName(d.by, lang));
  const state = [planWords(lang).reported[r.state], confirmation].filter(Boolean).join(' · ');
  const note = r.note ? ` · ${m.note(r.note)}` : '';
  return `• ${formatInstant(r.enteredAt)} ${actorName(r.enteredBy, lang)} ${reportSubject(r, plan, lang)} → ${state}${note}`;
}

function noteLine(n: ProgressNote, plan: PlanIndex, lang: Lang): string {
  const subject = reportSubject({ milestone: n.milestone, zone: n.zone }, plan, lang);
  return `• ${formatInstant(n.enteredAt)} ${actorName(n.enteredBy, lang)} ${subject} · ${historyText(lang).threadNote(n.text)}`;
}

export interface HistoryPage {
  /** The zone's name, or the city's. */
  subject: string;
  page: RevisionPage;
  progress: ProgressReport[];
  notes: ProgressNote[];
  /** Whether the page shows the progress trail (the first page of a zone's whole history). */
  trail: boolean;
  /** A page after the first. */
  continued: boolean;
  /** The command that shows the next page, and how it is typed where the reader is; null on the last page. */
  next: { line: string; typed: string } | null;
  plan: PlanIndex;
  lang: Lang;
  canVerify: (indicator: string) => boolean;
}

/**
 * `/zone history <zone> [indicator]`: a page of figure groups, each with every
 * revision (the newest counts), a 更多 button to the next page, and on the
 * first page the latest progress reports with notes from nudges' threads.
 */
export function historyView(h: HistoryPage): Reply {
  const m = historyText(h.lang);
  const title = h.continued ? m.continued(h.subject) : m.title(h.subject);
  const { revisions } = h.page;
  const blocks: KnownBlock[] = [header(title), section(m.figures)];
  blocks.push(...(revisions.length ? figureSections(revisions, h.plan, h.lang, h.canVerify) : [context(m.noFigures)]));
  if (h.next) {
    blocks.push(
      actions(BLOCK.historyMore, [button(m.more, RUN_COMMAND_ACTION, h.next.line)]),
      context(m.moreHint(h.next.typed)),
    );
  }
  if (h.trail) {
    blocks.push(divider(), section(m.progress));
    const trail = [
      ...h.progress.map((r) => ({ at: r.enteredAt, line: () => progressLine(r, h.plan, h.lang) })),
      ...h.notes.map((n) => ({ at: n.enteredAt, line: () => noteLine(n, h.plan, h.lang) })),
    ];
    const lines = trail
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .slice(0, HISTORY_TRAIL)
      .map((entry) => entry.line());
    blocks.push(...(lines.length ? sections(lines) : [context(m.noProgress)]));
    if (trail.length >= HISTORY_TRAIL) blocks.push(context(m.wholeTrail));
  }
  return reply(title, blocks.slice(0, 50));
}
