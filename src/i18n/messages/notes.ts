import { defineMessages } from '../lang.js';

export const notesText = defineMessages({
  zh: {
    recorded: (subject: string, who: string) => `✅ 已记录为${subject}的进展说明（${who}）。`,
    already: (subject: string) => `这条回复已记录为${subject}的进展说明。`,
    which: '这条提醒里有多项任务，请选择这条回复说的是哪一项：',
    choose: (task: string) => `${task}`,
  },
  en: {
    recorded: (subject: string, who: string) => `✅ Recorded as a progress note on ${subject} (${who}).`,
    already: (subject: string) => `This reply is already recorded as a progress note on ${subject}.`,
    which: 'This nudge lists several tasks: which one is your reply about?',
    choose: (task: string) => `${task}`,
  },
});
