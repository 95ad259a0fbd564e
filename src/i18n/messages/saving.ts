import { defineMessages } from '../lang.js';

/** What a person sees while a submission waits for the database, and if it could not be stored. */
export const savingText = defineMessages({
  zh: {
    title: '正在保存',
    text: '⏳ 正在保存，请稍候。保存完成后这里会显示结果，不需要重新提交。',
    failedTitle: '未能保存',
    failed: '⚠️ 这次提交没有保存成功，没有保存任何数据。请稍后重新填报；如仍不成功，请联系管理员。',
    laterSaved: (what: string) => `您刚才提交的内容已保存：${what}`,
    laterFailed: '您刚才提交的内容没有保存成功，没有保存任何数据。请重新填报。',
  },
  en: {
    title: 'Saving',
    text: '⏳ Saving. The result will show here when it is done; there is no need to submit again.',
    failedTitle: 'Not saved',
    failed:
      '⚠️ This submission could not be saved, and nothing was stored. Please try again later; if it still fails, ask an admin.',
    laterSaved: (what: string) => `What you just submitted has been saved: ${what}`,
    laterFailed: 'What you just submitted could not be saved, and nothing was stored. Please submit it again.',
  },
});
