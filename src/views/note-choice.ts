import type { PlanIndex } from '../domain/plan-index.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { notesText } from '../i18n/messages/notes.js';
import { actions, button, type Reply, reply, section } from './blocks.js';
import { BLOCK, NOTE_ITEM_ACTION } from './ids.js';

/** What a choice button carries back: the nudge, the reply, and the milestone chosen. */
export interface NoteChoice {
  post: number;
  channel: string;
  ts: string;
  milestone: string;
  text: string;
}

/** Slack allows 2,000 characters in a button's value; the reply's text is cut to fit beside the rest. */
const MAX_TEXT = 1_500;

export const encodeChoice = (c: NoteChoice) => JSON.stringify({ ...c, text: [...c.text].slice(0, MAX_TEXT).join('') });

/** Asks the person who replied which of the nudge's items the reply is about, one button per item. */
export function noteChoice(
  base: Omit<NoteChoice, 'milestone'>,
  milestones: string[],
  plan: PlanIndex,
  lang: Lang,
): Reply {
  const m = notesText(lang);
  const buttons = milestones.slice(0, 10).map((key) => {
    const found = plan.data.milestones.find((ms) => ms.key === key);
    const task = found?.task === null || found === undefined ? '' : `${common(lang).task(found.task)} `;
    const title = found ? (lang === 'zh' ? found.title : found.titleEn) : key;
    return button(`${task}${title}`, NOTE_ITEM_ACTION, encodeChoice({ ...base, milestone: key }));
  });
  return reply(m.which, [section(m.which), actions(BLOCK.noteChoice, buttons)]);
}
