import type { ModalView } from '@slack/types';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { savingText } from '../i18n/messages/saving.js';
import { modalText, section } from './blocks.js';

/** Shown in place of a submitted form while its write waits for the database. */
export function savingModal(lang: Lang): ModalView {
  const m = savingText(lang);
  return { type: 'modal', title: modalText(m.title), close: modalText(common(lang).close), blocks: [section(m.text)] };
}

/** Shown when a submission that was taken could not be stored: nothing was. */
export function notSavedModal(lang: Lang): ModalView {
  const m = savingText(lang);
  return {
    type: 'modal',
    title: modalText(m.failedTitle),
    close: modalText(common(lang).close),
    blocks: [section(m.failed)],
  };
}
