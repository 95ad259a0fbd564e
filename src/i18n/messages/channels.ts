import type { Purpose } from '../../domain/channels.js';
import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

export const channelsText = defineMessages<{
  purpose: Record<Purpose, string>;
  usage: string;
  details: (line: CommandLine) => string;
  badPurpose: (word: string) => string;
  badChannel: (word: string) => string;
  set: (what: string, channel: string) => string;
  setZone: (zone: string, channel: string) => string;
  title: string;
  line: (what: string, channel: string, by: string, at: string) => string;
  zoneLine: (zone: string, channel: string, by: string, at: string) => string;
  unset: (what: string) => string;
  zonesUnset: (zones: string) => string;
}>({
  zh: {
    purpose: { nudges: '节点提醒', rankings: '月度排名', digest: '领导周报', leadership: '领导督办（逾期上报）' },
    usage:
      'admin channel <nudges|rankings|digest|leadership> #频道 · admin zone-channel <开发区> #频道 · admin channels',
    details: (line) =>
      `定时推送发到哪个频道：${line('admin channel nudges #开发区节点提醒')}、${line('admin zone-channel 徐圩新区 #徐圩新区')}；${line('admin channels')} 查看全部设置。频道里须先邀请 zonebot（/invite @zonebot）。`,
    badPurpose: (w) =>
      `没有“${w}”这类推送。可选：nudges（节点提醒）、rankings（月度排名）、digest（领导周报）、leadership（领导督办）。`,
    badChannel: (w) => `“${w}”不是一个频道，请用 # 选择频道。`,
    set: (what, channel) => `✅ ${what}今后发到 ${channel}。`,
    setZone: (zone, channel) => `✅ ${zone}的提醒今后也发到 ${channel}。`,
    title: '推送频道',
    line: (what, channel, by, at) => `• ${what}：${channel}（${by} 于 ${at} 设置）`,
    zoneLine: (zone, channel, by, at) => `• ${zone}：${channel}（${by} 于 ${at} 设置）`,
    unset: (what) => `• ${what}：尚未设置`,
    zonesUnset: (zones) => `尚未设置专用频道的开发区：${zones}`,
  },
  en: {
    purpose: {
      nudges: 'deadline nudges',
      rankings: 'monthly rankings',
      digest: 'leadership digest',
      leadership: 'escalations to leadership',
    },
    usage:
      'admin channel <nudges|rankings|digest|leadership> #channel · admin zone-channel <zone> #channel · admin channels',
    details: (line) =>
      `Where the scheduled posts go: ${line('admin channel nudges #zone-deadlines')}, ${line('admin zone-channel xuwei #xuwei')}; ${line('admin channels')} lists them. Invite zonebot to the channel first (/invite @zonebot).`,
    badPurpose: (w) =>
      `There is no "${w}" kind of post. Choose nudges, rankings, digest (the leadership digest) or leadership (escalations).`,
    badChannel: (w) => `"${w}" is not a channel; pick one with #.`,
    set: (what, channel) => `✅ From now on, ${what} go to ${channel}.`,
    setZone: (zone, channel) => `✅ ${zone}'s nudges and reminders also go to ${channel} from now on.`,
    title: 'Channels for scheduled posts',
    line: (what, channel, by, at) => `• ${what}: ${channel} (set by ${by} on ${at})`,
    zoneLine: (zone, channel, by, at) => `• ${zone}: ${channel} (set by ${by} on ${at})`,
    unset: (what) => `• ${what}: not set yet`,
    zonesUnset: (zones) => `Zones without a channel of their own: ${zones}`,
  },
});
