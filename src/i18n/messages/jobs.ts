import type { Purpose } from '../../domain/channels.js';
import { defineMessages } from '../lang.js';
import { channelsText } from './channels.js';

export const jobsText = defineMessages({
  zh: {
    noticeTitle: '⚠️ zonebot 定时推送需要管理员处理',
    noChannel: (purpose: Purpose) =>
      `“${channelsText('zh').purpose[purpose]}”还没有设置频道，暂时发不出去。请输入 \`/zone admin channel ${purpose} #频道\` 设置（频道里须先邀请 zonebot）。`,
    undeliverable: (channel: string, error: string) =>
      `发往 ${channel} 的推送发不出去（Slack 返回 ${error}）。请检查该频道是否存在、是否已邀请 zonebot（/invite @zonebot），或用 /zone admin channel 改设频道。`,
  },
  en: {
    noticeTitle: '⚠️ zonebot’s scheduled posts need an admin',
    noChannel: (purpose: Purpose) =>
      `No channel is set for ${channelsText('en').purpose[purpose]}, so they cannot go out yet. Type \`/zone admin channel ${purpose} #channel\` to set one (invite zonebot to it first).`,
    undeliverable: (channel: string, error: string) =>
      `Posts to ${channel} cannot be delivered (Slack said ${error}). Check that the channel exists and zonebot is in it (/invite @zonebot), or set another with /zone admin channel.`,
  },
});
