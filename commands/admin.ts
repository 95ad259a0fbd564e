import { TERMINAL_RECORDED_AS } from '../src/domain/records.js';
import { isAdmin } from '../src/domain/roles.js';
import { commandLine } from '../src/i18n/command-line.js';
import { adminText } from '../src/i18n/messages/admin.js';
import { PermissionDenied } from '../src/services/authorize.js';
import { rolesView } from '../src/views/admin-roles.js';
import { reply, section } from '../src/views/blocks.js';
import { mention } from '../src/views/mrkdwn.js';
import { grantName } from '../src/views/roles.js';
import { requireGrant, requireUser, slackUser } from './admin-args.js';
import { calendar, setDay } from './admin-calendar.js';
import { listChannels, setChannel, setZoneChannel } from './admin-channels.js';
import { requireZone } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

const by = (ctx: CommandContext) => ctx.actor.userId ?? TERMINAL_RECORDED_AS;
const done = (text: string) => reply(text, [section(text)]);

async function onlyAdmins(ctx: CommandContext): Promise<void> {
  if (isAdmin(ctx.actor)) return;
  const users = await ctx.services.roles.holders({ role: 'admin', zone: null, unit: null });
  throw new PermissionDenied([{ grant: { role: 'admin', zone: null, unit: null }, users }]);
}

async function grant(args: string[], ctx: CommandContext) {
  const m = adminText(ctx.lang);
  const user = requireUser(args[0], ctx);
  const role = requireGrant(args.slice(1), ctx);
  const what = grantName(role, ctx.plan, ctx.lang);
  const made = await ctx.services.roles.grant(user, role, by(ctx));
  return done(made ? m.granted(mention(user), what) : m.already(mention(user), what));
}

async function revoke(args: string[], ctx: CommandContext) {
  const m = adminText(ctx.lang);
  const user = requireUser(args[0], ctx);
  const role = requireGrant(args.slice(1), ctx);
  const what = grantName(role, ctx.plan, ctx.lang);
  if (role.role === 'admin' && ctx.services.roles.isConfigAdmin(user)) return done(m.configAdmin(mention(user)));
  const removed = await ctx.services.roles.revoke(user, role, by(ctx));
  return done(removed ? m.revoked(mention(user), what) : m.notHeld(mention(user), what));
}

async function roles(args: string[], ctx: CommandContext) {
  const query = args.join(' ');
  const user = slackUser(query);
  const zone = query && !user ? requireZone(query, ctx).slug : null;
  const history = await ctx.services.roles.history();
  return rolesView(history, ctx.services.roles.configAdmins(), { user, zone }, ctx.plan, ctx.lang);
}

/** `/zone admin …`: who holds which role; every change is a row with who made it and when. */
export const admin: Command = {
  name: 'admin',
  aliases: ['管理'],
  live: true,
  help: (lang) => adminText(lang),
  async run(args, ctx) {
    const [verb = '', ...rest] = args;
    await onlyAdmins(ctx);
    switch (verb.toLowerCase()) {
      case 'grant':
      case '授予':
        return grant(rest, ctx);
      case 'revoke':
      case '撤销':
        return revoke(rest, ctx);
      case 'roles':
      case '角色':
        return roles(rest, ctx);
      case 'channel':
      case '频道':
        return setChannel(rest, ctx);
      case 'zone-channel':
      case '开发区频道':
        return setZoneChannel(rest, ctx);
      case 'channels':
      case '频道设置':
        return listChannels(ctx);
      case 'holiday':
      case '放假':
        return setDay('holiday', rest, ctx);
      case 'workday':
      case '上班':
        return setDay('workday', rest, ctx);
      case 'calendar':
      case '日历':
        return calendar(rest, ctx);
      default:
        throw new UsageError(adminText(ctx.lang).badVerb, adminText(ctx.lang).details(commandLine(ctx.surface)));
    }
  },
};
