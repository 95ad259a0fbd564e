import type { KnownBlock, ModalView } from '@slack/types';
import { REPORTED_STATES } from '../domain/milestones.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { ProgressReport } from '../domain/records.js';
import { formatDate, formatInstant } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { progressText } from '../i18n/messages/progress.js';
import type { MilestoneData } from '../plan/types.js';
import { actions, button, context, modalText, type Reply, reply, section } from './blocks.js';
import { BLOCK, CONFIRM_DONE_ACTION, PROGRESS_INPUT, REJECT_DONE_ACTION, REPORT_PROGRESS_VIEW } from './ids.js';
import { input, option } from './modal-inputs.js';
import { mention } from './mrkdwn.js';
import { actorName, zoneShort } from './names.js';

/** The zone option that stands for a unit reporting on its own milestone. */
export const UNIT_ITSELF = '*';

const milestoneLabel = (m: MilestoneData, lang: Lang) =>
  `${formatDate(m.dueOn, lang)} · ${lang === 'zh' ? m.title : m.titleEn}`;

export interface ProgressModalOptions {
  plan: PlanIndex;
  heading: string;
  milestones: MilestoneData[];
  /** The zones the person may report for (slugs), and whether they may report for an owing unit itself. */
  zones: string[];
  unitItself: boolean;
  initialZone: string | null;
  lang: Lang;
}

/** `/zone progress <task>`: which milestone, for which zone, in what state, with a note and evidence. */
export function progressModal(o: ProgressModalOptions): ModalView {
  const m = progressText(o.lang);
  const states = planWords(o.lang).reported;
  const milestoneOptions = o.milestones.map((ms) => option(milestoneLabel(ms, o.lang), ms.key));
  const zoneOptions = [
    ...o.zones.flatMap((slug) => {
      const zone = o.plan.zone(slug);
      return zone ? [option(zoneShort(zone, o.lang), slug)] : [];
    }),
    ...(o.unitItself ? [option(m.unitItself, UNIT_ITSELF)] : []),
  ];
  const initialZone =
    zoneOptions.find((z) => z.value === o.initialZone) ?? (zoneOptions.length === 1 ? zoneOptions[0] : undefined);
  const p = PROGRESS_INPUT;
  return {
    type: 'modal',
    callback_id: REPORT_PROGRESS_VIEW,
    title: modalText(m.title),
    submit: modalText(m.submit),
    close: modalText(m.close),
    blocks: [
      section(`*${o.heading}*`),
      input(p.milestone.block, m.milestone, {
        type: 'static_select',
        action_id: p.milestone.action,
        options: milestoneOptions.slice(0, 100),
        ...(milestoneOptions.length === 1 ? { initial_option: milestoneOptions[0] } : {}),
      }),
      input(p.zone.block, m.zone, {
        type: 'static_select',
        action_id: p.zone.action,
        options: zoneOptions.slice(0, 100),
        ...(initialZone ? { initial_option: initialZone } : {}),
      }),
      input(p.state.block, m.state, {
        type: 'radio_buttons',
        action_id: p.state.action,
        options: REPORTED_STATES.map((s) => option(states[s], s)),
      }),
      input(
        p.note.block,
        m.note,
        { type: 'plain_text_input', action_id: p.note.action, multiline: true, max_length: 500 },
        true,
        m.noteHint,
      ),
      input(
        p.evidence.block,
        m.evidence,
        { type: 'plain_text_input', action_id: p.evidence.action, max_length: 500 },
        true,
        m.evidenceHint,
      ),
    ],
  };
}

/** 徐圩新区 · 任务19 制定…方案（2022年9月30日） */
export function reportSubject(report: Pick<ProgressReport, 'milestone' | 'zone'>, plan: PlanIndex, lang: Lang): string {
  const milestone = plan.data.milestones.find((ms) => ms.key === report.milestone);
  const zone = report.zone ? plan.zone(report.zone) : undefined;
  const who = zone ? zoneShort(zone, lang) : progressText(lang).unitItself;
  if (!milestone) return who;
  const task = milestone.task === null ? '' : `${common(lang).task(milestone.task)} `;
  return `${who} · ${task}${lang === 'zh' ? milestone.title : milestone.titleEn}（${formatDate(milestone.dueOn, lang)}）`;
}

/** What the modal turns into once progress is recorded. */
export function progressSavedModal(
  report: ProgressReport,
  confirmers: string[],
  plan: PlanIndex,
  lang: Lang,
): ModalView {
  const m = progressText(lang);
  const blocks: KnownBlock[] = [
    section(m.saved(reportSubject(report, plan, lang), planWords(lang).reported[report.state])),
  ];
  if (confirmers.length) blocks.push(context(m.awaiting(confirmers.map(mention).join(common(lang).listSeparator))));
  return {
    type: 'modal',
    title: modalText(m.savedTitle),
    close: modalText(common(lang).close),
    blocks,
  };
}

/** The message an officer gets: a zone says it is done; confirm it (办结) or send it back. */
export function confirmRequest(report: ProgressReport, plan: PlanIndex, lang: Lang): Reply {
  const m = progressText(lang);
  const title = m.askTitle(actorName(report.enteredBy, lang), reportSubject(report, plan, lang));
  const details = [report.note, report.evidence].filter(Boolean).map((d) => d as string);
  const value = String(report.id);
  const blocks: KnownBlock[] = [section(title)];
  if (details.length) blocks.push(context(...details));
  blocks.push(
    actions(BLOCK.decision, [
      button(m.confirm, CONFIRM_DONE_ACTION, value, 'primary'),
      button(m.reject, REJECT_DONE_ACTION, value, 'danger'),
    ]),
  );
  return reply(title, blocks);
}

/** The officer's message once decided: the request, and who decided what, when. */
export function decidedMessage(report: ProgressReport, plan: PlanIndex, lang: Lang): Reply {
  const m = progressText(lang);
  const d = report.decision;
  const title = reportSubject(report, plan, lang);
  const outcome = d
    ? (d.confirmed ? m.confirmed : m.rejected)(actorName(d.by, lang), formatInstant(d.at))
    : m.alreadyDecided;
  return reply(`${title} ${outcome}`, [section(title), context(outcome)]);
}
