import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

export const adminText = defineMessages({
  zh: {
    usage:
      'admin grant|revoke <@用户> <角色> [开发区|单位] · admin roles [@用户|开发区] · admin channel|zone-channel|channels',
    summary: '管理角色：授予、撤销、查看（仅管理员）',
    details: (line: CommandLine) =>
      '角色：`admin` 管理员、`leadership` 领导、`reporter` 填报员（须指定开发区）、`officer` 单位联络员（须指定责任单位）。\n' +
      `例：${line('admin grant @张三 reporter 徐圩新区')} · ${line('admin revoke @张三 reporter xuwei')} · ${line('admin roles')} · ${line('admin roles @张三')} · ${line('admin roles 徐圩新区')}\n` +
      `推送频道：${line('admin channel nudges #频道')} · ${line('admin zone-channel 徐圩新区 #频道')} · ${line('admin channels')}\n` +
      '每次变更都记录操作人和时间。',
    badVerb:
      '请说明要做什么：grant（授予）、revoke（撤销）、roles（查看角色），或 channel、zone-channel、channels（推送频道）。',
    badUser: (w: string) => `“${w}”不是一个 Slack 用户，请用 @ 提及对方。`,
    badRole: (w: string) => `没有“${w}”这个角色。可选：admin、leadership、reporter、officer。`,
    needZone: '填报员须指定开发区，例如 `reporter 徐圩新区`。',
    needUnit: '单位联络员须指定责任单位，例如 `officer 市商务局`。',
    noScope: '管理员和领导不按开发区或单位区分，请不要指定。',
    granted: (who: string, what: string) => `✅ 已授予 ${who} ${what}。`,
    already: (who: string, what: string) => `${who} 已经是${what}，未做更改。`,
    revoked: (who: string, what: string) => `✅ 已撤销 ${who} 的${what}。`,
    notHeld: (who: string, what: string) => `${who} 并没有${what}这一角色，未做更改。`,
    configAdmin: (who: string) => `${who} 是配置文件（ZONE_ADMINS）指定的管理员，只能在配置中移除。`,
    rolesTitle: '角色一览',
    userTitle: (who: string) => `${who} 的角色`,
    zoneTitle: (zone: string) => `${zone} 的人员`,
    configAdmins: (list: string) => `配置指定的管理员（ZONE_ADMINS）：${list}`,
    noneActive: '暂无。',
    history: '变更记录',
    grantedLine: (at: string, by: string, who: string, what: string) => `${at} ${by} 授予 ${who} ${what}`,
    revokedLine: (at: string, by: string, who: string, what: string) => `${at} ${by} 撤销 ${who} 的${what}`,
  },
  en: {
    usage:
      'admin grant|revoke <@user> <role> [zone|unit] · admin roles [@user|zone] · admin channel|zone-channel|channels',
    summary: 'Manage roles: grant, revoke, list (admins only)',
    details: (line: CommandLine) =>
      'Roles: `admin`, `leadership`, `reporter` (needs a zone), `officer` (needs a responsible unit).\n' +
      `E.g. ${line('admin grant @alice reporter xuwei')} · ${line('admin revoke @alice reporter xuwei')} · ${line('admin roles')} · ${line('admin roles @alice')} · ${line('admin roles xuwei')}\n` +
      `Channels for scheduled posts: ${line('admin channel nudges #channel')} · ${line('admin zone-channel xuwei #channel')} · ${line('admin channels')}\n` +
      'Every change is recorded with who made it and when.',
    badVerb: 'Say what to do: grant, revoke or roles, or channel, zone-channel or channels for the scheduled posts.',
    badUser: (w: string) => `"${w}" is not a Slack user; @-mention them.`,
    badRole: (w: string) => `There is no role "${w}". Choose admin, leadership, reporter or officer.`,
    needZone: 'A reporter needs a zone, e.g. `reporter xuwei`.',
    needUnit: 'An officer needs a responsible unit, e.g. `officer commerce`.',
    noScope: 'Admin and leadership are not per zone or unit; name none.',
    granted: (who: string, what: string) => `✅ ${who} is now ${what}.`,
    already: (who: string, what: string) => `${who} is already ${what}; nothing changed.`,
    revoked: (who: string, what: string) => `✅ ${who} is no longer ${what}.`,
    notHeld: (who: string, what: string) => `${who} is not ${what}; nothing changed.`,
    configAdmin: (who: string) => `${who} is an admin by configuration (ZONE_ADMINS) and can only be removed there.`,
    rolesTitle: 'Roles',
    userTitle: (who: string) => `Roles of ${who}`,
    zoneTitle: (zone: string) => `People of ${zone}`,
    configAdmins: (list: string) => `Admins by configuration (ZONE_ADMINS): ${list}`,
    noneActive: 'None.',
    history: 'Changes',
    grantedLine: (at: string, by: string, who: string, what: string) => `${at} ${by} made ${who} ${what}`,
    revokedLine: (at: string, by: string, who: string, what: string) => `${at} ${by} removed ${who} as ${what}`,
  },
});
