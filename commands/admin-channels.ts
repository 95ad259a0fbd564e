import { PURPOSES, type Purpose } from '../src/domain/channels.js';
import { TERMINAL_RECORDED_AS } from '../src/domain/records.js';
import { formatInstant } from '../src/i18n/format.js';
import { channelsText } from '../src/i18n/messages/channels.js';
import { type Reply, reply, section, sections } from '../src/views/blocks.js';
import { channelLink, mention } from '../src/views/mrkdwn.js';
import { zoneShort } from '../src/views/names.js';
import { requireZone } from './args.js';
import { type CommandContext, UsageError } from './command.js';

const PURPOSE_WORDS: Record<string, Purpose> = {
  节点提醒: 'nudges',
  提醒: 'nudges',
  排名: 'rankings',
  月度排名: 'rankings',
  周报: 'digest',
  领导周报: 'digest',
  督办: 'leadership',
  领导督办: 'leadership',
};

/** `<#C123|general>` as Slack escapes a channel picked with #, or a bare channel ID typed in the terminal. */
export function slackChannel(word: string | undefined): string | null {
  const m = /^<#([CG][A-Z0-9]{2,})(\|[^>]*)?>$/.exec(word ?? '') ?? /^([CG][A-Z0-9]{2,})$/.exec(word ?? '');
  return m?.[1] ?? null;
}

function requireChannel(word: string | undefined, ctx: CommandContext): string {
  const channel = slackChannel(word);
  if (!channel) throw new UsageError(channelsText(ctx.lang).badChannel(word ?? ''));
  return channel;
}

const by = (ctx: CommandContext) => ctx.actor.userId ?? TERMINAL_RECORDED_AS;
const done = (text: string) => reply(text, [section(text)]);

/** `admin channel nudges #channel` */
export async function setChannel(args: string[], ctx: CommandContext): Promise<Reply> {
  const m = channelsText(ctx.lang);
  const [word = '', target] = args;
  const purpose = (PURPOSES as readonly string[]).includes(word.toLowerCase())
    ? (word.toLowerCase() as Purpose)
    : PURPOSE_WORDS[word];
  if (!purpose) throw new UsageError(m.badPurpose(word), m.usage);
  const channel = requireChannel(target, ctx);
  await ctx.services.channels.set(purpose, null, channel, by(ctx));
  return done(m.set(m.purpose[purpose], channelLink(channel)));
}

/** `admin zone-channel 徐圩新区 #channel`: the zone's name may take several words, the channel comes last. */
export async function setZoneChannel(args: string[], ctx: CommandContext): Promise<Reply> {
  const m = channelsText(ctx.lang);
  const channel = requireChannel(args.at(-1), ctx);
  const zone = requireZone(args.slice(0, -1).join(' '), ctx);
  await ctx.services.channels.set('zone', zone.slug, channel, by(ctx));
  return done(m.setZone(zoneShort(zone, ctx.lang), channelLink(channel)));
}

const who = (id: string) => mention(id);

/** `admin channels`: every purpose's channel and every zone's, with who set it and when. */
export async function listChannels(ctx: CommandContext): Promise<Reply> {
  const m = channelsText(ctx.lang);
  const current = await ctx.services.channels.current();
  const lines = PURPOSES.map((purpose) => {
    const r = current.find((c) => c.purpose === purpose && c.zone === null);
    return r
      ? m.line(m.purpose[purpose], channelLink(r.channelId), who(r.setBy), formatInstant(r.setAt))
      : m.unset(m.purpose[purpose]);
  });
  for (const zone of ctx.plan.data.zones) {
    const r = current.find((c) => c.purpose === 'zone' && c.zone === zone.slug);
    if (r)
      lines.push(m.zoneLine(zoneShort(zone, ctx.lang), channelLink(r.channelId), who(r.setBy), formatInstant(r.setAt)));
  }
  const without = ctx.plan.data.zones.filter((z) => !current.some((c) => c.purpose === 'zone' && c.zone === z.slug));
  if (without.length) lines.push(m.zonesUnset(without.map((z) => zoneShort(z, ctx.lang)).join('、')));
  return reply(m.title, [section(`*${m.title}*`), ...sections(lines)]);
}
