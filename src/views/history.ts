import type { KnownBlock, SectionBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import type { FigureRevision, ProgressNote, ProgressReport } from '../domain/records.js';
import { formatInstant, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { historyText } from '../i18n/messages/history.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { button, context, divider, header, type Reply, reply, section, sections } from './blocks.js';
import { VERIFY_FIGURE_ACTION } from './ids.js';
import { actorName } from './names.js';
import { periodLabel } from './report-figure.js';
import { reportSubject } from './report-progress.js';

/** Figure groups (indicator × period) shown; each is one section, and Slack allows 50 blocks. */
const MAX_GROUPS = 25;
const MAX_PROGRESS_LINES = 30;

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
  for (const r of revisions)
    groups.set(`${r.indicator}|${r.period}`, [...(groups.get(`${r.indicator}|${r.period}`) ?? []), r]);
  const ordered = [...groups.values()].sort((a, b) => {
    const [x, y] = [a[0] as FigureRevision, b[0] as FigureRevision];
    return (
      plan.indicator(x.indicator).position - plan.indicator(y.indicator).position || y.period.localeCompare(x.period)
    );
  });
  return ordered.slice(0, MAX_GROUPS).map((group) => {
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

/** `/zone history <zone> [indicator]`: every revision (newest counts) and the progress trail, notes from nudges' threads among the reports. */
export function historyView(
  subject: string,
  revisions: FigureRevision[],
  progress: ProgressReport[],
  plan: PlanIndex,
  lang: Lang,
  canVerify: (indicator: string) => boolean,
  notes: ProgressNote[] = [],
): Reply {
  const m = historyText(lang);
  const groups = new Set(revisions.map((r) => `${r.indicator}|${r.period}`)).size;
  const blocks: KnownBlock[] = [header(m.title(subject)), section(m.figures)];
  blocks.push(...(revisions.length ? figureSections(revisions, plan, lang, canVerify) : [context(m.noFigures)]));
  if (groups > MAX_GROUPS) blocks.push(context(m.moreGroups(groups - MAX_GROUPS)));
  blocks.push(divider(), section(m.progress));
  const trail = [
    ...progress.map((r) => ({ at: r.enteredAt, line: () => progressLine(r, plan, lang) })),
    ...notes.map((n) => ({ at: n.enteredAt, line: () => noteLine(n, plan, lang) })),
  ];
  const lines = trail
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, MAX_PROGRESS_LINES)
    .map((entry) => entry.line());
  blocks.push(...(lines.length ? sections(lines) : [context(m.noProgress)]));
  return reply(m.title(subject), blocks.slice(0, 50));
}
