import type { ActionsBlock, KnownBlock, PlainTextOption } from '@slack/types';
import type { CommandLine } from '../i18n/command-line.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { zonesText } from '../i18n/messages/zones.js';
import type { ZoneData, ZoneLevel } from '../plan/types.js';
import { clip, context, divider, fitBlocks, header, plainText, type Reply, reply, sections } from './blocks.js';
import { BLOCK, PICK_COMMAND_ACTION } from './ids.js';
import { inferredAside } from './inferred.js';
import { bold } from './mrkdwn.js';
import { zoneShort } from './names.js';

/** The order officials think of them in: the national zones, the city's own boards, then the counties' zones. */
export const LEVEL_ORDER: ZoneLevel[] = ['national', 'functional', 'provincial'];
const ALIASES_SHOWN = 3;
// Slack's limits on a static_select: https://api.slack.com/reference/block-kit/block-elements#static_select
const MAX_OPTIONS = 100;
const MAX_OPTION_TEXT = 75;

function zoneLine(zone: ZoneData, lang: Lang): string {
  const m = zonesText(lang);
  const names =
    lang === 'zh'
      ? [bold(zone.shortName), ...(zone.name === zone.shortName ? [] : [zone.name])].join(' ')
      : `${bold(zone.nameEn)} · ${zone.name}`;
  const parts = [names, m.slug(zone.slug)];
  if (lang === 'zh') parts.push(zone.county);
  const aliases = zone.aliases.slice(0, ALIASES_SHOWN);
  if (aliases.length) parts.push(m.aliases(aliases.join(common(lang).listSeparator)));
  return `• ${parts.join(' · ')}${inferredAside(zone, lang)}`;
}

function picker(zones: ZoneData[], lang: Lang): ActionsBlock {
  const options: PlainTextOption[] = zones.slice(0, MAX_OPTIONS).map((z) => {
    const slug = lang === 'zh' ? `（${z.slug}）` : ` (${z.slug})`;
    // Clip the name, not the slug: the slug is what the reader can type next time.
    const name = clip(zoneShort(z, lang), MAX_OPTION_TEXT - slug.length);
    return { text: plainText(`${name}${slug}`, MAX_OPTION_TEXT), value: `status ${z.slug}` };
  });
  return {
    type: 'actions',
    block_id: BLOCK.zonesPicker,
    elements: [
      {
        type: 'static_select',
        action_id: PICK_COMMAND_ACTION,
        placeholder: plainText(zonesText(lang).picker, 150),
        options,
      },
    ],
  };
}

/** `/zone zones`: every zone by level, with the names it answers to, and a menu to open one. */
export function zonesView(zones: ZoneData[], lang: Lang, line: CommandLine): Reply {
  const m = zonesText(lang);
  const words = planWords(lang);
  const blocks: KnownBlock[] = [header(m.title(zones.length))];
  for (const level of LEVEL_ORDER) {
    const members = zones.filter((z) => z.level === level);
    if (!members.length) continue;
    blocks.push(...sections([m.group(words.level[level], members.length), ...members.map((z) => zoneLine(z, lang))]));
  }
  blocks.push(divider(), picker(zones, lang), context(m.hint(line)));
  const text = `${m.title(zones.length)}: ${zones.map((z) => `${zoneShort(z, lang)} (${z.slug})`).join(', ')}`;
  return reply(text, fitBlocks(blocks, common(lang).overflow));
}
