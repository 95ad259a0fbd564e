import { defineMessages } from '../lang.js';

export const uploadText = defineMessages({
  zh: {
    failed:
      '⚠️ 文件没能发到这个对话。请把 zonebot 邀请进频道（/invite @zonebot）后重试，或在与 zonebot 的私信里使用这个指令。',
  },
  en: {
    failed:
      "⚠️ The file could not be posted here. Invite zonebot to the channel (/invite @zonebot) and try again, or use the command in zonebot's direct messages.",
  },
});
